import { describe, expect, it } from 'vitest';
import { CHECKLIST_CSP, checklistHtml } from '../../../core/export/checklist-html.js';
import { escapeHtml } from '../../../core/export/escape-html.js';
import type { Checklist } from '../../../core/review/checklist-types.js';
import { ALLERGY_REASON, buildVersion1, buildVersion2, HOSTILE, SIGNATURES } from './build-test-checklist.js';

const v1 = buildVersion1();
const v2 = buildVersion2(v1);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
}

/**
 * Every tag of the page. Text from the data is escaped, so each '<' must start a tag the
 * exporter wrote; the test counts them to prove it.
 */
function tagsOf(page: string): Tag[] {
  const tags = [...page.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*|!DOCTYPE)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>/g)].map((m) => ({
    name: m[2]!.toLowerCase(),
    closing: m[1] === '/',
    attributes: new Map([...(m[3] ?? '').matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')])),
  }));
  expect(tags.length, 'every < starts a tag').toBe(page.split('<').length - 1);
  return tags;
}

/** The page's visible text with entities decoded, as a browser shows it. */
function textOf(fragment: string): string {
  return decode(fragment.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** Decodes the entities escapeHtml writes (and only those: anything else would be a bug to see). */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const ALLOWED = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'h1', 'h2', 'h3', 'p', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'br', 'ul', 'li', 'blockquote', 'div']);

describe.each([
  ['version 1 (open, unsigned)', v1.checklist],
  ['version 2 (completed, signed)', v2.checklist],
] as const)('checklistHtml: %s', (_name, checklist: Checklist) => {
  const page = checklistHtml(checklist, 'sv');
  const tags = tagsOf(page);

  it('is one HTML5 page in Swedish with a strict CSP and nothing that loads or runs', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    const csp = tags.find((t) => t.name === 'meta' && t.attributes.get('http-equiv') === 'Content-Security-Policy');
    expect(csp?.attributes.get('content')).toBe(CHECKLIST_CSP);
    expect(CHECKLIST_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(tags.filter((t) => !ALLOWED.has(t.name)).map((t) => t.name)).toEqual([]);
    for (const tag of tags) {
      for (const [name, value] of tag.attributes) {
        expect(name, `<${tag.name} ${name}>`).not.toMatch(/^(on|src$|href$|action$|srcset$|xlink)/);
        expect(value).not.toMatch(/url\(|https?:|javascript:/i);
      }
    }
    const css = page.slice(page.indexOf('<style>'), page.indexOf('</style>'));
    expect(css).not.toMatch(/url\(|@import|https?:/);
  });

  it('prints on A4 with a page per principle, repeated table headers and a page number', () => {
    const css = page.slice(page.indexOf('<style>'), page.indexOf('</style>'));
    expect(css).toMatch(/@page \{ size: A4;/);
    expect(css).toMatch(/section\.principle\.has-items \{ break-before: page; \}/);
    expect(css).toMatch(/thead \{ display: table-header-group; \}/);
    expect(page.match(/<section class="principle has-items"/g)).toHaveLength(new Set(checklist.items.map((i) => i.principle)).size);
  });

  it('has headings in order and table headers with a scope', () => {
    const levels = tags.filter((t) => /^h\d$/.test(t.name) && !t.closing).map((t) => Number(t.name[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
    const headers = tags.filter((t) => t.name === 'th' && !t.closing);
    expect(headers.length).toBeGreaterThan(10);
    for (const th of headers) expect(['col', 'row']).toContain(th.attributes.get('scope'));
    expect(tags.filter((t) => t.name === 'caption' && !t.closing)).toHaveLength(tags.filter((t) => t.name === 'table' && !t.closing).length);
  });

  it('shows every item in a row with its severity in words, its decision, reviewer and reason', () => {
    const rows = page.split('<tr>').map(textOf);
    for (const item of checklist.items) {
      const row = rows.find((r) => r.includes(` ${item.position + 1} `) && r.includes(item.title.sv));
      expect(row, item.key).toBeDefined();
      const decision = { open: 'Öppen', fixed: 'Åtgärdad', accepted: 'Accepterad', 'not-applicable': 'Ej tillämplig' }[item.decision?.decision ?? 'open'];
      expect(row).toContain(`${item.decision && item.decision.decision !== 'open' ? '☑' : '☐'} ${decision}`);
      if (item.kind === 'finding') expect(row).toContain({ error: 'Fel', warning: 'Varning', info: 'Info' }[item.severity]);
      if (item.decision) expect(row).toContain(`Beslutat av: ${item.decision.reviewer}`);
      if (item.decision?.reason) expect(row).toContain(`Motivering: ${item.decision.reason}`);
      if (item.occurrences.length === 0 && item.kind === 'finding') expect(row).toContain('hela dokumentet');
      for (const o of item.occurrences) expect(row).toContain(`«${o.quote}»`);
    }
  });

  it('shows hostile text as text', () => {
    expect(page).not.toMatch(/<script|<img|<vikariat/i);
    expect(page).toContain(escapeHtml(ALLERGY_REASON));
    expect(textOf(page)).toContain(`Motivering: ${ALLERGY_REASON}`);
    expect(textOf(page)).toContain('Lokalvårdare Stockholm 2025 & <vikariat>');
  });
});

describe('checklistHtml: sign-off', () => {
  it('lists each signature with time and key fingerprint, with no paper block', () => {
    const page = checklistHtml(v2.checklist, 'sv');
    const signatures = textOf(page.slice(page.indexOf('<section class="signatures"')));
    for (const s of SIGNATURES) expect(signatures).toMatch(new RegExp(`${s.reviewer} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC ${s.keyFingerprint}`));
    expect(signatures).not.toContain('Namnförtydligande');
    expect(page.indexOf('<section class="signatures"')).toBeGreaterThan(page.indexOf('<section class="changes"'));
  });

  it('leaves room for a signature on paper when nobody has signed', () => {
    const page = checklistHtml(v1.checklist, 'sv');
    const signatures = textOf(page.slice(page.indexOf('<section class="signatures"')));
    expect(signatures).toContain('Granskningen är inte elektroniskt underskriven. Underskrift Namnförtydligande Datum');
    expect(textOf(page)).toContain('Vem prövade och när:');
  });

  it('shows the hostile sentence of the changed paragraph as text, before and after', () => {
    const page = checklistHtml(v2.checklist, 'sv');
    const changes = textOf(page.slice(page.indexOf('<section class="changes"'), page.indexOf('<section class="signatures"')));
    expect(changes).toContain(`Ändrat rad 11 → rad 11 Den vi söker är frisk och har god fysik.`);
    expect(changes).toContain(`god fysik ${HOSTILE}.`);
    expect(changes).toContain('Tillagt rad 19 – Vi tror att du är ung och energisk.');
  });

  it('speaks English with lang="en"', () => {
    const page = checklistHtml(v2.checklist, 'en');
    expect(page).toContain('<html lang="en">');
    expect(textOf(page)).toContain('Signatures');
    expect(textOf(page)).toContain('☑ Not applicable');
    expect(textOf(page)).not.toContain('Motivering');
  });
});
