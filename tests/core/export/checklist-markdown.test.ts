import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checklistMarkdown } from '../../../core/export/checklist-markdown.js';
import { escapeMarkdown } from '../../../core/export/escape-markdown.js';
import { PRINCIPLES } from '../../../core/principles/principles.js';
import type { Checklist, ChecklistItem } from '../../../core/review/checklist-types.js';
import { ALLERGY_REASON, buildVersion1, buildVersion2, HOSTILE, SIGNATURES } from './build-test-checklist.js';

// micromark 2 with its GFM extension (installed with textlint) is a CommonMark + GFM renderer
// as GitHub uses; its old type declarations do not resolve under NodeNext, so it is loaded
// through require with the one signature used here.
const require = createRequire(import.meta.url);
const micromark = require('micromark') as (value: string, options: { allowDangerousHtml: boolean; extensions: unknown[]; htmlExtensions: unknown[] }) => string;
const gfm = require('micromark-extension-gfm') as () => unknown;
const gfmHtml = require('micromark-extension-gfm/html') as unknown;

const v1 = buildVersion1();
const v2 = buildVersion2(v1);

/** The Markdown as GitHub-flavoured Markdown renders it, raw HTML allowed, as a careless viewer would. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml] });
}

/** The lines of one item's task entry: its first line and the indented lines under it. */
function entryOf(markdown: string, item: ChecklistItem): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^- \[[ x]\] /.test(line) && line.includes(escapeMarkdown(item.title.sv)));
  expect(start, item.title.sv).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('  '));
  return lines.slice(start, end);
}

