/**
 * Markup residue in prose: HTML tags and broken tag fragments ("/ p"), character
 * entities, wiki markers, templates, runs of no-break spaces and glued photo credits.
 * Used by `markup-residue` and, to see through markup, by the boilerplate classifier.
 * @packageDocumentation
 */
import data from '../../rules/data/markup.json' with { type: 'json' };
import { allMatches, escapeRegExp } from './regex.js';

/** What kind of residue a {@link MarkupHit} is. */
export type MarkupKind = 'tag' | 'tag-fragment' | 'entity' | 'wiki-marker' | 'template' | 'nbsp' | 'credit';

/** One piece of markup residue: its range in the text and the text that should replace it. */
export interface MarkupHit {
  kind: MarkupKind;
  /** [start, end) offsets of the residue itself. */
  range: [number, number];
  /** [start, end) offsets to replace, including the whitespace the removal would leave doubled. */
  fixRange: [number, number];
  /** Replacement text (usually empty; a decoded entity; one space for a no-break run). */
  replacement: string;
}

const tags = new Set(data.htmlTags);
const fragmentTags = new Set(data.fragmentTags);
const entities = data.entities as Record<string, string>;

/** A tag: name, then only name=value attributes, so "a<b and c>d" is not one. */
const TAG = /(?:<|&lt;)\s*\/?\s*([a-zA-Z][a-zA-Z0-9]*)(?:\s+[a-zA-Z-]+\s*=\s*(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[^\s<>"'&]{1,100})){0,10}\s*\/?\s*(?:>|&gt;)/g;
const FRAGMENT = /(^|[ \t\u00a0])\/[ \t]?([a-z][a-z0-9]{0,9})(?=$|[ \t\u00a0\r]|[.,;:!?)])/gm;
const ENTITY = /&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z][a-zA-Z0-9]{1,9})(;|(?=[\s.,;:!?]|$))/g;
const WIKI = new RegExp(`\\[(?:${data.wikiMarkers.map(escapeRegExp).join('|')})\\]`, 'giu');
const TEMPLATE = /\{\{[^{}\n]{1,200}\}\}/g;
const NBSP_RUN = /[ \t]*\u00a0[ \t\u00a0]*/g;
const CREDIT_WORDS = data.creditWords.map(escapeRegExp).join('|');
/** A credit glued to the text before it: "said.Photo: Xinhua". */
const CREDIT_AFTER = new RegExp(`(?<=[\\p{Ll}.!?”"’')\\]])(?:${CREDIT_WORDS})\\s?[:：/]\\s?\\p{Lu}[\\p{L}.&'-]*(?: \\p{Lu}[\\p{L}.&'-]*){0,3}`, 'gu');
/** A bracketed credit glued to the sentence before it: "ended.(Photo: Xinhua)". */
const CREDIT_BRACKETED = new RegExp(`(?<=[\\p{L}.!?”"’'\\]])\\((?:${CREDIT_WORDS})\\s?[:：/][^()\\n]{1,60}\\)`, 'gu');
/** A credit running into the next sentence: "Photo: XinhuaThe minister …". */
const STARTERS = data.sentenceStarters.join('|');
const CREDIT_BEFORE = new RegExp(`(?<=^|[\\s(])(?:${CREDIT_WORDS})\\s?[:：/]\\s?(?:\\p{Lu}[\\p{L}.&'-]* ){0,3}\\p{Lu}[\\p{L}.]*?(?=(?:${STARTERS})\\b)`, 'gmu');

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const isBreak = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';

/**
 * Where to cut so that removing [s, e) leaves neither a doubled space nor two words glued:
 * takes the whitespace on one side along, or asks for one space between two words.
 */
export function removal(text: string, s: number, e: number): { fixRange: [number, number]; replacement: string } {
  let a = s;
  let b = e;
  const before = text[s - 1];
  const after = text[e];
  if (isSpace(after) && (isSpace(before) || isBreak(before))) {
    while (isSpace(text[b])) b++;
  } else if (isSpace(before) && (isBreak(after) || /[.,;:!?)\]”’]/.test(after ?? ''))) {
    while (isSpace(text[a - 1])) a--;
  } else if (!isSpace(before) && !isBreak(before) && !isSpace(after) && !isBreak(after) && !/[.,;:!?)\]}”’'"]/.test(after!) && !/[([{“‘'"]/.test(before!)) {
    return { fixRange: [s, e], replacement: ' ' };
  }
  return { fixRange: [a, b], replacement: '' };
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return entities[name];
}

