import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { readJobAdFixture } from '../fixtures/documents/jobbannonser/read-job-ad-fixture.js';

/** The whole workflow without the desktop app, as a reviewer runs it in a terminal. */
describe('the review workflow on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vardekollen-cli-review-'));
  const env = { VARDEKOLLEN_REVIEWER: 'Anna Berg', VARDEKOLLEN_PASSPHRASE: 'korrekt häst batteri', VARDEKOLLEN_DB: join(dir, 'granskning.db') };
  const run = async (...args: string[]) => {
    const io = fakeIo({ cwd: dir, env });
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  };
  writeFileSync(join(dir, 'annons.txt'), readJobAdFixture('trafikverket-kommunikator.txt'));

  it('reviews, decides, completes, signs, verifies, exports and shows the history', async () => {
    const review = await run('review', 'annons.txt', '--series', 'Kommunikatör', '--type', 'jobad', '--json');
    expect(review.err).toBe('');
    const { checklist } = JSON.parse(review.out) as { checklist: { reviewId: string; items: { key: string; kind: string; severity: string }[] } };
    expect(checklist.reviewId).toBe('kommunikator-v1');

    const shown = await run('show', 'kommunikator-v1');
    expect(shown.out).toContain('Granskning kommunikator-v1');
    expect(shown.out).toContain(checklist.items[0]!.key);

    const first = checklist.items.find((i) => i.kind === 'finding')!;
    expect((await run('decide', 'kommunikator-v1', first.key, 'godtagen')).err).toContain('REASON_REQUIRED');
    for (const item of checklist.items) {
      const args = item.severity === 'info' && item.kind === 'finding' ? ['accepted', '--reason', 'Avsiktlig formulering.'] : ['åtgärdad'];
      const decided = await run('decide', 'kommunikator-v1', item.key, ...args);
      expect(decided.code, decided.err).toBe(0);
    }
    expect((await run('complete', 'kommunikator-v1')).code).toBe(0);
    expect((await run('reviewer', 'create', 'Anna', 'Berg')).out).toMatch(/^Anna Berg: SHA256:/);
    const signed = await run('sign', 'kommunikator-v1');
    expect(signed.code, signed.err).toBe(0);
    const signedPath = join(dir, 'kommunikator-v1.vardekollen.json');
    expect(existsSync(signedPath)).toBe(true);

    const verified = await run('verify', 'kommunikator-v1.vardekollen.json', 'annons.txt');
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('Anna Berg');

    const tampered = readFileSync(signedPath, 'utf8').replace('Avsiktlig formulering.', 'Godkänd av chefen.');
    writeFileSync(join(dir, 'andrad.vardekollen.json'), tampered);
    const failed = await run('verify', 'andrad.vardekollen.json');
    expect(failed.code).toBe(1);
    expect(failed.out.toLowerCase()).toMatch(/motivering|reason/);

    writeFileSync(join(dir, 'annons-andrad.txt'), `${readFileSync(join(dir, 'annons.txt'), 'utf8')}\nEn rad till.`);
    expect((await run('verify', 'kommunikator-v1.vardekollen.json', 'annons-andrad.txt')).code).toBe(1);
    expect((await run('verify', 'saknas.json')).code).toBe(2);

    for (const format of ['md', 'html', 'docx', 'json', 'sarif']) {
      const exported = await run('export', 'kommunikator-v1', '--format', format);
      expect(exported.code, exported.err).toBe(0);
      expect(existsSync(exported.out.trim())).toBe(true);
    }
    const markdown = await run('export', 'kommunikator-v1', '--format', 'md', '--output', '-');
    expect(markdown.out).toContain('Avsiktlig formulering.');

    const history = await run('history', '--series', 'Kommunikatör');
    expect(history.out).toContain('review-signed');
    expect(history.out).toContain('decision-recorded');
    expect((await run('series')).out).toContain('Kommunikatör');
  });

  it('says how to give the reviewer when it is missing', async () => {
    const io = fakeIo({ cwd: dir, env: { VARDEKOLLEN_DB: env.VARDEKOLLEN_DB } });
    expect(await runCli(['complete', 'kommunikator-v1'], io)).toBe(2);
    expect(io.err()).toContain('--reviewer');
  });
});
