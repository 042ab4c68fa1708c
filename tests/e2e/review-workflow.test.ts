import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, axeViolations, screenshot, startSession, type E2eSession } from './e2e-setup.js';
import { writeJobAdDrafts } from './job-ad-drafts.js';

/**
 * A newcomer's first review, end to end, in Debian's Chromium against the real loopback server
 * and a real service over a temporary database: import a job ad in Word, find its problems in
 * the text and the checklist, decide every item, complete, create a key, sign, verify the signed
 * file (and a tampered copy), export, and import the revised draft into the same series.
 * Screenshots of every main screen go to test-output/screenshots; axe-core checks each screen.
 */
let session: E2eSession;
let page: Page;
let drafts: { readonly first: string; readonly second: string };
let signedPath: string;
const axeReport: Record<string, string[]> = {};

beforeAll(async () => {
  session = await startSession('workflow');
  page = session.page;
  drafts = await writeJobAdDrafts(join(session.dir, 'drafts'));
  process.stdout.write(`Screenshots: ${SCREENSHOTS}\n`);
});

afterAll(async () => {
  process.stdout.write(`axe-core violations per screen: ${JSON.stringify(Object.fromEntries(Object.entries(axeReport).map(([k, v]) => [k, v.length])))}\n`);
  await session?.close();
});

/** Screenshot and accessibility check of a main screen; the violations are printed and must be none. */
async function capture(name: string, element?: Locator): Promise<void> {
  await screenshot(page, name, element);
  const violations = await axeViolations(page);
  axeReport[name] = violations;
  if (violations.length > 0) process.stdout.write(`axe violations on ${name}:\n  ${violations.join('\n  ')}\n`);
  expect(violations, `axe-core on ${name}`).toEqual([]);
}

async function download(action: () => Promise<void>): Promise<{ readonly name: string; readonly path: string }> {
  const [event] = await Promise.all([page.waitForEvent('download') as Promise<Download>, action()]);
  const path = join(session.dir, event.suggestedFilename());
  await event.saveAs(path);
  return { name: event.suggestedFilename(), path };
}

const checklist = (): Locator => page.locator('.checklist-panel');
const selectedItem = (): Locator => checklist().locator('.item-selected');

