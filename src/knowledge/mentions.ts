/**
 * Finding people in text: capitalised name runs, and "<qualifier> <title> <Name>" /
 * "<Name>, the <qualifier> <title>" role mentions resolved against the knowledge base.
 * @packageDocumentation
 */
import type { Knowledge, RoleTitle } from './index.js';
import { nameKey } from './names.js';
import { escapeRegExp, matchesNotAfter, phraseTrie } from '../text/regex.js';

/** A run of capitalised name tokens with its offsets. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** Each token with its offsets. */
  tokens: Array<{ text: string; start: number; end: number }>;
}

/** A capitalised name token (letters, inner hyphens/apostrophes), or an initial ("J."). */
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{L}[\p{Ll}'’]*)*|\p{Lu}\.)$/u;
const CONNECTORS = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'dos', 'del']);

/**
 * The capitalised name run starting at `from` (skipping spaces), of at most `max` tokens; lower-case
 * particles (de, van, bin …) are allowed between capitalised tokens. Stops at punctuation, line
 * breaks and possessive `'s` (excluded from the run).
 */
export function nameRunAfter(text: string, from: number, max = 4): NameSpan | undefined {
  const tokens: NameSpan['tokens'] = [];
  const re = /[ \t]*([^\s,.;:!?()"“”]+\.?)/y;
  re.lastIndex = from;
  let pendingParticle: NameSpan['tokens'][number] | undefined;
  while (tokens.length < max) {
    const m = re.exec(text);
    if (!m) break;
    let word = m[1]!;
    const start = m.index + m[0].length - word.length;
    // a trailing period belongs to the word only for initials
    if (word.endsWith('.') && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    const possessive = /['’]s$/.exec(word);
    const bare = possessive ? word.slice(0, -2) : word;
    if (CONNECTORS.has(bare) && tokens.length) {
      pendingParticle = { text: bare, start, end: start + bare.length };
      continue;
    }
    if (!NAME_TOKEN.test(bare) || /^\p{Lu}{2,}$/u.test(bare)) break;
    if (pendingParticle) tokens.push(pendingParticle), (pendingParticle = undefined);
    tokens.push({ text: bare, start, end: start + bare.length });
    if (possessive || bare !== word || text[start + word.length] === ',') break;
    re.lastIndex = start + word.length;
  }
  while (tokens.length && /\.$/.test(tokens[tokens.length - 1]!.text)) tokens.pop();
  if (!tokens.length) return undefined;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { text: text.slice(start, end), start, end, tokens };
}

/** The capitalised name run ending right before `to` (at most `max` tokens). */
export function nameRunBefore(text: string, to: number, max = 4): NameSpan | undefined {
  let i = to;
  // [start, end] pairs, not `{ start, end }` objects: an object literal of just those two keys
  // shares V8's hidden class with the parser's node positions, whose values are points. The first
  // one made here changed that class's field representation, and V8 threw away the optimised
  // code of the parser's six hottest functions, in every worker, to compile them again.
  const words: Array<[number, number]> = [];
  while (words.length < max) {
    let e = i;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    let s = e;
    while (s > 0 && /[\p{L}'’.-]/u.test(text[s - 1]!)) s--;
    if (s === e) break;
    const word = text.slice(s, e);
    if (!NAME_TOKEN.test(word) && !(CONNECTORS.has(word) && words.length)) break;
    words.unshift([s, e]);
    i = s;
    if (s > 0 && !/[ \t]/.test(text[s - 1]!)) break;
  }
  while (words.length && CONNECTORS.has(text.slice(words[0]![0], words[0]![1]))) words.shift();
  if (!words.length) return undefined;
  return nameRunAfter(text, words[0]![0], max);
}

/** A title phrase with the country or organisation it is qualified by. */
export interface RoleMention {
  title: RoleTitle;
  /** ISO2 or organisation acronym the role belongs to. */
  where: { country?: string; org?: string };
  /** The written name of the person said to hold the role. */
  name: NameSpan;
  /** Offsets of the title phrase. */
  titleRange: [number, number];
  /** "former", "ex-", "then" … before the title. */
  former: boolean;
}

const titleRegexes = new WeakMap<Knowledge, { re: RegExp; byKey: Map<string, RoleTitle[]> }>();

/**
 * A title's regex atoms: its characters in lower case (the regex ignores case; one case keeps a
 * trie node's atoms disjoint), a space or hyphen as either.
 */
const titleAtoms = (title: string) =>
  [...title].map((c) => (c === ' ' || c === '-' ? '[- ]' : escapeRegExp(c.toLowerCase().length === c.length ? c.toLowerCase() : c)));

/** A letter or hyphen: no title starts right after one. */
const TITLE_NOT_AFTER = /[\p{L}-]/u;

/**
 * One regex over every title (the longest that matches wins), and the titles by name key (in
 * `kb.titles` order). The letter-or-hyphen check before a title is made in {@link findRoleMentions}.
 */
function titleRegex(kb: Knowledge): { re: RegExp; byKey: Map<string, RoleTitle[]> } {
  let out = titleRegexes.get(kb);
  if (!out) {
    const byKey = new Map<string, RoleTitle[]>();
    for (const t of kb.titles) {
      const key = nameKey(t.title);
      byKey.set(key, [...(byKey.get(key) ?? []), t]);
    }
    out = { re: new RegExp(`${phraseTrie(kb.titles.map((t) => t.title), titleAtoms)}(?![\\p{L}-])`, 'giu'), byKey };
    titleRegexes.set(kb, out);
  }
  return out;
}

/** Resolve the 1–3 words before `at` (possessive allowed) to a country or organisation. */
function qualifierBefore(kb: Knowledge, text: string, at: number): { where: { country?: string; org?: string }; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 60), at);
  // On the same line, and not across a sentence end ("… and Russia. President X"; "U.S." is one word).
  const m = /((?:[\p{Lu}][\p{L}.]*[^\S\n]+){0,2}[\p{Lu}][\p{L}.]*?)(?:['’]s)?[^\S\n]+$/u.exec(before);
  if (!m || /^[^.]+\.$/u.test(m[1]!.split(/\s+/).pop()!)) return undefined;
  const words = m[1]!.split(/\s+/);
  const base = at - before.length + m.index;
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(words.length - n).join(' ');
    const offset = base + m[1]!.length - phrase.length;
    const org = /^\p{Lu}{2,}$/u.test(phrase.replace(/\./g, '')) ? kb.organization(phrase.replace(/\./g, '')) : undefined;
    const country = kb.country(phrase);
    if (country && !(org && phrase.length > 2 && phrase.replace(/\./g, '') !== 'US' && phrase.replace(/\./g, '') !== 'UK'))
      return { where: { country: country.id }, start: offset };
    if (org?.acronym) return { where: { org: org.acronym }, start: offset };
    const orgByName = kb.organization(phrase);
    if (orgByName?.acronym && n > 1) return { where: { org: orgByName.acronym }, start: offset };
  }
  return undefined;
}

/**
 * Every role mention in `text`: "<qualifier> <title> <Name>" and "<Name>, the <qualifier> <title>",
 * plus titles that pin a country themselves ("Secretary of State <Name>"). Mentions whose
 * country/organisation cannot be resolved are left out.
 */
export function findRoleMentions(kb: Knowledge, text: string): RoleMention[] {
  const out: RoleMention[] = [];
  const { re, byKey } = titleRegex(kb);
  for (const m of matchesNotAfter(re, text, TITLE_NOT_AFTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const titles = byKey.get(nameKey(m[0])) ?? [];
    const q = qualifierBefore(kb, text, start);
    const fromStart = q ? q.start : start;
    const lead = text.slice(Math.max(0, fromStart - 25), fromStart).toLowerCase();
    const former = /\b(former|ex|then|late|previous|outgoing|acting|interim|incoming|future|next|new)[\s-]+(?:\p{L}+\s+)?$/u.test(lead);
    // after: "<title> <Name>"; before: "<Name>, the <qualifier> <title>" / "<Name>, <qualifier>'s <title>"
    let name = nameRunAfter(text, end);
    if (!name || name.start > end + 2) {
      const comma = /(,\s+(?:the\s+)?)$/.exec(text.slice(Math.max(0, fromStart - 8), fromStart));
      name = comma ? nameRunBefore(text, fromStart - comma[1]!.length) : undefined;
    }
    if (!name) continue;
    for (const title of titles) {
      let where = q?.where;
      if (title.country) {
        if (where?.country && where.country !== title.country) continue;
        where = { country: title.country };
      }
      if (!where) continue;
      if (title.scope === 'org' ? !where.org : !where.country) continue;
      if (title.countries && !title.countries.includes(where.country!)) continue;
      out.push({ title, where, name, titleRange: [start, end], former });
      break;
    }
  }
  return out;
}
