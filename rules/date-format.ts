import { defineRule } from '../src/rule.js';
import { docQuotedSpans } from '../src/text/narration.js';
import { insideSpansOf } from '../src/text/quotes.js';
import { apAbbreviated, docDates, formatDate, monthAbbreviation, monthName, weekdayOf, type DateMention, type DateOrder } from '../src/text/dates.js';

interface Options { prefer: 'majority' | DateOrder }

/** The form most used (ties: the form used first). */
function majority<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, n] of counts) if (best === undefined || n > counts.get(best)!) best = x;
  return best;
}

/** What may stand on a date's line besides the dates in a page's date stamp: a time, a zone, a label. */
const STAMP_WORDS = /(?<!\p{L})(?:[ap]\.m\.|[AaPp]M|[A-Z]{2,5}|Updated|Published|Posted|Last updated)(?!\p{L})/gu;

/**
 * The dates that stand alone on their line, with at most other dates ("Monday, January 13, 2025",
 * "Updated: Jan. 13, 2025 10:30 AM", an obituary's "June 14, 1938 – February 21, 2025"): a
 * page's date stamp, not prose, so its style is the page's and not the writer's.
 */
function dateStamps(text: string, dates: readonly DateMention[]): Set<DateMention> {
  // Each date's line (from the line feed before it), found in one walk over the text in the dates'
  // order: looking back from each date made a long line with many dates quadratic.
  const byLine = new Map<number, DateMention[]>();
  let lineStart = 0;
  let lineFeed = text.indexOf('\n');
  for (const [at, d] of dates.map((d) => [d.weekday?.start ?? d.start, d] as const).sort((a, b) => a[0] - b[0])) {
    while (lineFeed !== -1 && lineFeed < at) lineFeed = text.indexOf('\n', (lineStart = lineFeed + 1));
    const onLine = byLine.get(lineStart);
    if (onLine) onLine.push(d);
    else byLine.set(lineStart, [d]);
  }
  const stamps = new Set<DateMention>();
  for (const [lineStart, onLine] of byLine) {
    const next = text.indexOf('\n', lineStart);
    let rest = '';
    let at = lineStart;
    for (const d of onLine.sort((a, b) => a.start - b.start)) {
      rest += text.slice(at, d.weekday?.start ?? d.start);
      at = d.end;
    }
    rest += text.slice(at, next < 0 ? text.length : next);
    if (!/\p{L}/u.test(rest.replace(STAMP_WORDS, ''))) for (const d of onLine) stamps.add(d);
  }
  return stamps;
}

const ORDER_NAME: Record<DateOrder, string> = { 'month-day': 'month before day', 'day-month': 'day before month' };

