/**
 * Spacing mistakes in prose: doubled spaces, a space before , . ; : ! ?, a full stop repeated
 * after a space ("pollen. ."), a missing space after sentence punctuation, a comma or a colon, a
 * space just inside quotation marks or brackets ("[ source: Xinhua ]"), and a space inside the
 * unit symbol of a temperature ("44 ° C").
 * Each finding carries the replacement for its range. Numbers (3.5, 10:30, 1,000),
 * URLs, e-mail addresses, abbreviations (U.S., J.R.R.), ellipses, emoticons and
 * French-style spacing inside guillemets are left alone.
 * @packageDocumentation
 */
import { allMatches } from './regex.js';

/** What kind of spacing mistake a {@link SpacingHit} is. */
export type SpacingKind = 'double' | 'before' | 'repeated' | 'after' | 'inside-quote' | 'inside-bracket' | 'unit';

/** One spacing mistake. */
export interface SpacingHit {
  kind: SpacingKind;
  range: [number, number];
  replacement: string;
  /** The punctuation mark concerned, if any. */
  mark?: string;
}

const DOUBLE = /(?<=\S) {2,}(?=\S)/g;
const WIDE = / {3,}\S/g;
const BEFORE = /(?<=[\p{L}\p{N}”’"')\]]) +(?:([,!?]|;(?![-)(DPp]))|(:)(?![-)(DPp3\d])|(\.)(?![.\p{L}\p{N}]| \.))/gu;
/** A full stop, a space, and a second full stop that no third follows (". . ." is an ellipsis). */
const REPEATED = /(?<=[\p{L}\p{N}]\.) \.(?![.\p{L}\p{N}]| \.)/gu;
/** A mark glued to the next word: a capitalised one after . ! ? : (a new sentence or clause), any after , ; */
const AFTER = /(?<=\p{Ll}\p{Ll}[”’"')]?)([.!?,;:])(?=\p{Lu}\p{Ll}|(?<=[,;])\p{Ll}{2})/gu;
/** What BEFORE, REPEATED and AFTER need at least: a space right before a mark; a mark right before a letter. */
const SPACE_MARK = / [,;!?:.]/;
const MARK_LETTER = /[.!?,;:]\p{L}/u;
/**
 * A bracketed aside on one line with nothing bracketed inside: its opening bracket starts a word
 * (at a line start, after a space or quote: not a call such as `append( x )`), its closing one
 * ends it (before a space, a mark or the line end).
 */
const BRACKETED = /(?<=^|[\s"“‘])(?:\(([^()[\]]*)\)|\[([^()[\]]*)\])(?=$|[\s.,;:!?"”’])/g;
/** A space between the degree sign and its scale after a number ("44 ° C"): one unit symbol, °C. */
const DEGREE = /(?<=\d ?)° +(?=[CFK](?![\p{L}\p{N}]))/gu;
const CURLY_OPEN = /“ +(?=\S)/g;
const CURLY_CLOSE = /(?<=\S) +”/g;
/** The whitespace-free token around an offset. */
function tokenAt(text: string, i: number): string {
  let s = i;
  let e = i;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return text.slice(s, e);
}
const URLISH = /@|:\/\/|^www\.|\.(?:com|org|net|gov|edu|co|uk|io|cn|ru|de|fr|info|html?|php|pdf|jpg|png)\b|\\|\//i;

/** The lines of `text` with their start offsets. */
function linesOf(text: string): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ line, start });
    start += line.length + 1;
  }
  return out;
}

