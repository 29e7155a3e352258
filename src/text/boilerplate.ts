/**
 * Line classification for CMS boilerplate, shared by `boilerplate-tail` and
 * `boilerplate-line`. The lexicon is data (`rules/data/boilerplate.json`); the tail is
 * decided from the document's end inward, as jusText does: the edge is a bad neighbour,
 * boilerplate lines are bad, and short lines without sentence shape between bad
 * neighbours go with them.
 * @packageDocumentation
 */
import data from '../../rules/data/boilerplate.json' with { type: 'json' };
import type { Doc } from '../types.js';
import { blankMarkup } from './markup.js';
import { escapeRegExp } from './regex.js';

/** How a line was classified. `boilerplate` is strong evidence; `short` only goes along with it. */
export type LineClass = 'blank' | 'boilerplate' | 'signoff' | 'short' | 'content';

/** A classified line of a document. */
export interface ClassifiedLine {
  cls: LineClass;
  /** For boilerplate: which lexicon kind matched (`end-marker`, `cms-action`, `widget`, `metadata`, `punctuation` …). */
  kind?: string;
  text: string;
  /** Offsets of the line, line break excluded. */
  start: number;
  end: number;
}

const lexicon = data.lines.map((l: { kind: string; pattern: string; requires?: string; starts?: string }) => ({
  kind: l.kind,
  re: new RegExp(`^(?:${l.pattern})$`, 'iu'),
  /** A cheap unanchored test every match passes (the entry's `requires`). */
  requires: l.requires ? new RegExp(l.requires, 'iu') : undefined,
  /** A cheap test of the start every match has (the entry's `starts`). */
  starts: l.starts ? new RegExp(`^(?:${l.starts})`, 'iu') : undefined,
}));
/**
 * Whether a line may match some lexicon entry: it has the start of an entry with `starts`, or
 * what an entry with `requires` needs (an entry with neither is always tried). One small regex
 * rules out ordinary prose, so the large patterns rarely run, and are compiled (lazily, by the
 * regex engine: ~20 ms) only in a text that has such a line.
 */
const ANY_START = new RegExp(`^(?:${lexicon.flatMap((l) => (l.starts ? [l.starts.source.slice(1)] : [])).join('|')})`, 'iu');
const ungated = lexicon.some((l) => !l.starts && !l.requires);
const withRequires = lexicon.filter((l) => !l.starts && l.requires);
const SIGNOFF = new RegExp(`^(?:${data.signoffs.map((p) => `(?:${p})`).join('|')})$`, 'iu');
/** The start every sign-off has (`signoffStarts`). */
const SIGNOFF_START = new RegExp(`^(?:${data.signoffStarts})`, 'iu');
const widgetCore = new Set(data.widgetCore);
const widgetNetworks = new Set(data.widgetNetworks);
const widgetWords = new Set([...data.widgetCore, ...data.widgetNetworks, ...data.widgetFiller]);
const metadataKeys = data.metadataKeys.map((k) => k.replace(/ /g, '\\s+')).join('|');
const METADATA_ITEM = new RegExp(`[\\[【]\\s*(?:${metadataKeys})\\s*(?:[:：]|by\\b)[^\\]】\\n]{0,60}[\\]】]`, 'giu');
const WIDGET_ITEM = new RegExp(`(?:${metadataKeys})\\s*[:：]?\\s*[\\[【][^\\]】\\n]{0,40}[\\]】]`, 'giu');
const STAMP = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/g;
/**
 * Section breaks and rules (* * *, #, ###, ___, ---, ———, = = =: one separator mark, repeated),
 * elision marks (…) and a review's star rating (★★★★☆) are typography, not residue.
 */