describe.each([
  ['version 1 (open)', v1.checklist],
  ['version 2 (carried over, completed)', v2.checklist],
] as const)('checklistMarkdown: %s', (_name, checklist: Checklist) => {
  const md = checklistMarkdown(checklist, 'sv');

  it('shows every item once with its checkbox, decision, reviewer and reason', () => {
    expect(checklist.items.length).toBeGreaterThan(8);
    for (const item of checklist.items) {
      const entry = entryOf(md, item);
      const decided = item.decision !== undefined && item.decision.decision !== 'open';
      expect(entry[0], item.key).toMatch(decided ? /^- \[x\] / : /^- \[ \] /);
      const decisionLine = entry.find((line) => line.startsWith('  - Beslut: '));
      const word = { open: 'Öppen', fixed: 'Åtgärdad', accepted: 'Accepterad', 'not-applicable': 'Ej tillämplig' }[item.decision?.decision ?? 'open'];
      expect(decisionLine, item.key).toContain(word);
      if (item.decision) expect(decisionLine).toContain(escapeMarkdown(item.decision.reviewer));
      if (item.decision?.reason) expect(entry).toContain(`  - Motivering: ${escapeMarkdown(item.decision.reason)}`);
      expect(entry[0]).toContain(item.carry === 'new' ? '(ny)' : '(kvarstår)');
    }
  });

  it('lists the six principles in order and says when one has no items', () => {
    const headings = md.split('\n').filter((line) => /^## \d\. /.test(line));
    expect(headings).toEqual(PRINCIPLES.map((p, i) => `## ${i + 1}. ${p.name.sv}`));
    const legalitet = md.slice(md.indexOf('## 2. Legalitet'), md.indexOf('## 3. '));
    expect(legalitet).toContain('Inga punkter.');
  });

  it('places grouped findings at every occurrence and document-level ones in the whole document', () => {
    const title = checklist.items.find((i) => i.ruleId === 'vardegrund/jobbannons/kon-yrkestitel')!;
    expect(title.occurrences).toHaveLength(2);
    const entry = entryOf(md, title);
    expect(entry).toContain('  - Plats: rad 1; rad 3');
    expect(entry).toContain('  - Citat (rad 1): «Städerska» – sammanhang: Städerska till Statens fastighetsverk i Stockholm');
    const reference = checklist.items.find((i) => i.ruleId === 'vardegrund/jobbannons/referensnummer')!;
    expect(reference.occurrences).toHaveLength(0);
    expect(entryOf(md, reference)).toContain('  - Plats: hela dokumentet');
  });

  it('shows the header facts a reviewer checks', () => {
    expect(md).toContain(`- Filens SHA-256: \`${checklist.document.fileSha256}\``);
    expect(md).toContain(`- Serie och version: Lokalvårdare Stockholm 2025 & \\<vikariat\\>, version ${checklist.version}`);
    expect(md).toContain('- Dokumenttyp: platsannons');
    expect(md).toContain(`- Regeluppsättning: \`${checklist.ruleSet.version}\` (\`${checklist.ruleSet.hash}\`)`);
    expect(md).toContain(`- Status: ${checklist.status === 'open' ? 'pågående' : 'slutförd'}`);
  });

  it('counts items per decision and per severity', () => {
    const count = (decision: string) => checklist.items.filter((i) => (i.decision?.decision ?? 'open') === decision).length;
    expect(md).toContain(`| Öppen | ${count('open')} |`);
    expect(md).toContain(`| Accepterad | ${count('accepted')} |`);
    expect(md).toContain(`| Varning | ${checklist.items.filter((i) => i.severity === 'warning').length} |`);
  });

  it('renders as a task list whose ticks are the decided items, with no HTML or link from the data', () => {
    const rendered = render(md);
    const checked = rendered.match(/<input[^>]*checked[^>]*type="checkbox"/g) ?? [];
    const boxes = rendered.match(/type="checkbox"/g) ?? [];
    expect(boxes).toHaveLength(checklist.items.length);
    expect(checked).toHaveLength(checklist.items.filter((i) => (i.decision?.decision ?? 'open') !== 'open').length);
    expect(rendered).not.toMatch(/<script|<img|<vikariat|href=/i);
  });
});

describe('checklistMarkdown: what changed in version 2', () => {
  const md = checklistMarkdown(v2.checklist, 'sv');

  it('escapes hostile quotes and reasons so they show literally', () => {
    expect(md).toContain(`  - Motivering: ${escapeMarkdown(ALLERGY_REASON)}`);
    expect(md).not.toContain('<script>');
    expect(render(md)).toContain(escapeHtmlText('<script>alert("x")</script> & *stjärnor*'));
    expect(HOSTILE).toContain('<script>');
  });

  it('answers standing questions under their prompt', () => {
    expect(md).toContain('  - Protokollsreferens: Protokoll 2025-03-04 § 12');
    expect(md).toContain('  - Vem prövade och när: Åsa Öberg och HR-specialist, 2025-03-06');
  });

  it('lists the resolved item with its earlier decision, the paragraph changes and both signatures', () => {
    expect(v2.checklist.resolved.map((r) => r.quote)).toEqual(['Han/hon']);
    const resolved = md.split('\n').find((line) => line.includes('«Han/hon»'));
    expect(resolved).toMatch(/^- \*\*Kön: den sökande kallas .*\*\* \(Respekt för lika värde, frihet och värdighet\): «Han\/hon»\. Tidigare beslut: Åtgärdad$/);
    expect(md).toContain('- **Ändrat** (rad 13 → rad 13)');
    expect(md).toContain('  - Före: Han/hon ska kunna arbeta självständigt');
    expect(md).toContain('- **Tillagt** (rad 19)');
    for (const s of SIGNATURES) expect(md).toMatch(new RegExp(`\\| ${s.reviewer} \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\| \`${s.keyFingerprint}\` \\|`));
    expect(md).toContain('- Slutförd av: Åsa Öberg, 2025-03-07 14:00 UTC');
  });

  it('leaves an unanswered question a blank to fill in (version 1)', () => {
    const open = checklistMarkdown(v1.checklist, 'sv');
    expect(open).toContain('  - Vem prövade och när: \\_\\_\\_');
    expect(open).toContain('Granskningen är inte elektroniskt underskriven.');
  });

  it('keeps backticks and pipes in versions and fingerprints literal', () => {
    const odd = { ...v2.checklist, ruleSet: { version: 'egen`pack@2', hash: 'abc' }, signatures: [{ ...SIGNATURES[0]!, keyFingerprint: '`a|b`' }] };
    const rendered = render(checklistMarkdown(odd, 'sv'));
    expect(rendered).toContain('<code>egen`pack@2</code>');
    expect(rendered).toContain('<td><code>`a|b`</code></td>');
  });

  it('speaks English on request', () => {
    const en = checklistMarkdown(v2.checklist, 'en');
    expect(en).toMatch(/^# Review checklist: /);
    expect(en).toContain('## 5. Respect for equal value, freedom and dignity');
    expect(en).toContain('  - Location: whole document');
    expect(en).toContain('  - Decision: Not applicable – Per-Erik Lind, 2025-03-03 10:05 UTC');
    expect(en).not.toMatch(/Beslut|Plats|Motivering/);
  });
});

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
