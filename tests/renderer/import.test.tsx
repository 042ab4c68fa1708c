// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../core/errors/error-catalogue.js';
import type { ImportProgress } from '../../core/import/import-options.js';
import type { CheckedDocument, CheckRequest } from '../../core/service/contract.js';
import { languageNotice } from '../../core/check/language-notice.js';
import { createFakeService, serviceError, type FakeService } from './helpers/fake-api.js';
import { renderApp } from './helpers/render-app.js';
import { sampleDocument, sampleReviewDocument } from './helpers/sample-review.js';

afterEach(cleanup);

function checked(fake: FakeService): CheckedDocument {
  const { document, check } = sampleReviewDocument(fake.checklist, sampleDocument());
  return { document, result: check };
}

const wordFile = (): File => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'annons.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

async function openImport(fake: FakeService) {
  const rendered = renderApp(fake);
  await rendered.user.click(await screen.findByRole('button', { name: 'Importera dokument' }));
  await screen.findByRole('heading', { level: 1, name: 'Importera ett dokument' });
  return rendered;
}

/** A promise the test settles by hand, to look at the screen while the service is still working. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('importing a document', () => {
  it('sends the chosen file as bytes and shows the progress page by page', async () => {
    const fake = createFakeService();
    const done = deferred<CheckedDocument>();
    let report: ((p: ImportProgress) => void) | undefined;
    fake.handlers.checkDocument = (_request, events) => {
      report = events?.onProgress;
      return done.promise;
    };
    const { user } = await openImport(fake);
    await user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    await screen.findByRole('progressbar');
    const request = fake.callsOf('checkDocument')[0] as CheckRequest;
    expect(request.source).toEqual({ kind: 'bytes', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), fileName: 'annons.docx' });

    report?.({ stage: 'pages', done: 2, total: 3 });
    const bar = await screen.findByRole('progressbar', { name: 'Läser sida 2 av 3' });
    expect(bar.getAttribute('value')).toBe('2');
    expect(bar.getAttribute('max')).toBe('3');
    const result = checked(fake);
    done.resolve(result);
    await screen.findByRole('button', { name: 'Starta granskningen' });
    expect(screen.getByRole('heading', { level: 2, name: 'Städerska till Statens fastighetsverk' })).toBeTruthy();
    await screen.findByText(`Städerska till Statens fastighetsverk är inläst. Kontrollen hittade ${result.result.findings.length} fynd.`);
  });

  it.each<[ErrorCode, Record<string, string | number>, RegExp]>([
    ['UNSUPPORTED_FORMAT', { detected: 'PNG-bild' }, /Filformatet stöds inte \(PNG-bild\)\. Värdekollen läser PDF, Word/],
    ['CORRUPT_FILE', { reason: 'zip-arkivet är trasigt' }, /Filen är skadad och kan inte läsas \(zip-arkivet är trasigt\)/],
    ['NO_TEXT_LAYER', {}, /Dokumentet innehåller ingen text, bara bilder/],
    ['EMPTY_DOCUMENT', {}, /Dokumentet innehåller ingen text att granska/],
    ['TOO_LARGE_UNCOMPRESSED', { size: '900 MB', limit: '500 MB' }, /packas upp till 900 MB, mer än gränsen 500 MB/],
    ['OUT_OF_MEMORY', {}, /krävde mer minne än tillåtet/],
    ['TOO_LARGE', { size: '120 MB', limit: '100 MB' }, /^Filen är för stor \(120 MB\); gränsen är 100 MB\. Dela upp dokumentet i mindre delar/],
    ['TOO_MANY_PAGES', { pages: 2400, limit: 2000 }, /^Dokumentet har 2400 sidor; gränsen är 2000\. Dela upp dokumentet/],
    ['TIMEOUT', { limit: '120 s' }, /^Inläsningen tog längre tid än 120 s och avbröts/],
  ])('explains %s in the user’s language, without command-line flags', async (code, params, message) => {
    const fake = createFakeService();
    fake.handlers.checkDocument = () => Promise.reject(serviceError(code, params));
    const { user } = await openImport(fake);
    await user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('annons.docx kunde inte läsas in')).toBeTruthy();
    const text = within(alert).getByText(message).textContent ?? '';
    expect(text).not.toMatch(/--[a-z]/);
    expect(within(alert).getByText(code)).toBeTruthy();
    // Another file can be chosen straight away.
    expect(screen.getByLabelText('Välj fil …')).toBeTruthy();
  });

  it('warns before the review starts that an English text is beyond the Swedish rules, and says nothing for Swedish', async () => {
    const fake = createFakeService();
    const english = checked(fake);
    const detection = { language: 'en', confidence: 0.97, hits: { sv: 2, en: 70, words: 300 } } as const;
    // The wording comes from core, as the real service sends it.
    const notice = languageNotice(detection);
    fake.handlers.checkDocument = () => Promise.resolve({ ...english, result: { ...english.result, language: detection }, ...(notice ? { languageNotice: notice } : {}) });
    const { user } = await openImport(fake);
    await user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    await screen.findByRole('button', { name: 'Starta granskningen' });
    const notes = screen.getAllByRole('note').map((n) => n.textContent ?? '');
    expect(notes.some((t) => t.startsWith('Texten verkar vara på engelska. Reglerna är skrivna för svenska texter'))).toBe(true);

    cleanup();
    const swedishFake = createFakeService();
    const swedish = checked(swedishFake);
    swedishFake.handlers.checkDocument = () => Promise.resolve({ ...swedish, result: { ...swedish.result, language: { language: 'sv', confidence: 0.99, hits: { sv: 90, en: 1, words: 300 } } } });
    const second = await openImport(swedishFake);
    await second.user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    await screen.findByRole('button', { name: 'Starta granskningen' });
    expect(screen.queryAllByRole('note').map((n) => n.textContent ?? '').join(' ')).not.toContain('engelska');
  });

  it('asks for the password, retries with it, says when it is wrong and goes on when it is right', async () => {
    const fake = createFakeService();
    fake.handlers.checkDocument = async (request) => {
      if (request.password === undefined) throw serviceError('PASSWORD_REQUIRED');
      if (request.password !== 'Värdegrund 2013!') throw serviceError('PASSWORD_INCORRECT');
      return checked(fake);
    };
    const { user } = await openImport(fake);
    await user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    expect(await screen.findByText('Dokumentet är lösenordsskyddat. Skriv lösenordet nedan så försöker Värdekollen igen.')).toBeTruthy();

    await user.type(screen.getByLabelText('Dokumentets lösenord'), 'fel');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Lösenordet stämmer inte för det här dokumentet. Kontrollera stavning och stora/små bokstäver och försök igen.')).toBeTruthy();
    expect((screen.getByLabelText('Dokumentets lösenord') as HTMLInputElement).value).toBe('');

    await user.type(screen.getByLabelText('Dokumentets lösenord'), 'Värdegrund 2013!');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('button', { name: 'Starta granskningen' });
    expect(fake.callsOf('checkDocument').map((r) => (r as CheckRequest).password)).toEqual([undefined, 'fel', 'Värdegrund 2013!']);

    // The review is started with the same password, the chosen type and the existing series.
    await user.click(screen.getByRole('radio', { name: 'Policy, riktlinje eller rutin' }));
    await user.click(screen.getByRole('radio', { name: 'Nästa version i en befintlig serie' }));
    await user.click(screen.getByRole('button', { name: 'Starta granskningen' }));
    await screen.findByRole('tab', { name: 'Granska', selected: true });
    expect(fake.callsOf('startReview')).toEqual([
      expect.objectContaining({ password: 'Värdegrund 2013!', type: 'policy', seriesName: 'Städerska till Statens fastighetsverk', reviewer: 'Anna Berg' }),
    ]);
  });

  it('asks a first-time user for their name and stores it when the review starts', async () => {
    const fake = createFakeService({ settings: { reviewerName: '' } });
    fake.handlers.checkDocument = async () => checked(fake);
    const { user } = await openImport(fake);
    await user.upload(screen.getByLabelText('Välj fil …'), wordFile());
    await user.click(await screen.findByRole('button', { name: 'Starta granskningen' }));
    expect(await screen.findByText('Skriv ditt namn.')).toBeTruthy();
    expect(fake.callsOf('startReview')).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Ditt namn' }), 'Omar Said');
    await user.click(screen.getByRole('button', { name: 'Starta granskningen' }));
    await screen.findByRole('tab', { name: 'Granska', selected: true });
    expect(fake.callsOf('updateSettings')).toEqual([{ reviewerName: 'Omar Said' }]);
    expect(fake.callsOf('startReview')).toEqual([expect.objectContaining({ reviewer: 'Omar Said', seriesName: 'Städerska till Statens fastighetsverk' })]);
    expect(fake.callsOf('startReview')[0]).not.toHaveProperty('type');
  });
});
