/**
 * The headline of a news text (its first line, when it is shaped like one) and the
 * claims a headline makes: quoted words, "Speaker: first-person quote" and
 * "X says Y".
 * @packageDocumentation
 */
import type { Doc } from '../types.js';
import { allMatches } from './regex.js';

/** A headline line: its text and [start, end) offsets. */
export interface Headline {
  text: string;
  start: number;
  end: number;
}

/** A claim inside a headline: the words an editor expects the body to say. */
export interface HeadlineClaim {
  kind: 'quote' | 'speaker' | 'says';
  text: string;
  start: number;
  end: number;
}

/**
 * The first line of `doc` when it looks like a headline: at most `maxWords` words, no final
 * period (before or inside closing quotes), and followed by a body (more text after it).
 * Undefined otherwise.
 */
export function findHeadline(doc: Doc, maxWords = 25): Headline | undefined {
  const lines = doc.lines();
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first !== 0 && first !== -1 && lines.slice(0, first).some((l) => l.text.trim())) return undefined;
  const line = lines[first];
  if (!line) return undefined;
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  // A final period, also inside closing quotes or brackets (`… his mind."`), ends a sentence.
  if (/[.;,]["'”’)\]]*$/u.test(text) || text.split(/\s+/).length > maxWords) return undefined;
  const rest = doc.text.slice(line.start + line.text.length);
  if (rest.trim().length < 80) return undefined;
  return { text, start: line.start + lead, end: line.start + lead + text.length };
}

/** Opening and closing quotation marks. */
const QUOTES = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"]] as const;
/**
 * A quotation in a headline, for each pair of {@link QUOTES} (compiled once). Inside single
 * quotes, an apostrophe between letters ("won't", "Britain's") does not close the quotation.
 */
const QUOTED = QUOTES.map(([open, close]) => {
  const inner = open === '"' || open === '“' ? `[^${open}${close}]` : `(?:[^${open}${close}]|(?<=\\p{L})[${open}${close}](?=\\p{L}))`;
  return new RegExp(`(^|[\\s(\\[:])${open}(${inner}+?)${close}(?=$|[\\s,.;:!?)\\]])`, 'gu');
});
const FIRST_PERSON = /\b(?:I|we|We|us|our|Our|my|My|me)\b/;
const SAYS = /\s(?:says|said|warns|vows|insists|claims|admits|pledges|promises|declares|stresses)\s+(?:that\s+)?/;

/** A headline's trailing clause of context: "as cases climb in Apia", "amid protests", "after talks". */
const CONTEXT_CLAUSE = /\s+(?:as|after|amid|while|despite|following|ahead of)\s.*$/u;

/** Cut a trailing source label such as " - China News Network" or " | Reuters". */
function withoutSourceLabel(text: string): string {
  const cut = text.search(/\s[-–—|]\s[^-–—|]*$/);
  return cut > 0 ? text.slice(0, cut) : text;
}

/** The claims a headline makes (none for a plain descriptive headline). */
export function headlineClaims(h: Headline): HeadlineClaim[] {
  const out: HeadlineClaim[] = [];
  const text = withoutSourceLabel(h.text);
  for (const quote of QUOTED) {
    for (const m of allMatches(quote, text)) {
      // A comma before the closing mark belongs to the sentence around the quotation ("'…,' says X").
      const inner = m[2]!.replace(/[\s,;:]+$/u, '');
      const start = h.start + m.index! + m[1]!.length + 1;
      out.push({ kind: 'quote', text: inner, start, end: start + inner.length });
    }
  }
  const colon = /^([^:]{2,40}):\s+(.+)$/.exec(text);
  if (colon && colon[1]!.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(colon[1]!) && FIRST_PERSON.test(colon[2]!)) {
    const inner = colon[2]!.replace(/^["“‘']|["”’']$/g, '');
    const start = h.start + text.indexOf(inner, colon[1]!.length);
    out.push({ kind: 'speaker', text: inner, start, end: start + inner.length });
  }
  const says = SAYS.exec(text);
  // "'We won't back down,' says PM": the claim is the quotation before "says", not the speaker after.
  const inverted = says && /["'”’][\s,]*$/u.test(text.slice(0, says.index));
  if (says && says.index > 0 && !out.length && !inverted) {
    const start = h.start + says.index + says[0].length;
    // What is said, without a clause of context after it ("… as cases climb", "… amid protests").
    const inner = text.slice(says.index + says[0].length).replace(CONTEXT_CLAUSE, '');
    out.push({ kind: 'says', text: inner, start, end: start + inner.length });
  }
  // A quote inside a speaker/says claim is checked as part of it; a question ("Why Can't We Build
  // Houses Anymore?", quoted or not) claims nothing.
  return out.filter(
    (c) => !/\?["'”’]?$/u.test(c.text) && !out.some((o) => o !== c && o.kind !== 'quote' && c.kind === 'quote' && o.start <= c.start && c.end <= o.end),
  );
}