const DINKUS = /^(?:([*⁂•·~#_=—–-])(?:\s*\1)*|(?:\.\s*){3,}|…|[★☆✩✪⭐]+\s*½?)$/u;
/** Characters cut from the start, and from the end, of a line before the lexicon sees it (all in the BMP). */
const LEAD_EDGE = /[\s•·»>|*–—-]/;
const TRAIL_EDGE = /[\s.:!|»>…]/;
/** Whether collapsing white space runs to one space changes a string. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/**
 * `text` without leading bullets/dashes and trailing punctuation, white space runs made one space:
 * what the lexicon matches. `text` holds a letter or digit, so the two cut runs never meet.
 * (One loop per edge: a regex with `[…]+$` tried a match at every character of the line.)
 */
function normalise(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && LEAD_EDGE.test(text[a]!)) a++;
  while (b > a && TRAIL_EDGE.test(text[b - 1]!)) b--;
  const cut = a === 0 && b === text.length ? text : text.slice(a, b);
  return UNEVEN_SPACE.test(cut) ? cut.replace(/\s+/g, ' ') : cut;
}

/** One word of a widget line (the complement of the separators below). */
const WIDGET_WORDS = /[^\s|/,·•:()[\]【】]+/gu;

function isWidget(norm: string): boolean {
  // Word by word, lower-cased one at a time, stopping at the first word that is not a widget word
  // (most lines: "The", "On" … pass the first word only). Lower-casing a word alone gives the
  // word that lower-casing the line gives: only a Greek final sigma depends on what follows, and
  // widget words are ASCII.
  const words: string[] = [];
  WIDGET_WORDS.lastIndex = 0;
  for (let m = WIDGET_WORDS.exec(norm); m; m = WIDGET_WORDS.exec(norm)) {
    const word = m[0].toLowerCase();
    if (words.length === 15 || !widgetWords.has(word)) return false;
    words.push(word);
  }
  if (!words.length) return false;
  // "Share on Facebook" or "Facebook Twitter WhatsApp"; "Facebook and Twitter" alone may be a subheading.
  return words.some((w) => widgetCore.has(w)) || words.filter((w) => widgetNetworks.has(w)).length >= 3;
}

/** A CMS metadata line: only timestamps, `[Source: …]`/`[Editor: …]` items and font-size pickers. */
function isMetadata(text: string): boolean {
  if (!text.includes('[') && !text.includes('【')) return false; // both kinds of item are bracketed
  let found = 0;
  const rest = text
    .replace(METADATA_ITEM, () => (found++, ' '))
    .replace(WIDGET_ITEM, (m) => (isWidget(m) ? (found++, ' ') : m))
    .replace(STAMP, ' ');
  return found > 0 && !/[\p{L}\p{N}]/u.test(rest);
}

/** Whether a line reads like a sentence or a paragraph (not a label, button or stub). */
export function hasSentenceShape(text: string): boolean {
  const t = text.trim();
  return t.length > 70 || /[.!?…]["'”’)\]]*$/u.test(t) || t.split(/\s+/).length > 8;
}

/** Classify one line (its text without the line break). */
export function classifyLine(text: string): { cls: LineClass; kind?: string } {
  const raw = text.trim();
  if (!raw) return { cls: 'blank' };
  // Boilerplate lines are short; a long line is prose (and is not worth the lexicon's time).
  if (raw.length > 300) return { cls: 'content' };
  const plain = blankMarkup(raw).trim();
  if (!/[\p{L}\p{N}]/u.test(plain)) return DINKUS.test(plain) || !plain ? { cls: 'short' } : { cls: 'boilerplate', kind: 'punctuation' };
  const norm = normalise(plain);
  if (ungated || ANY_START.test(norm) || withRequires.some((l) => l.requires!.test(norm))) {
    for (const { kind, re, requires, starts } of lexicon) {
      if ((!starts || starts.test(norm)) && (!requires || requires.test(norm)) && re.test(norm)) return { cls: 'boilerplate', kind };
    }
  }
  if (SIGNOFF_START.test(plain) && SIGNOFF.test(plain)) return { cls: 'signoff' };
  if (isWidget(norm)) return { cls: 'boilerplate', kind: 'widget' };
  if (isMetadata(plain)) return { cls: 'boilerplate', kind: 'metadata' };
  return hasSentenceShape(plain) ? { cls: 'content' } : { cls: 'short' };
}

/**
 * Line `i` of `doc`, classified on first request and kept on the document: the tail walk
 * classifies only the lines it passes, `boilerplate-line` all of them.
 */
function classifiedLine(doc: Doc, i: number): ClassifiedLine {
  const done = doc.memo('boilerplate:classified', () => new Array<ClassifiedLine | undefined>(doc.lines().length));
  let line = done[i];
  if (!line) {
    const l = doc.lines()[i]!;
    // classifyLine returns a fresh object: complete it in place (an object spread per line was most of the cost).
    line = classifyLine(l.text) as ClassifiedLine;
    line.text = l.text;
    line.start = l.start;
    line.end = l.start + l.text.length;
    done[i] = line;
  }
  return line;
}

/** Every line of `doc`, classified (computed once per document). */
export function classifiedLines(doc: Doc): ClassifiedLine[] {
  return doc.memo('boilerplate:lines', () => doc.lines().map((_, i) => classifiedLine(doc, i)));
}

/** The boilerplate block at the end of a document. */
export interface TailBlock {
  /** The claimed lines, top to bottom (blank lines excluded). */
  lines: ClassifiedLine[];
  /** From the line after the last content line to the end of the text (trailing whitespace included). */
  range: [number, number];
}

/**
 * The boilerplate tail of `doc`, or `undefined`: walking up from the end, boilerplate lines
 * and short lines without sentence shape are taken while the block below them is bad;
 * a content line or an article sign-off stops the walk. The block must contain at least
 * one boilerplate line, and short lines above its topmost boilerplate line stay in the
 * article (their upper neighbour is content). Computed once per document.
 */
export function tailBlock(doc: Doc): TailBlock | undefined {
  return doc.memo('boilerplate:tail', () => {
    const taken: number[] = [];
    for (let i = doc.lines().length - 1; i >= 0; i--) {
      const l = classifiedLine(doc, i);
      if (l.cls === 'blank') continue;
      if (l.cls !== 'boilerplate' && l.cls !== 'short') break;
      taken.push(i); // bottom to top, turned over below (an unshift per line made a list of 200,000 short lines take seconds)
    }
    taken.reverse();
    const top = taken.findIndex((i) => classifiedLine(doc, i).cls === 'boilerplate');
    if (top < 0) return undefined;
    const block = taken.slice(top).map((i) => classifiedLine(doc, i));
    // Start right after the line break that ends the last line kept in the article (the last
    // non-blank line above the block; the walk has classified every line down from it).
    let k = taken[top]! - 1;
    while (k >= 0 && classifiedLine(doc, k).cls === 'blank') k--;
    const kept = k >= 0 ? classifiedLine(doc, k) : undefined;
    const start = kept ? doc.text.indexOf('\n', kept.end) + 1 : 0;
    return { lines: block, range: [start, doc.text.length] as [number, number] };
  });
}

const agencies = [...data.agencies].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** A dateline slug at a line's start: "BEIJING, Feb. 11 (Xinhua) --" or "ASTANA.KAZINFORM -". */
/** What every {@link SLUG} holds: an agency name after `(` or `.` (one cheap scan rules most lines out). */
const AGENCY = new RegExp(`[(.](?:${agencies})`, 'u');
const SLUG = new RegExp(
  `^(?:(?:[\\p{Lu}][\\p{L}.' -]{1,40}, )?(?:[\\p{L}]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? )?\\((?:${agencies})\\)|[\\p{Lu}][\\p{Lu} ]{2,30}\\.(?:${agencies}))\\s*(?:--|[—–-])`,
  'u',
);

/**
 * Agency dateline slugs repeated inside the body: the first slug near the top of the
 * text is the story's dateline; any later one (a pasted second story, a repeated
 * header) is residue. Returns the slug ranges. Computed once per document.
 */
export function repeatedSlugs(doc: Doc): Array<[number, number]> {
  return doc.memo('boilerplate:slugs', () => {
    const out: Array<[number, number]> = [];
    let contentLines = 0;
    let seen = false;
    for (const l of classifiedLines(doc)) {
      if (l.cls === 'blank') continue;
      contentLines++;
      const m = AGENCY.test(l.text) ? SLUG.exec(l.text) : null;
      if (!m) continue;
      if (!seen && contentLines <= 5) seen = true;
      else out.push([l.start, l.start + m[0].length]);
    }
    return out;
  });
}