/** Straight double quotes of a paragraph, paired in order when they are even in number. */
function straightQuoteHits(para: string, offset: number, out: SpacingHit[]): void {
  const at = allMatches(/"/g, para).map((m) => m.index);
  if (at.length < 2 || at.length % 2) return;
  for (let k = 0; k < at.length; k += 2) {
    const open = at[k]!;
    const close = at[k + 1]!;
    const inner = para.slice(open + 1, close);
    if (!inner.trim() || inner.includes('\n')) continue;
    const lead = /^ +/.exec(inner);
    // An opening quote must still look like one: at a line start or after a space or bracket.
    if (lead && (open === 0 || /[\s([]/.test(para[open - 1]!))) out.push({ kind: 'inside-quote', range: [offset + open + 1, offset + open + 1 + lead[0].length], replacement: '', mark: '"' });
    const trail = / +$/.exec(inner);
    if (trail && (close + 1 === para.length || /[\s.,;:!?)\]]/.test(para[close + 1]!))) {
      out.push({ kind: 'inside-quote', range: [offset + open + 1 + trail.index, offset + close], replacement: '', mark: '"' });
    }
  }
}

/**
 * Spaces just inside the brackets of a line's bracketed asides ("[ source: Xinhua ]"), unless the
 * aside starts or ends with a comma (an optional argument in a signature, "[, options ]") or ends
 * with an emoticon's colon or semicolon (": )").
 */
function bracketHits(line: string, offset: number, out: SpacingHit[]): void {
  for (const m of allMatches(BRACKETED, line)) {
    const inner = m[1] ?? m[2]!;
    const body = inner.trim();
    if (!body || body.startsWith(',') || body.endsWith(',')) continue;
    const open = offset + m.index;
    const close = open + m[0].length - 1;
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    if (lead) out.push({ kind: 'inside-bracket', range: [open + 1, open + 1 + lead], replacement: '', mark: m[0][0] });
    if (trail && !/[:;]$/.test(body)) out.push({ kind: 'inside-bracket', range: [close - trail, close], replacement: '', mark: m[0][m[0].length - 1] });
  }
}

/**
 * Find spacing mistakes in `text`, in order of position, without overlaps.
 * `straightQuotes` (default false) also checks spaces inside "straight" quotes, paired in order per line.
 */
export function findSpacing(text: string, options: { straightQuotes?: boolean } = {}): SpacingHit[] {
  const hits: SpacingHit[] = [];
  // What the whole text holds decides which patterns a line is tested for (most texts hold few).
  const double = text.includes('  ');
  const spaceMark = SPACE_MARK.test(text);
  const markLetter = MARK_LETTER.test(text);
  const curlyOpen = text.includes('“');
  const curlyClose = text.includes('”');
  const degree = text.includes('° ');
  const bracketSpace = text.includes('( ') || text.includes('[ ') || text.includes(' )') || text.includes(' ]');
  if (!double && !spaceMark && !markLetter && !curlyOpen && !curlyClose && !degree && !bracketSpace && !options.straightQuotes) return hits;
  for (const { line, start } of linesOf(text)) {
    if (!line.trim()) continue;
    // Cheap exits: each pattern needs these characters (a doubled space, a space before a mark, a mark before a letter, a curly quote).
    // A tabular line (two runs of 3+ spaces) keeps its doubled spaces; a French one (guillemets) its space before ; : ! ?
    if (double && line.includes('  ') && (line.match(WIDE) ?? []).length < 2) for (const m of allMatches(DOUBLE, line)) hits.push({ kind: 'double', range: [start + m.index, start + m.index + m[0].length], replacement: ' ' });
    if (spaceMark && SPACE_MARK.test(line)) for (const m of allMatches(BEFORE, line)) {
      const mark = m[1] ?? m[2] ?? m[3]!;
      if (/[;:!?]/.test(mark) && /[«»]/.test(line)) continue;
      const s = start + m.index;
      // The range takes the mark along: the space and the mark are one mistake.
      hits.push({ kind: 'before', range: [s, s + m[0].length], replacement: mark, mark });
    }
    if (spaceMark && line.includes('. .')) for (const m of allMatches(REPEATED, line)) hits.push({ kind: 'repeated', range: [start + m.index, start + m.index + 2], replacement: '', mark: '.' });
    if (markLetter && MARK_LETTER.test(line)) for (const m of allMatches(AFTER, line)) {
      const i = start + m.index;
      if (URLISH.test(tokenAt(text, i))) continue;
      // A colon after a word of two letters or less is a name's ("AWS re:Invent"), not a label's ("Source:Xinhua").
      if (m[1] === ':' && !/\p{L}/u.test(line[m.index - 3] ?? '')) continue;
      hits.push({ kind: 'after', range: [i, i + 1], replacement: m[1] + ' ', mark: m[1] });
    }
    if (curlyOpen && line.includes('“')) for (const m of allMatches(CURLY_OPEN, line)) hits.push({ kind: 'inside-quote', range: [start + m.index + 1, start + m.index + m[0].length], replacement: '', mark: '“' });
    if (curlyClose && line.includes('”')) for (const m of allMatches(CURLY_CLOSE, line)) hits.push({ kind: 'inside-quote', range: [start + m.index, start + m.index + m[0].length - 1], replacement: '', mark: '”' });
    if (bracketSpace && /[([] | [)\]]/.test(line)) bracketHits(line, start, hits);
    if (degree && line.includes('° ')) for (const m of allMatches(DEGREE, line)) {
      const s = start + m.index;
      hits.push({ kind: 'unit', range: [s, s + m[0].length + 1], replacement: `°${line[m.index + m[0].length]}`, mark: `° ${line[m.index + m[0].length]}` });
    }
    if (options.straightQuotes) straightQuoteHits(line, start, hits);
  }
  hits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: SpacingHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.range[0] < last.range[1]) continue;
    out.push(h);
  }
  return out;
}
