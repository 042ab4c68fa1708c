import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const workdir = (): string => mkdtempSync(join(tmpdir(), 'vardekollen-check-'));

const BAD_AD = `Handläggare till Länsstyrelsen

Vi söker en ung och driven handläggare. Du ska ha svenska som modersmål.

Ansökan ska inkomma senast den 15 mars 2025 via vår webbplats.`;

const PLAIN_POLICY = `Riktlinje för möten

Den här riktlinjen gäller för alla medarbetare. Vi börjar och slutar i tid.

Chefen ansvarar för att riktlinjen följs.`;

describe('vardekollen check', () => {
  it('prints findings grouped by principle and exits 0 when nothing is an error', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'policy.txt'), PLAIN_POLICY);
    const io = fakeIo({ cwd: dir });
    const code = await runCli(['check', join(dir, 'policy.txt'), '--type', 'policy'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toContain('policy.txt');
    expect(io.out()).toContain('Värdegrunden i dokumentet');
    expect(io.out()).toContain('LIX');
  });

  it('exits 2 for a file that cannot be read and still checks the others in a folder, with progress lines', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a-policy.txt'), PLAIN_POLICY);
    writeFileSync(join(dir, 'docs', 'b-broken.pdf'), '%PDF-1.7\nthis is not a pdf at all');
    writeFileSync(join(dir, 'docs', 'c-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const io = fakeIo({ cwd: dir });
    const code = await runCli(['check', join(dir, 'docs'), '--format', 'json'], io);
    expect(code).toBe(2);
    const results = JSON.parse(io.out()) as { file: string; error?: { code: string }; result?: unknown }[];
    // The PNG is not a document ending, so the folder walk skips it.
    expect(results.map((r) => r.file.split('/').pop())).toEqual(['a-policy.txt', 'b-broken.pdf']);
    expect(results[0]?.result).toBeDefined();
    expect(results[1]?.error?.code).toBe('CORRUPT_FILE');
    expect(io.err()).toMatch(/\[1\/2\].*a-policy\.txt/);
    expect(io.err()).toMatch(/\[2\/2\].*b-broken\.pdf/);
  });

  it('reports a named file that is not there and checks the next, even as the first file of the run', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'policy.txt'), PLAIN_POLICY);
    const io = fakeIo({ cwd: dir });
    const code = await runCli(['check', join(dir, 'saknas.docx'), join(dir, 'policy.txt'), '--format', 'json'], io);
    expect(code).toBe(2);
    const results = JSON.parse(io.out()) as { file: string; error?: { code: string }; result?: unknown }[];
    expect(results.map((r) => [r.file.split('/').pop(), r.error?.code ?? 'checked'])).toEqual([
      ['saknas.docx', 'FILE_NOT_FOUND'],
      ['policy.txt', 'checked'],
    ]);
    expect(io.err()).toMatch(/FILE_NOT_FOUND.*saknas\.docx/);
  });

  it('writes SARIF 2.1.0 whose results point at rules the log describes', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'annons.txt'), BAD_AD);
    const io = fakeIo({ cwd: dir });
    await runCli(['check', 'annons.txt', '--type', 'jobad', '--format', 'sarif'], { ...io, cwd: dir });
    const log = JSON.parse(io.out()) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; artifacts: { hashes: Record<string, string> }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toBe('annons.txt');
    }
    expect(run.artifacts[0]?.hashes['sha-256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes a Markdown report in English on request', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'policy.txt'), PLAIN_POLICY);
    const io = fakeIo({ cwd: dir });
    await runCli(['--lang', 'en', 'check', join(dir, 'policy.txt'), '--format', 'markdown'], io);
    expect(io.out()).toMatch(/^# Review report: Riktlinje för möten/);
    expect(io.out()).toContain('## The value base in the document');
  });

  it('says so in the terminal, in Markdown and in SARIF when a text is in English', async () => {
    const dir = workdir();
    const ad = fileURLToPath(new URL('../fixtures/documents/blind/round5/jobads/05-lund-university-postdoc-statistics.pdf', import.meta.url));
    const text = fakeIo({ cwd: dir });
    expect(await runCli(['check', ad], text)).toBe(0);
    expect(text.out()).toContain('Texten verkar vara på engelska. Reglerna är skrivna för svenska texter');
    const markdown = fakeIo({ cwd: dir });
    await runCli(['--lang', 'en', 'check', ad, '--format', 'markdown'], markdown);
    expect(markdown.out()).toContain('> **Note:** The text appears to be in English.');
    const sarif = fakeIo({ cwd: dir });
    await runCli(['check', ad, '--format', 'sarif'], sarif);
    const log = JSON.parse(sarif.out()) as { runs: { invocations?: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications[0]?.level).toBe('warning');
    // A Swedish text gets no such line.
    writeFileSync(join(dir, 'policy.txt'), PLAIN_POLICY);
    const swedish = fakeIo({ cwd: dir });
    await runCli(['check', join(dir, 'policy.txt')], swedish);
    expect(swedish.out()).not.toContain('engelska');
  });

  it('refuses an invalid rule pack with file and line before reading documents', async () => {
    const dir = workdir();
    const pack = join(dir, 'pack');
    mkdirSync(join(pack, 'egna'), { recursive: true });
    writeFileSync(join(pack, 'pack.yaml'), 'name: egen\nversion: 1.0.0\ntitle: { sv: Egen, en: Own }\n');
    writeFileSync(join(pack, 'egna', 'trasig.yaml'), 'kind: term\nprinciple: demokrati\nseverity: sometimes\n');
    writeFileSync(join(dir, 'policy.txt'), PLAIN_POLICY);
    const io = fakeIo({ cwd: dir });
    const code = await runCli(['check', join(dir, 'policy.txt'), '--rules', pack], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('RULES_INVALID');
    expect(io.err()).toMatch(/trasig\.yaml:3:\d+: \/severity must be one of error, warning, info/);
    expect(io.out()).toBe('');
  });

  it('loads an agency pack with its own value words and can turn rules off', async () => {
    const dir = workdir();
    cpSync(join(process.cwd(), 'rules', 'examples', 'migrationsverket'), join(dir, 'mig'), { recursive: true });
    writeFileSync(join(dir, 'policy.txt'), 'Vår värdegrund\n\nVi möter alla med empati och mod. Vi är tydliga i våra beslut.');
    const io = fakeIo({ cwd: dir });
    await runCli(['check', join(dir, 'policy.txt'), '--rules', join(dir, 'mig'), '--format', 'json', '--disable', 'vardegrund/klarsprak/*'], io);
    const [entry] = JSON.parse(io.out()) as { result: { findings: { ruleId: string }[]; coverage: { principles: { principle: string; words: { word: string }[] }[] } } }[];
    const words = entry!.result.coverage.principles.flatMap((p) => p.words.map((w) => w.word));
    expect(words).toEqual(expect.arrayContaining(['empati', 'mod']));
    expect(entry!.result.findings.some((f) => f.ruleId.startsWith('vardegrund/klarsprak/'))).toBe(false);
  });

  it('explains usage errors', async () => {
    const io = fakeIo();
    expect(await runCli(['check'], io)).toBe(2);
    expect(io.err()).toContain('USAGE');
    const io2 = fakeIo();
    expect(await runCli(['check', 'x.txt', '--format', 'pdf'], io2)).toBe(2);
    expect(io2.err()).toContain('--format pdf');
  });
});
