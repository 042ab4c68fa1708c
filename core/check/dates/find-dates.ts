import type { Span } from '../../model/span.js';

/** A calendar date found in text. Month is 1–12; year may be missing ("den 15 mars"). */
export interface FoundDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
  /** Offsets into the text searched (plus the caller's offset). */
  readonly span: Span;
  readonly text: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * The date forms Swedish agencies write: ISO "2025-03-15", "15 mars 2025", "den 15:e mars",
 * "15/3 2025", "15/3-2025", "15.3.2025". Returns them in text order. Numbers that are not
 * plausible dates (month 13, day 32) are ignored.
 */
const DATE = new RegExp(
  [
    String.raw`\b(?<isoY>(?:19|20)\d{2})-(?<isoM>\d{1,2})-(?<isoD>\d{1,2})\b`,
    String.raw`\b(?<wD>\d{1,2})(?::?[ae])?\.?\s+(?<wM>${MONTH_NAMES})\.?(?:\s+(?<wY>(?:19|20)\d{2}))?(?![\p{L}])`,
    String.raw`\b(?<sD>\d{1,2})[/.](?<sM>\d{1,2})(?:(?:[ ./-])(?<sY>(?:19|20)?\d{2}))?\b`,
  ].join('|'),
  'giu',
);

export function findDates(text: string, offset = 0): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const year = g['isoY'] ?? g['wY'] ?? g['sY'];
    const month = g['isoM'] ?? (g['wM'] ? String(MONTHS[g['wM'].toLowerCase()]) : g['sM']);
    const day = g['isoD'] ?? g['wD'] ?? g['sD'];
    const m = Number(month);
    const d = Number(day);
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, year ? fullYear(Number(year)) : 2024))) continue;
    const start = (match.index ?? 0) + offset;
    dates.push({
      ...(year !== undefined ? { year: fullYear(Number(year)) } : {}),
      month: m,
      day: d,
      span: { start, end: start + match[0].length },
      text: match[0],
    });
  }
  return dates;
}

/**
 * Days from `earlier` to `later`. A missing year is taken from the other date, and a later
 * date without a year that would fall before the earlier one is moved to the next year
 * ("publicerad 20 december 2024, sista ansökningsdag 10 januari").
 */
export function daysBetween(earlier: FoundDate, later: FoundDate, fallbackYear: number): number {
  const fromYear = earlier.year ?? later.year ?? fallbackYear;
  let toYear = later.year ?? fromYear;
  const from = Date.UTC(fromYear, earlier.month - 1, earlier.day);
  let to = Date.UTC(toYear, later.month - 1, later.day);
  if (later.year === undefined && to < from) {
    toYear += 1;
    to = Date.UTC(toYear, later.month - 1, later.day);
  }
  return Math.round((to - from) / 86_400_000);
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
