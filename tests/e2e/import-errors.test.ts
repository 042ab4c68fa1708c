import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLargeTextPdf } from '../fixtures/pdf/build-large-text-pdf.js';
import { axeViolations, screenshot, startSession, type E2eSession } from './e2e-setup.js';

/**
 * Importing in the real browser against the real server, where it goes wrong or takes time: an
 * encrypted Word file (password asked, a wrong one refused, the right one accepted), a file
 * that is not a document, and a long PDF whose pages are counted in the progress bar as the
 * server streams its progress lines.
 */
const ENCRYPTED = fileURLToPath(new URL('../fixtures/docx/encrypted/seed-002-standard-aes128.docx', import.meta.url));

let session: E2eSession;
let page: Page;

/** Records every text the progress label shows, from the first paint on (the import may finish in a second). */
const RECORD_PROGRESS = `
  window.__progressLabels = [];
  new MutationObserver(() => {
    for (const label of document.querySelectorAll('.progress-label')) {
      const text = label.textContent;
      if (text && window.__progressLabels.at(-1) !== text) window.__progressLabels.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

beforeAll(async () => {
  session = await startSession('import');
  page = session.page;
  await page.addInitScript(RECORD_PROGRESS);
  await session.service.updateSettings({ reviewerName: 'Omar Said' });
  await page.goto(session.server.url);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Importera dokument' }).click();
});

afterAll(async () => {
  await session?.close();
});

describe('importing in the browser', () => {
  it('asks for the password of an encrypted Word file, refuses a wrong one and opens it with the right one', async () => {
    await page.locator('input[type=file]').setInputFiles(ENCRYPTED);
    await page.getByText('Dokumentet är lösenordsskyddat. Skriv lösenordet nedan så försöker Värdekollen igen.').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('PASSWORD_REQUIRED');
    const violations = await axeViolations(page);
    await screenshot(page, '17-import-password');
    expect(violations).toEqual([]);

    await page.getByLabel('Dokumentets lösenord').fill('fel lösenord');
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByText('Lösenordet stämmer inte för det här dokumentet. Kontrollera stavning och stora/små bokstäver och försök igen.').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('PASSWORD_INCORRECT');

    await page.getByLabel('Dokumentets lösenord').fill('lösenord');
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { name: 'Handlingsplan för Länsstyrelsens fortsatta värdegrundsarbete' }).waitFor();
    expect(await page.getByRole('button', { name: 'Starta granskningen' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Välj en annan fil' }).click();
  });

  it('says in plain words when a file is not a document it can read', async () => {
    const picture = join(session.dir, 'bild.png');
    writeFileSync(picture, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    await page.locator('input[type=file]').setInputFiles(picture);
    const alert = page.getByRole('alert');
    await alert.getByText('bild.png kunde inte läsas in').waitFor();
    expect(await alert.textContent()).toMatch(/Filformatet stöds inte .*Värdekollen läser PDF, Word \(\.docx\), ren text och Markdown/);
    expect(await alert.textContent()).toContain('UNSUPPORTED_FORMAT');
  });

  it('counts the pages of a long PDF in the progress bar while it is read', async () => {
    const pdf = join(session.dir, 'lang-riktlinje.pdf');
    writeFileSync(pdf, await buildLargeTextPdf(150));
    await page.evaluate('window.__progressLabels = []');
    await page.locator('input[type=file]').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Starta granskningen' }).waitFor({ timeout: 120_000 });
    const labels = (await page.evaluate('window.__progressLabels')) as string[];
    const pages = labels.filter((label) => /^Läser sida \d+ av 150$/.test(label));
    // Progress lines arrive while the server is still reading: the bar shows more than one page count.
    expect(pages.length, labels.join(' | ')).toBeGreaterThan(1);
    expect(await page.locator('.facts').textContent()).toContain('Sidor150');
  });
});