describe('a newcomer reviews a job ad from import to sign-off and the next draft', () => {
  it('starts on an empty series list and asks for the reviewer name once', async () => {
    await page.goto(session.server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Granskningar');
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByText('Inga granskningar ännu').isVisible()).toBe(true);
    await capture('01-start');
    await page.getByLabel('Ditt namn').fill('Anna Berg');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await expect.poll(() => page.getByLabel('Ditt namn').count()).toBe(0);
  });

  it('imports the Word file with a progress bar, shows what was found and starts the review', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Importera dokument' }).click();
    // The check is held back for a moment so the progress state can be seen and photographed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/checkDocument', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('input[type=file]').setInputFiles(drafts.first);
    await page.getByRole('progressbar').waitFor();
    expect(await page.getByText('platsannons-lokalvardare.docx').isVisible()).toBe(true);
    await capture('02-import-progress');
    release();
    await page.getByRole('button', { name: 'Starta granskningen' }).waitFor();
    await page.unroute('**/api/checkDocument');

    expect(await page.getByRole('heading', { name: 'Städerska till Statens fastighetsverk i Stockholm' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: /Platsannons/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Seriens namn').inputValue()).toBe('Städerska till Statens fastighetsverk i Stockholm');
    await capture('03-import-preview');
    await page.getByRole('button', { name: 'Starta granskningen' }).click();
    await page.getByRole('tab', { name: 'Granska', selected: true }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('version 1');
  });

  it('shows the findings highlighted in the document and ties them to the checklist', async () => {
    const documentPane = page.locator('.document-pane');
    await documentPane.getByRole('button', { name: /frisk/ }).first().waitFor();
    // Every located finding is highlighted where it stands, with its place.
    for (const words of ['Städerska', 'städerska', 'frisk', 'god fysik', 'svenska som modersmål', 'inte ha några allergier', 'Han/hon']) {
      expect(await documentPane.locator('.passage', { hasText: words }).count(), words).toBeGreaterThan(0);
    }
    expect(await documentPane.getByText('stycke 6').isVisible()).toBe(true);
    expect(await checklist().getByText('0 av 15 punkter har beslut').isVisible()).toBe(true);

    // A highlight selects its checklist item, which shows the message and the place.
    await documentPane.locator('.passage', { hasText: 'frisk' }).first().click();
    await expect.poll(() => selectedItem().textContent()).toContain('”frisk” ställer krav på den sökandes hälsa');
    expect(await selectedItem().getByText('stycke 6', { exact: true }).isVisible()).toBe(true);
    await capture('04-document-view');

    // From the item back to its passage: focus lands on the highlighted words.
    await selectedItem().getByRole('button', { name: /Visa i dokumentet/ }).click();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.textContent')).toContain('frisk');
  });

  it('decides every item with the keyboard and the mouse, insisting on reasons where they are required', async () => {
    await checklist().locator('.item-toggle').first().click();
    const total = await checklist().locator('.item-toggle').count();
    expect(total).toBe(15);
    let askedForReason = false;
    for (let index = 0; index < total; index++) {
      const title = (await selectedItem().locator('.item-title').textContent()) ?? '';
      if (index === 1) {
        // A standing question answered with the mouse: the answer, "Åtgärdad", save.
        await selectedItem().getByRole('textbox').first().fill('Platsbanken och webbplatsen 2025-03-10');
        await selectedItem().getByRole('radio', { name: 'Åtgärdad' }).check();
        await selectedItem().getByRole('button', { name: 'Spara beslutet' }).click();
        await selectedItem().locator('.badge-decision-fixed').waitFor();
      } else if (index === 4 || index === 10) {
        // Straight on, as a fast typist would: the key press itself moves focus to the reason box.
        await page.keyboard.press('a');
        if (!askedForReason) {
          await page.keyboard.press('Control+Enter');
          await selectedItem().getByText('Beslutet ”Accepterad” kräver en motivering.').waitFor();
          await screenshot(page, '05-checklist-reason-required');
          askedForReason = true;
        }
        await page.keyboard.type('Texten är avstämd med HR och får stå kvar.');
        await page.keyboard.press('Control+Enter');
        await selectedItem().locator('.badge-decision-accepted').waitFor();
      } else if (index === 7) {
        await page.keyboard.press('n');
        await page.keyboard.type('Arbetet har ett hälsokrav i föreskrift.');
        await page.keyboard.press('Control+Enter');
        await selectedItem().locator('.badge-decision-not-applicable').waitFor();
      } else {
        await page.keyboard.press('f');
        await selectedItem().locator('.badge-decision-fixed').waitFor();
      }
      expect(await selectedItem().getByText(/beslutat av Anna Berg/).isVisible(), title).toBe(true);
      if (index < total - 1) {
        // Back on the item after saving, j moves to the next one.
        await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.className')).toContain('item-toggle');
        await page.keyboard.press('j');
        await expect.poll(() => selectedItem().locator('.item-number').textContent()).toBe(`${index + 2}.`);
        // As a reviewer sees it: the focus ring has moved to the new item before the next key.
        await expect.poll(() => page.evaluate("document.activeElement !== null && document.activeElement.closest('.item-selected') !== null")).toBe(true);
      }
    }
    expect(await checklist().getByText('15 av 15 punkter har beslut').isVisible()).toBe(true);
    await capture('05-checklist');
  });

  it('completes the review once nothing is open', async () => {
    const complete = checklist().getByRole('button', { name: 'Avsluta granskningen' });
    expect(await complete.isEnabled()).toBe(true);
    await complete.click();
    await checklist().getByText(/Avslutad av Anna Berg/).waitFor();
    expect(await page.locator('.review-meta').textContent()).toContain('Avslutad');
  });

  it('shows the value-base overview with a text alternative for the chart', async () => {
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.getByRole('figure', { name: 'Värdeord per princip' }).waitFor();
    const table = page.getByRole('table', { name: 'Värdeord per princip (tabell)' });
    expect(await table.getByRole('row', { name: /Effektivitet och service 2/ }).count()).toBe(1);
    expect(await page.getByText('LIX', { exact: true }).first().isVisible()).toBe(true);
    await capture('06-overview');
  });

  it('creates a reviewer key, signs the completed review and saves the signed checklist', async () => {
    await page.getByRole('tab', { name: 'Underskrift' }).click();
    await page.getByRole('button', { name: 'Skapa granskarnyckel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skapa granskarnyckel' });
    expect(await dialog.getByLabel('Namn').inputValue()).toBe('Anna Berg');
    await dialog.getByLabel('Lösenfras', { exact: true }).fill('fyra ord blir en lösenfras');
    await dialog.getByLabel('Skriv lösenfrasen igen').fill('fyra ord blir en lösenfras');
    await dialog.getByRole('button', { name: 'Skapa nyckeln' }).click();
    await dialog.getByText('Granskarnyckeln för Anna Berg är skapad.').waitFor();
    const fingerprint = (await dialog.locator('code.fingerprint').textContent()) ?? '';
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    await capture('07-signoff-key', dialog);
    await dialog.getByRole('button', { name: 'Klar' }).click();

    await page.getByRole('button', { name: 'Skriv under', exact: true }).click();
    const sign = page.getByRole('dialog', { name: 'Skriv under granskningen' });
    await sign.getByLabel('Lösenfras').fill('fyra ord blir en lösenfras');
    await sign.getByRole('button', { name: 'Skriv under' }).click();
    const signatures = page.getByRole('table', { name: 'Underskrifter av den här granskningen' });
    await signatures.waitFor();
    expect(await signatures.getByRole('row', { name: new RegExp(`Anna Berg ${fingerprint.replace(/[+/]/g, '\\$&')}`) }).count()).toBe(1);
    await capture('08-signoff');

    const saved = await download(() => page.getByRole('button', { name: 'Spara underskriven checklista' }).click());
    expect(saved.name).toMatch(/\.vardekollen\.json$/);
    const file = JSON.parse(readFileSync(saved.path, 'utf8')) as { format: string; signatures: { reviewer: string; keyFingerprint: string }[] };
    expect(file.format).toBe('vardekollen-signed-checklist');
    expect(file.signatures.map((s) => [s.reviewer, s.keyFingerprint])).toEqual([['Anna Berg', fingerprint]]);
    signedPath = saved.path;
  });

  it('verifies the signed file against the document, and names the change in a tampered copy', async () => {
    await page.getByRole('button', { name: 'Kontrollera en underskrift …' }).click();
    let dialog = page.getByRole('dialog', { name: 'Kontrollera en underskriven checklista' });
    await dialog.getByLabel('Underskriven checklista (.vardekollen.json)').setInputFiles(signedPath);
    await dialog.getByLabel('Dokumentet (valfritt)').setInputFiles(drafts.first);
    await dialog.getByRole('button', { name: 'Kontrollera' }).click();
    await dialog.getByRole('heading', { name: 'Giltig: underskrifterna stämmer' }).waitFor();
    expect(await dialog.getByText('Filen är exakt den som granskades.').isVisible()).toBe(true);
    expect(await dialog.getByText('✓ Underskriften stämmer. Nyckeln finns på den här datorn.').isVisible()).toBe(true);
    expect(await dialog.getByText('Inga ändringar.').isVisible()).toBe(true);
    await capture('09-verify', dialog);
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // Someone edits a reason in the signed file afterwards.
    const tampered = JSON.parse(readFileSync(signedPath, 'utf8')) as { content: { items: { reason: string | null }[] } };
    const edited = tampered.content.items.findIndex((item) => item.reason !== null);
    const item = tampered.content.items[edited];
    if (!item) throw new Error('the signed file has no item with a reason');
    item.reason = 'Ändrad i efterhand.';
    const tamperedPath = join(session.dir, 'manipulerad.vardekollen.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered, null, 2));
    await page.getByRole('button', { name: 'Kontrollera en underskrift …' }).click();
    dialog = page.getByRole('dialog', { name: 'Kontrollera en underskriven checklista' });
    await dialog.getByLabel('Underskriven checklista (.vardekollen.json)').setInputFiles(tamperedPath);
    await dialog.getByRole('button', { name: 'Kontrollera' }).click();
    await dialog.getByRole('heading', { name: /^Ogiltig/ }).waitFor();
    expect(await dialog.getByText(new RegExp(`Punkt ${edited + 1} \\(.*\\): motiveringen har ändrats`)).isVisible()).toBe(true);
    await screenshot(page, '09-verify-tampered', dialog);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
  });

  it('exports the checklist as Markdown and Word (and every other format)', async () => {
    await page.getByRole('tab', { name: 'Exportera' }).click();
    const markdown = await download(() => page.getByRole('button', { name: 'Markdown (.md)' }).click());
    const text = readFileSync(markdown.path, 'utf8');
    expect(markdown.name).toMatch(/\.md$/);
    expect(text).toContain('Städerska');
    expect(text).toContain('Texten är avstämd med HR och får stå kvar.');
    const word = await download(() => page.getByRole('button', { name: 'Word (.docx)' }).click());
    expect(word.name).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(word.path));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toContain('Arbetet har ett hälsokrav i föreskrift.');
    for (const [label, suffix] of [['Utskriftsklar webbsida (.html)', '.html'], ['JSON (.json)', '.vardekollen.json'], ['SARIF (.sarif)', '.sarif']] as const) {
      const other = await download(() => page.getByRole('button', { name: label }).click());
      expect(other.name.endsWith(suffix), other.name).toBe(true);
    }
    await page.getByRole('status').filter({ hasText: 'Sparade filer:' }).waitFor();
    await capture('10-export');
  });

  it('browses the rule catalogue', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Regelkatalog' }).click();
    await page.getByText(/^Visar \d+ av \d+ regler$/).waitFor();
    await page.getByLabel('Sök', { exact: true }).fill('modersmål');
    const card = page.locator('.rule-card').first();
    await card.getByRole('button', { name: /Visa förslag, lagstöd och exempel/ }).click();
    expect(await card.getByText('Exempel som regeln hittar').isVisible()).toBe(true);
    expect(await card.getByText(/diskrimineringslagen/).first().isVisible()).toBe(true);
    await capture('11-rule-catalogue');
  });

  it('imports the revised draft into the same series and shows what was fixed, what remains and what is new', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Granskningar' }).click();
    const row = page.getByRole('row', { name: /Städerska till Statens fastighetsverk/ });
    await row.getByText('Version 1: avslutad').waitFor();
    await row.getByRole('button', { name: /^Öppna/ }).click();
    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByText(/Det här är den första versionen/).waitFor();
    await page.getByRole('button', { name: 'Importera nästa version' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny version av Städerska till Statens fastighetsverk i Stockholm' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(drafts.second);
    await page.getByRole('button', { name: 'Starta granskningen' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Nästa version i en befintlig serie' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Välj serie').inputValue()).toBe('Städerska till Statens fastighetsverk i Stockholm');
    await page.getByRole('button', { name: 'Starta granskningen' }).click();
    await page.getByRole('heading', { level: 1, name: /version 2/ }).waitFor();

    // In the checklist: the new sentence's two findings (a young team, fitting in as a merit) are
    // marked new, the others carried over.
    await checklist().locator('.badge-carry-remaining').first().waitFor();
    expect(await checklist().locator('.item', { hasText: 'Ålder' }).locator('.badge-carry-new').count()).toBe(1);
    expect(await checklist().locator('.item', { hasText: 'Att passa in i gruppen som urvalsgrund' }).locator('.badge-carry-new').count()).toBe(1);
    expect(await checklist().locator('.badge-carry-new').count()).toBe(2);

    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('heading', { name: 'Från version 1 till version 2' }).waitFor();
    const resolved = page.locator('section', { has: page.getByRole('heading', { name: 'Åtgärdade sedan förra versionen' }) });
    expect(await resolved.getByText('Städerska', { exact: true }).first().isVisible()).toBe(true);
    expect(await resolved.getByText('Han/hon', { exact: true }).isVisible()).toBe(true);
    const added = page.locator('section', { has: page.getByRole('heading', { name: 'Nya i den här versionen' }) });
    expect(await added.getByText(/unga gäng/).first().isVisible()).toBe(true);
    const remaining = page.locator('section', { has: page.getByRole('heading', { name: 'Finns kvar' }) });
    expect(await remaining.getByText('beslutet följde med: Ej tillämplig').count()).toBe(1);
    // Findings marked fixed in version 1 that are still there are open again, and say so.
    const reopened = await remaining.locator('li', { has: page.locator('.badge-carry-reopened') }).count();
    expect(reopened).toBeGreaterThan(0);
    expect(await remaining.getByText('markerades som åtgärdad av Anna Berg men finns kvar; behöver ett nytt beslut').count()).toBe(reopened);
    const changes = page.locator('section', { has: page.getByRole('heading', { name: 'Ändrade stycken' }) });
    // Case-sensitive: the body's "en städerska" became "en lokalvårdare" (the title changed too).
    expect(await changes.locator('del', { hasText: /städerska/ }).count()).toBe(1);
    expect(await changes.locator('ins', { hasText: /lokalvårdare/ }).count()).toBe(1);
    await capture('12-versions');
  });

  it('shows the review history and the settings, and works in a narrow window', async () => {
    await page.getByRole('tab', { name: 'Historik' }).click();
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText(/Öppnade granskningen .*-v2 med \d+ punkter/).waitFor();
    await capture('14-history');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await page.getByLabel('Ditt namn').inputValue()).toBe('Anna Berg');
    // The key list loads after the page: wait for it, as a reader would, before counting.
    await page.getByText(/^SHA256:/).first().waitFor();
    expect(await page.getByText(/^SHA256:/).count()).toBe(1);
    await capture('15-settings');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Granskningar' }).click();
    await page.getByRole('row', { name: /Städerska/ }).getByRole('button', { name: /^Öppna/ }).click();
    await page.getByRole('tab', { name: 'Granska', selected: true }).waitFor();
    await page.setViewportSize({ width: 760, height: 1000 });
    await page.locator('.document-pane .passage').first().waitFor();
    await capture('16-review-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('switches the whole interface to English', async () => {
    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Versions', selected: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'From version 1 to version 2' }).isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await capture('13-versions-english');
  });
});
