// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedFile, createReviewerKey, serializeSignedFile, signableContent, signContent, verifySignedFile } from '../../core/signoff/index.js';
import { createFakeService } from './helpers/fake-api.js';
import { renderApp } from './helpers/render-app.js';
import { completedChecklist } from './helpers/sample-review.js';

afterEach(cleanup);

let signedText: string;
let fingerprint: string;
beforeAll(() => {
  const content = signableContent(completedChecklist());
  const reviewer = createReviewerKey('Anna Berg', 'en lång lösenfras', '2025-03-12T10:31:00.000Z');
  fingerprint = reviewer.keyFingerprint;
  signedText = serializeSignedFile(buildSignedFile(content, [signContent(content, reviewer, 'en lång lösenfras', '2025-03-12T10:32:00.000Z')]));
});

/** The fake service verifies with core's real verifier, knowing Anna Berg's key as the local database would. */
function verifyingService() {
  const fake = createFakeService();
  fake.handlers.verify = async (request) => verifySignedFile(request.signedFile, { knownKeys: [{ name: 'Anna Berg', keyFingerprint: fingerprint }] });
  return fake;
}

async function verify(text: string) {
  const fake = verifyingService();
  const { user } = renderApp(fake);
  const opener = await screen.findByRole('button', { name: 'Kontrollera underskrift' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: 'Kontrollera en underskriven checklista' });
  const input = within(dialog).getByLabelText('Underskriven checklista (.vardekollen.json)');
  expect(document.activeElement).toBe(input);
  await user.upload(input, new File([text], 'granskning.vardekollen.json', { type: 'application/json' }));
  await user.click(within(dialog).getByRole('button', { name: 'Kontrollera' }));
  await within(dialog).findByRole('heading', { level: 3, name: /Giltig|Ogiltig|Inte underskriven|okänd|annat/ });
  return { fake, user, dialog, opener };
}

describe('the verify dialog', () => {
  it('shows a valid signature: verdict, what was signed, who signed with which key and when', async () => {
    const { fake, dialog } = await verify(signedText);
    expect(fake.callsOf('verify')).toEqual([{ signedFile: signedText }]);
    expect(within(dialog).getByRole('heading', { name: 'Giltig: underskrifterna stämmer' })).toBeTruthy();
    expect(within(dialog).getByText('5 punkter – åtgärdade: 4, accepterade: 1, ej tillämpliga: 0, öppna: 0')).toBeTruthy();
    expect(within(dialog).getByText(fingerprint)).toBeTruthy();
    expect(within(dialog).getByText('✓ Underskriften stämmer. Nyckeln finns på den här datorn.')).toBeTruthy();
    expect(within(dialog).getByText('Inga ändringar.')).toBeTruthy();
  });

  it('names every change made after signing, item by item, in words', async () => {
    const file = JSON.parse(signedText) as { content: { document: { fileSha256: string }; items: { decision: string; reason: string | null }[] } };
    const third = file.content.items[2]!;
    third.decision = 'fixed';
    third.reason = null;
    file.content.document.fileSha256 = 'f'.repeat(64);
    const { dialog } = await verify(JSON.stringify(file));

    expect(within(dialog).getByRole('heading', { name: 'Ogiltig: checklistan har ändrats eller underskriften stämmer inte' })).toBeTruthy();
    const changes = within(dialog).getByRole('region', { name: 'Ändringar sedan underskriften' });
    const lines = within(changes).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Dokumentet: filens kontrollsumma har ändrats document\.fileSha256/),
        expect.stringMatching(/^Punkt 3 \(””frisk” ställer krav på den sökandes hälsa\.”\): beslutet har ändrats items\[f-frisk\]\.decision – nu: Åtgärdad/),
        expect.stringMatching(/^Punkt 3 \(.*\): motiveringen har ändrats items\[f-frisk\]\.reason/),
      ]),
    );
    expect(within(dialog).getByText('✗ Underskriften stämmer inte. Nyckeln finns på den här datorn.')).toBeTruthy();
    expect(within(dialog).getByText('Innehållet har ändrats efter underskriften.')).toBeTruthy();
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const { user, opener } = await verify(signedText);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('shows the service’s refusal of a file that is not a signed checklist', async () => {
    const fake = verifyingService();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Kontrollera underskrift' }));
    const dialog = screen.getByRole('dialog');
    await user.upload(within(dialog).getByLabelText('Underskriven checklista (.vardekollen.json)'), new File(['{"hej": 1}'], 'fel.json', { type: 'application/json' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kontrollera' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/Filen är ingen underskriven Värdekollen-checklista/);
  });
});