/** Every pattern above needs one of these characters (`<`/`&lt;`, `/`, `&`, `[`, `{{`, no-break space, a credit's `:`/`：`/`/`). */
const MARKUP_CHAR = /[<&/[{\u00a0:：]/;
/** What every credit pattern contains: a credit word and its separator. */
const CREDIT_CORE = new RegExp(`(?:${CREDIT_WORDS})\\s?[:：/]`, 'u');

/** Find markup residue in `text`, in order of position, without overlaps. */
export function findMarkup(text: string): MarkupHit[] {
  if (!MARKUP_CHAR.test(text)) return [];
  const hits: MarkupHit[] = [];
  const add = (kind: MarkupKind, s: number, e: number, replacement?: string) => {
    const cut = replacement === undefined ? removal(text, s, e) : { fixRange: [s, e] as [number, number], replacement };
    hits.push({ kind, range: [s, e], fixRange: cut.fixRange, replacement: cut.replacement });
  };
  // Each pattern runs only when the text holds what it needs (one scan per pattern is most of the cost).
  if (text.includes('<') || text.includes('&lt;')) for (const m of allMatches(TAG, text)) if (tags.has(m[1]!.toLowerCase())) add('tag', m.index, m.index + m[0].length);
  if (text.includes('/')) for (const m of allMatches(FRAGMENT, text)) {
    const name = m[2]!;
    if (!fragmentTags.has(name)) continue;
    const s = m.index + m[1]!.length;
    const e = s + m[0].length - m[1]!.length;
    const lineStart = s === 0 || isBreak(text[s - 1]);
    let k = e;
    while (isSpace(text[k])) k++;
    const lineEnd = isBreak(text[k]);
    // A single letter ("/ p") is a tag only at a line's edge; longer names not used as words ("/ div") anywhere.
    if (name.length === 1 && !lineStart && !lineEnd) continue;
    add('tag-fragment', s, e);
  }
  if (text.includes('&')) for (const m of allMatches(ENTITY, text)) {
    const name = m[1]!;
    // Without its semicolon only "&nbsp" is certain enough to count.
    const decoded = m[2] === ';' ? decodeEntity(name) : name === 'nbsp' ? '\u00a0' : undefined;
    if (decoded === undefined) continue;
    const s = m.index;
    const e = s + m[0].length;
    if (decoded === '\u00a0' || decoded === ' ') add('entity', s, e, isSpace(text[s - 1]) || isSpace(text[e]) ? '' : ' ');
    else add('entity', s, e, decoded);
  }
  if (text.includes('[')) for (const m of allMatches(WIKI, text)) add('wiki-marker', m.index, m.index + m[0].length);
  if (text.includes('{{')) for (const m of allMatches(TEMPLATE, text)) add('template', m.index, m.index + m[0].length);
  if (text.includes('\u00a0')) for (const m of allMatches(NBSP_RUN, text)) {
    const s = m.index;
    const e = s + m[0].length;
    const edge = isBreak(text[s - 1]) || s === 0 || isBreak(text[e]);
    if (m[0].length >= 2) add('nbsp', s, e, edge ? '' : ' ');
    else if (edge) add('nbsp', s, e, '');
  }
  if (CREDIT_CORE.test(text)) for (const re of [CREDIT_BRACKETED, CREDIT_AFTER, CREDIT_BEFORE]) for (const m of allMatches(re, text)) add('credit', m.index, m.index + m[0].length);
  hits.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: MarkupHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.range[0] < last.range[1]) continue;
    out.push(h);
  }
  return out;
}

/** `text` with its markup residue blanked out by spaces (offsets are kept). */
export function blankMarkup(text: string): string {
  let out = text;
  for (const h of findMarkup(text)) {
    out = out.slice(0, h.range[0]) + ' '.repeat(h.range[1] - h.range[0]) + out.slice(h.range[1]);
  }
  return out;
}
