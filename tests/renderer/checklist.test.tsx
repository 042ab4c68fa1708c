// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService } from './helpers/fake-api.js';
import { openSampleReview } from './helpers/render-app.js';

afterEach(cleanup);

const checklistRegion = () => screen.getByRole('region', { name: 'Checklista' });
/** The item toggles in the checklist, by their visible text. */
const itemButton = (title: RegExp) => within(checklistRegion()).getByRole('button', { name: title });

describe('deciding checklist items', () => {
  it('refuses accepted without a reason before anything is sent, then records it with the reason', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(itemButton(/Funktionsnedsättning: krav på hälsa/));
    const form = screen.getByRole('form', { name: 'Beslut om Funktionsnedsättning: krav på hälsa' });
    await user.click(within(form).getByRole('radio', { name: /Accepterad/ }));
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));

    expect(within(form).getByText('Beslutet ”Accepterad” kräver en motivering.')).toBeTruthy();
    const reason = within(form).getByRole('textbox', { name: /Motivering/ });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(fake.callsOf('decide')).toEqual([]);

    await user.type(reason, 'Hälsokrav enligt AFS 2019:3.');
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    await within(checklistRegion()).findByText(/Accepterad – beslutat av Anna Berg/);
    expect(fake.callsOf('decide')).toEqual([{ reviewId: 'stadare-v1', itemKey: 'f-frisk', decision: 'accepted', reason: 'Hälsokrav enligt AFS 2019:3.', reviewer: 'Anna Berg' }]);
    expect(within(itemButton(/Funktionsnedsättning: krav på hälsa/)).getByText('Accepterad')).toBeTruthy();
    expect(screen.getByText('1 av 5 punkter har beslut')).toBeTruthy();
  });

  it('records the answer to a standing question and shows the item history', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(itemButton(/Fackliga kontakter/));
    await user.type(screen.getByRole('textbox', { name: 'Protokollsreferens:' }), 'MBL 2025-03-04 § 3');
    await user.click(screen.getByRole('radio', { name: /Åtgärdad/ }));
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    await screen.findByText(/Åtgärdad – beslutat av Anna Berg/);
    expect(fake.callsOf('decide')).toEqual([{ reviewId: 'stadare-v1', itemKey: 'q-fackliga', decision: 'fixed', answer: 'MBL 2025-03-04 § 3', reviewer: 'Anna Berg' }]);
    await user.click(screen.getByRole('button', { name: 'Visa beslutshistorik' }));
    const entry = await screen.findByText('Svar: MBL 2025-03-04 § 3');
    expect(entry.closest('li')?.textContent).toMatch(/^Åtgärdad – Anna Berg, /);
  });

  it('moves with j and k (and the arrow keys) and decides with f, a, n and o', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.keyboard('j');
    expect(itemButton(/Fackliga kontakter/).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('j');
    const title = itemButton(/Kön: könsbunden yrkestitel/);
    expect(title.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(title);
    await user.keyboard('k');
    expect(itemButton(/Fackliga kontakter/).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(itemButton(/Kön: könsbunden yrkestitel/).getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('f');
    await within(itemButton(/Kön: könsbunden yrkestitel/)).findByText('Åtgärdad');
    expect(fake.callsOf('decide').at(-1)).toMatchObject({ itemKey: 'f-titel', decision: 'fixed' });

    await user.keyboard('j');
    await user.keyboard('n');
    const reason = screen.getByRole('textbox', { name: /Motivering/ });
    expect(document.activeElement).toBe(reason);
    expect((screen.getByRole('radio', { name: /Ej tillämplig/ }) as HTMLInputElement).checked).toBe(true);
    // Typing in the reason does not trigger shortcuts ("f" and "n" are letters of the reason).
    await user.keyboard('Gäller inte för fastighetsförvaltningen.{Control>}{Enter}{/Control}');
    await within(itemButton(/Funktionsnedsättning: krav på hälsa/)).findByText('Ej tillämplig');
    expect(fake.callsOf('decide').at(-1)).toEqual({ reviewId: 'stadare-v1', itemKey: 'f-frisk', decision: 'not-applicable', reason: 'Gäller inte för fastighetsförvaltningen.', reviewer: 'Anna Berg' });
    // Focus came back to the item, so the keys work again.
    expect(document.activeElement).toBe(itemButton(/Funktionsnedsättning: krav på hälsa/));

    await user.keyboard('o');
    await within(itemButton(/Funktionsnedsättning: krav på hälsa/)).findByText('Öppen');
    expect(fake.callsOf('decide').at(-1)).toMatchObject({ itemKey: 'f-frisk', decision: 'open' });

    await user.keyboard('a');
    expect((screen.getByRole('radio', { name: /Accepterad/ }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Motivering/ }));
  });

  it('moves focus to the reason box in the same key press as a or n, so a reason typed at once is not read as shortcuts', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(itemButton(/Funktionsnedsättning: krav på hälsa/));
    const reason = screen.getByRole('textbox', { name: /Motivering/ });
    for (const key of ['n', 'a']) {
      itemButton(/Funktionsnedsättning: krav på hälsa/).focus();
      // The very next key a fast typist presses goes wherever focus is now, before any frame is drawn.
      fireEvent.keyDown(document.activeElement as Element, { key });
      expect(document.activeElement).toBe(reason);
    }
    await user.keyboard('Arbetet har ett hälsokrav i en föreskrift');
    expect((reason as HTMLTextAreaElement).value).toBe('Arbetet har ett hälsokrav i en föreskrift');
    expect((screen.getByRole('radio', { name: /Accepterad/ }) as HTMLInputElement).checked).toBe(true);
    expect(fake.callsOf('decide')).toEqual([]);
  });

  it('lists the shortcuts in a help panel that ? opens', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    expect(screen.queryByRole('region', { name: 'Kortkommandon' })).toBeNull();
    await user.keyboard('?');
    const help = screen.getByRole('region', { name: 'Kortkommandon' });
    for (const text of ['Nästa punkt', 'Föregående punkt', 'Markera som Åtgärdad', 'Accepterad – flyttar till motiveringen', 'Ej tillämplig – flyttar till motiveringen', 'Markera som Öppen igen']) {
      expect(within(help).getByText(text)).toBeTruthy();
    }
    await user.click(screen.getByRole('button', { name: 'Kortkommandon' }));
    expect(screen.queryByRole('region', { name: 'Kortkommandon' })).toBeNull();
  });

  it('filters by severity, principle and decision', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    const items = () => within(checklistRegion()).getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
    expect(items()).toHaveLength(5);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Allvarlighetsgrad' }), 'Varning');
    expect(screen.getByText('Visar 2 av 5 punkter')).toBeTruthy();
    expect(items().every((text) => text.includes('Varning'))).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Allvarlighetsgrad' }), 'Alla');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Princip' }), 'Effektivitet och service');
    expect(items()).toEqual([expect.stringContaining('Uppgift om lön saknas'), expect.stringContaining('Klarspråk: ej')]);
    expect(screen.getByRole('heading', { level: 3, name: /Effektivitet och service/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /Demokrati/ })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Princip' }), 'Alla');
    await user.click(itemButton(/Uppgift om lön saknas/));
    await user.keyboard('f');
    await within(itemButton(/Uppgift om lön saknas/)).findByText('Åtgärdad');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Beslut' }), 'Öppen');
    expect(screen.getByText('Visar 4 av 5 punkter')).toBeTruthy();
    expect(items().some((text) => text.includes('Uppgift om lön saknas'))).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Beslut' }), 'Åtgärdad');
    expect(items()).toEqual([expect.stringContaining('Uppgift om lön saknas')]);
  });

  it('keeps completing disabled, with the reason, until nothing is open', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    const complete = screen.getByRole('button', { name: 'Avsluta granskningen' }) as HTMLButtonElement;
    expect(complete.disabled).toBe(true);
    expect(complete.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(complete.getAttribute('aria-describedby')!)?.textContent).toBe('5 punkter är fortfarande öppna. Fatta beslut om dem innan du avslutar.');

    await user.keyboard('j');
    for (let i = 0; i < 5; i++) {
      await user.keyboard('f');
      await within(checklistRegion()).findByText(`${i + 1} av 5 punkter har beslut`);
      await user.keyboard('j');
    }
    expect((screen.getByRole('button', { name: 'Avsluta granskningen' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Avsluta granskningen' }));
    await screen.findByText(/Avslutad av Anna Berg/);
    expect(fake.callsOf('completeReview')).toEqual([{ reviewId: 'stadare-v1', reviewer: 'Anna Berg' }]);
    // A completed review's decisions are locked.
    expect(screen.getByText('Granskningen är avslutad. Öppna den igen för att ändra beslut.')).toBeTruthy();
  });
});

describe('the document view', () => {
  it('highlights each finding where it stands and selects its item when activated', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    const documentRegion = screen.getByRole('region', { name: 'Dokumentet' });
    const passages = await within(documentRegion).findAllByRole('button');
    expect(passages.map((p) => p.textContent?.split(' (')[0])).toEqual(['Städerska', 'städerska', 'frisk', 'ej']);
    expect(within(documentRegion).getAllByText('stycke 3')).toHaveLength(1);

    await user.click(within(documentRegion).getByRole('button', { name: /^frisk/ }));
    const item = itemButton(/Funktionsnedsättning: krav på hälsa/);
    expect(item.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(item);
    expect(within(documentRegion).getByRole('button', { name: /^frisk/ }).getAttribute('aria-pressed')).toBe('true');

    // And back: the occurrence in the item leads to the passage and focuses it.
    await user.click(within(checklistRegion()).getByRole('button', { name: /Visa i dokumentet/ }));
    expect(document.activeElement).toBe(within(documentRegion).getByRole('button', { name: /^frisk/ }));
    expect(within(checklistRegion()).getByText('stycke 3')).toBeTruthy();
  });
});
