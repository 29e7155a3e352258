/**
 * Gregorian dates written with a month name: "January 12", "12 January 2022",
 * "Jan. 12, 2022", "the 12th of January", with the weekday that may stand next to them.
 * @packageDocumentation
 */
import type { Doc } from '../types.js';
import calendar from '../../rules/data/calendar.json' with { type: 'json' };
import { allMatches } from './regex.js';

/** Order of day and month in a written date. */
export type DateOrder = 'month-day' | 'day-month';

/** A date found in a text. */
export interface DateMention {
  start: number;
  end: number;
  order: DateOrder;
  /** The month as written ("Jan.", "January"). */
  monthText: string;
  /** 1–12. */
  month: number;
  /** Whether the month is abbreviated. */
  abbreviated: boolean;
  day: number;
  /** Ordinal suffix as written ("th"), or "". */
  suffix: string;
  year?: number;
  /** A weekday written right before the date ("Monday, January 10"), with its offsets. */
  weekday?: { name: string; start: number; end: number };
}

const monthIndex = new Map<string, { month: number; abbreviated: boolean }>();
calendar.gregorian.forEach((m, i) => {
  monthIndex.set(m.name, { month: i + 1, abbreviated: false });
  for (const a of m.abbr) monthIndex.set(a, { month: i + 1, abbreviated: true });
});
const MONTH = `(?:${calendar.gregorian.map((m) => [m.name, ...m.abbr.map((a) => `${a}\\.?`)].join('|')).join('|')})`;
const WEEKDAY = `(?:${calendar.weekdays.join('|')})`;
const DAY = '([0-3]?\\d)(st|nd|rd|th)?';
const YEAR = '(1[5-9]\\d\\d|2[01]\\d\\d)';
const MD = new RegExp(`(?:(${WEEKDAY}),?\\s+(?:the\\s+)?)?\\b(${MONTH})\\s+${DAY}(?![\\d:.,]\\d)(?!\\s*(?:%|per|million|billion))\\b(?:,?\\s+${YEAR}\\b)?`, 'g');
/**
 * Day-month dates: the date alone (a digit first, which the regex engine finds fast); the
 * weekday before it is matched backwards by {@link weekdayBefore}. Same matches as one regex
 * with an optional weekday group in front, which made every position of the text a start.
 */
const DM = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'gu');
/**
 * What every date holds, for cheap exits: one of the month words (a `MONTH` alternative contains
 * one), and for a day-month date, {@link DM} up to its month without the `u` flag (which made the
 * full scan several times slower; a text rarely has such a date).
 */
const MONTH_WORDS = calendar.gregorian.flatMap((m) => [m.name, ...m.abbr]);
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}`);
const WEEKDAY_BEFORE = new RegExp(`(${WEEKDAY}),?\\s+(?:the\\s+)?$`);
const SPACE = /\s/;
/** Longest weekday name. */
const WEEKDAY_MAX = Math.max(...calendar.weekdays.map((w) => w.length));

/**
 * The weekday written right before offset `at` (“Monday, ”, “Monday the ”), starting at or after
 * `floor`: its offset and name, or undefined.
 */
function weekdayBefore(text: string, at: number, floor: number): { start: number; name: string } | undefined {
  let p = at;
  while (p > floor && SPACE.test(text[p - 1]!)) p--;
  if (p - 3 >= floor && text.startsWith('the', p - 3)) {
    p -= 3;
    while (p > floor && SPACE.test(text[p - 1]!)) p--;
  }
  if (p > floor && text[p - 1] === ',') p--;
  const from = Math.max(floor, p - WEEKDAY_MAX);
  const m = WEEKDAY_BEFORE.exec(text.slice(from, at));
  return m ? { start: from + m.index, name: m[1]! } : undefined;
}

/** Days in a month (Gregorian; February of an unknown year has 29). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The English weekday of a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): string {
  return calendar.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** Full English name of a month (1–12). */
export function monthName(month: number): string {
  return calendar.gregorian[month - 1]!.name;
}

function mention(m: RegExpMatchArray, order: DateOrder): DateMention | undefined {
  const [whole, wd] = m;
  const [monthText, dayText, suffix, year] = order === 'month-day' ? [m[2]!, m[3]!, m[4], m[5]] : [m[4]!, m[2]!, m[3], m[5]];
  const info = monthIndex.get(monthText.replace(/\.$/, ''));
  const day = Number(dayText);
  if (!info || day < 1) return undefined;
  const start = m.index!;
  const out: DateMention = {
    start,
    end: start + whole.length,
    order,
    monthText,
    month: info.month,
    abbreviated: info.abbreviated,
    day,
    suffix: suffix ?? '',
    ...(year ? { year: Number(year) } : {}),
  };
  if (wd) out.weekday = { name: wd, start, end: start + wd.length };
  if (wd) out.start = start + whole.indexOf(order === 'month-day' ? monthText : dayText, wd.length);
  return out;
}

/** Every month-name date of `text`, in order. "May" counts only with a day. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (!MONTH_WORDS.some((w) => text.includes(w))) return out;
  for (const m of allMatches(MD, text)) {
    const d = mention(m, 'month-day');
    if (d) out.push(d);
  }
  let end = 0;
  if (DAY_MONTH.test(text)) for (const m of allMatches(DM, text)) {
    const wd = weekdayBefore(text, m.index!, end);
    end = m.index! + m[0].length;
    // The shape of a match of weekday + date: [whole, weekday, day, suffix, month, year].
    const whole = wd ? text.slice(wd.start, end) : m[0];
    const full = Object.assign([whole, wd?.name, ...m.slice(1)], { index: wd ? wd.start : m.index! }) as RegExpMatchArray;
    const d = mention(full, 'day-month');
    if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Write a date in the given order, keeping its month spelling, suffix and year. */
export function formatDate(d: DateMention, order: DateOrder): string {
  const day = `${d.day}${d.suffix}`;
  if (order === 'month-day') return `${d.monthText} ${day}${d.year ? `, ${d.year}` : ''}`;
  return `${day} ${d.monthText}${d.year ? ` ${d.year}` : ''}`;
}

/** Whether a month is abbreviated before a day in AP style (Jan., Feb., Aug., Sept., Oct., Nov., Dec.). */
export function apAbbreviated(month: number): boolean {
  return calendar.gregorian[month - 1]!.ap;
}

/** The usual abbreviation of a month (1–12), or undefined for May. */
export function monthAbbreviation(month: number): string | undefined {
  const m = calendar.gregorian[month - 1]!;
  return m.abbr[m.abbr.length - 1];
}

/** {@link findDates} of a document's text, computed once per document (callers must not change the result). */
export function docDates(doc: Doc): DateMention[] {
  return doc.memo('text:dates', () => findDates(doc.text));
}