export default defineRule<Options>({
  meta: {
    id: 'date-format',
    description:
      'Finds dates written in a different convention from the rest of the text (“January 12” and “13 January”; “Jan. 12” and “January 13”) and weekdays that contradict the full date they stand next to.',
    category: 'Locale convention/Date format',
    severity: 'warn',
    fixable: true,
    version: 2,
    messages: {
      order: 'Date “{actual}” puts the {was}, but this text writes dates with the {want} (as in “{example}”); expected “{expected}”.',
      abbreviation: 'Month “{actual}” is {was} here but {want} elsewhere in this text (as in “{example}”); expected “{expected}”.',
      weekday: '“{weekday}” does not match {date}, which is a {actual}.',
    },
    schema: {
      type: 'object',
      properties: {
        prefer: {
          enum: ['majority', 'month-day', 'day-month'],
          description: 'Date order to enforce: "month-day" (January 12), "day-month" (12 January) or "majority" (the form the text uses most; ties go to the form used first).',
          default: 'majority',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { prefer: 'majority' },
    examples: {
      valid: [
        { text: 'Talks began on January 10 and end on January 12, 2022.' },
        { text: 'Talks began on 10 January and end on 12 January 2022.' },
        { text: 'The Jan. 12 meeting was moved to March 3, AP style.', note: 'March–July are not abbreviated in AP style.' },
        { text: 'It opened on Monday, January 10, 2022.' },
        { text: 'Monday, January 13, 2025\n\nThe governor signed the order on Jan. 13.', note: 'A date alone on its line is the page’s date stamp, not prose.' },
      ],
      invalid: [
        {
          text: 'They meet in Brussels on January 12 and in Vienna on 13 January; the draft came out on December 17.',
          errors: ['13 January'],
          output: 'They meet in Brussels on January 12 and in Vienna on January 13; the draft came out on December 17.',
        },
        {
          text: 'They meet on January 12 and on 13 January.',
          options: { prefer: 'day-month' },
          errors: ['January 12'],
          output: 'They meet on 12 January and on 13 January.',
        },
        { text: 'It opened on Jan. 10 and closed on January 12 and January 14.', errors: ['Jan.'], output: 'It opened on January 10 and closed on January 12 and January 14.' },
        { text: 'It opened on Tuesday, January 10, 2022.', errors: ['Tuesday'] },
      ],
    },
  },
  create(context) {
    const all = docDates(context.doc);
    for (const d of all) reportWeekday(d);
    // Date stamps keep the page's style, and quotations their speaker's; the conventions compared
    // are those of the writer's prose.
    const stamps = dateStamps(context.doc.text, all);
    const quoted = insideSpansOf(docQuotedSpans(context.doc));
    const dates = all.filter((d) => !stamps.has(d) && !quoted(d.start));
    if (dates.length === 0) return;
    const prefer = context.options.prefer ?? 'majority';
    const target = prefer === 'majority' ? majority(dates.map((d) => d.order))! : prefer;
    const example = dates.find((d) => d.order === target);
    for (const d of dates) {
      if (d.order === target) continue;
      const expected = formatDate(d, target);
      context.report({
        messageId: 'order',
        data: { actual: context.doc.text.slice(d.start, d.end), was: ORDER_NAME[d.order], want: ORDER_NAME[target], example: example ? context.doc.text.slice(example.start, example.end) : expected, expected },
        range: [d.start, d.end],
        fix: { range: [d.start, d.end], text: expected },
        actual: context.doc.text.slice(d.start, d.end),
        expected: [expected],
      });
    }
    // Abbreviated or spelled-out month names, compared over the months AP style abbreviates.
    const named = dates.filter((d) => apAbbreviated(d.month));
    const style = majority(named.map((d) => d.abbreviated));
    const abbrWithDot = named.find((d) => d.abbreviated)?.monthText.endsWith('.') ?? true;
    const sample = (abbr: boolean) => named.find((d) => d.abbreviated === abbr);
    for (const d of named) {
      if (d.abbreviated === style || style === undefined) continue;
      const expected = style ? `${monthAbbreviation(d.month)}${abbrWithDot ? '.' : ''}` : monthName(d.month);
      const monthStart = context.doc.text.indexOf(d.monthText, d.start);
      const ex = sample(style)!;
      context.report({
        messageId: 'abbreviation',
        data: { actual: d.monthText, was: d.abbreviated ? 'abbreviated' : 'spelled out', want: style ? 'abbreviated' : 'spelled out', example: context.doc.text.slice(ex.start, ex.end), expected },
        range: [monthStart, monthStart + d.monthText.length],
        fix: { range: [monthStart, monthStart + d.monthText.length], text: expected },
      });
    }
    function reportWeekday(d: DateMention) {
      if (!d.weekday || d.year === undefined || d.day > 31) return;
      const actual = weekdayOf(d.year, d.month, d.day);
      if (actual === d.weekday.name) return;
      context.report({
        messageId: 'weekday',
        data: { weekday: d.weekday.name, date: `${monthName(d.month)} ${d.day}, ${d.year}`, actual },
        range: [d.weekday.start, d.weekday.end],
        expected: [actual],
      });
    }
  },
});
