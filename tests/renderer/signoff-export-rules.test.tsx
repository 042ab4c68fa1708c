// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../core/service/review-contract.js';
import { verifySignedFile } from '../../core/signoff/index.js';
import { createFakeService } from './helpers/fake-api.js';
import { openSampleReview, renderApp } from './helpers/render-app.js';
import { completedChecklist } from './helpers/sample-review.js';

afterEach(cleanup);

describe('sign-off', () => {
  it('creates a key (passphrase checked twice), signs the completed review and saves a file that verifies', async () => {
    const fake = createFakeService({ checklist: completedChecklist() });
    const { user } = await openSampleReview(fake);
    await user.click(screen.getByRole('tab', { name: 'Underskrift' }));
    const sign = await screen.findByRole('button', { name: 'Skriv under' });
    expect((sign as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByText('Skapa en granskarnyckel nedan innan du skriver under.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Skapa granskarnyckel' }));
    let dialog = screen.getByRole('dialog', { name: 'Skapa granskarnyckel' });
    expect((within(dialog).getByLabelText('Namn') as HTMLInputElement).value).toBe('Anna Berg');
    await user.type(within(dialog).getByLabelText('Lösenfras'), 'kort');
    await user.type(within(dialog).getByLabelText('Skriv lösenfrasen igen'), 'kort');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa nyckeln' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Lösenfrasen måste ha minst 8 tecken.');
    await user.clear(within(dialog).getByLabelText('Lösenfras'));
    await user.type(within(dialog).getByLabelText('Lösenfras'), 'fyra ord i rad');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa nyckeln' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Lösenfraserna är inte lika. Skriv samma lösenfras två gånger.');
    expect(fake.callsOf('createReviewer')).toEqual([]);
    await user.clear(within(dialog).getByLabelText('Skriv lösenfrasen igen'));
    await user.type(within(dialog).getByLabelText('Skriv lösenfrasen igen'), 'fyra ord i rad');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa nyckeln' }));
    await within(dialog).findByText('Granskarnyckeln för Anna Berg är skapad.');
    const fingerprint = within(dialog).getByText(/^SHA256:/).textContent ?? '';
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    await user.click(within(dialog).getByRole('button', { name: 'Klar' }));

    await screen.findByText(fingerprint, { selector: '.key-list code' });
    await user.click(screen.getByRole('button', { name: 'Skriv under' }));
    dialog = screen.getByRole('dialog', { name: 'Skriv under granskningen' });
    await user.type(within(dialog).getByLabelText('Lösenfras'), 'fyra ord i rad');
    await user.click(within(dialog).getByRole('button', { name: 'Skriv under' }));
    const table = await screen.findByRole('table', { name: 'Underskrifter av den här granskningen' });
    expect(within(table).getByRole('row', { name: new RegExp(`^Anna Berg ${fingerprint.replace(/[+/]/g, '\\$&')}`) })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Spara underskriven checklista' }));
    await screen.findByText('Sparad: stadare-v1.vardekollen.json', { selector: 'p[role=status]' });
    const saved = fake.host.saved.at(-1)!;
    expect(saved.fileName).toBe('stadare-v1.vardekollen.json');
    const report = verifySignedFile(new TextDecoder().decode(saved.bytes));
    expect(report.verdict).toBe('valid');
    expect(report.signatures.map((s) => s.keyFingerprint)).toEqual([fingerprint]);
  });

  it('will not sign an open review and says why', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(screen.getByRole('tab', { name: 'Underskrift' }));
    expect(await screen.findByText('Granskningen måste vara avslutad innan den kan skrivas under. Avsluta den under fliken Granska.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Skriv under' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Du kan skriva under när granskningen är avslutad.')).toBeTruthy();
  });
});

describe('export', () => {
  it('exports in the chosen language and hands the file to the host to save', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(screen.getByRole('tab', { name: 'Exportera' }));
    await user.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    await screen.findByText('Sparade filer:');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk i filen' }), 'English');
    await user.click(screen.getByRole('button', { name: 'SARIF (.sarif)' }));
    expect(fake.callsOf('exportChecklist') as ExportRequest[]).toEqual([
      { reviewId: 'stadare-v1', format: 'docx', language: 'sv' },
      { reviewId: 'stadare-v1', format: 'sarif', language: 'en' },
    ]);
    expect(fake.host.saved).toHaveLength(2);
  });
});

describe('the rule catalogue', () => {
  it('searches the real rules and shows a rule’s rationale, law and examples', async () => {
    const fake = createFakeService();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Regelkatalog' }));
    const list = await screen.findByRole('list', { name: 'Regler' });
    await within(list).findAllByRole('listitem');
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'modersmål');
    const cards = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('rule-card'));
    expect(cards.length).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^Visar ${cards.length} av \\d+ regler$`))).toBeTruthy();
    for (const card of cards) expect(card.textContent?.toLowerCase()).toContain('modersmål');

    const first = cards[0]!;
    await user.click(within(first).getByRole('button', { name: /Visa förslag, lagstöd och exempel/ }));
    expect(within(first).getByRole('heading', { name: 'Exempel som regeln hittar' })).toBeTruthy();
    expect(within(first).getByRole('heading', { name: 'Lagstöd' })).toBeTruthy();
  });

  it('turns a rule and a whole pack off in the settings, and the catalogue shows them off', async () => {
    const fake = createFakeService();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Regelkatalog' }));
    const list = await screen.findByRole('list', { name: 'Regler' });
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'modersmål');
    const card = (await within(list).findAllByRole('listitem'))[0]!;
    const title = within(card).getByRole('heading').textContent ?? '';
    const ruleId = card.querySelector('code')?.textContent ?? '';
    // happy-dom lays out the visually hidden part as a block, so the computed name has a space before the colon.
    const toggleName = new RegExp(`^Påslagen ?: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const toggle = within(card).getByRole('checkbox', { name: toggleName }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await user.click(toggle);
    expect(fake.callsOf('updateSettings')).toEqual([{ disabledRules: [ruleId], enabledRules: [] }]);
    await screen.findByText(`Regeln ”${title}” är avstängd.`);
    expect((within(screen.getByRole('list', { name: 'Regler' })).getByRole('checkbox', { name: toggleName }) as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: /Den statliga värdegrunden/ }));
    expect(fake.callsOf('updateSettings').at(-1)).toEqual({ disabledRules: [ruleId, 'vardegrund/*'], enabledRules: [] });
    await screen.findByText(/Regelpaketet .* är avstängt\./);
    const off = within(screen.getByRole('list', { name: 'Regler' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(off.every((box) => !box.checked && box.disabled)).toBe(true);
  });
});
