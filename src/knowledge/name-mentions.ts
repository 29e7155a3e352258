/**
 * Person-name mentions for consistency checks: capitalised runs of two or three tokens that look
 * like "Given Surname", keyed by the surname's Double Metaphone code so spellings of one name
 * meet in one bucket (linear grouping, no pairwise comparison).
 * @packageDocumentation
 */
import type { Knowledge } from './index.js';
import { nameKey, phoneticKeys } from './names.js';
import { wordMemo } from '../text/word-memo.js';

/** One "Given Surname" mention. */
export interface NameMention {
  /** The given name(s) as written ('' when only the surname). */
  given: string;
  /** The surname as written. */
  surname: string;
  /** Offsets of the surname token. */
  start: number;
  end: number;
}

/** Words that start capitalised runs without being names. */
const NOT_NAMES = new Set(
  ('the a an and or but in on at of for to from by with as is was are were be this that these those it its he she they we i you his her their our ' +
    'mr mrs ms dr prof sir lord president minister prime secretary general foreign deputy chancellor premier king queen prince princess ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'north south east west new old great united national international federal central state states republic city university ministry department ' +
    'after before when while if since during according however meanwhile also but yet so then there here what who how why where which').split(' '),
);

const RUN = /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,2}/gu;

/**
 * The primary phonetic key of a surname (first 4 letters, as classic Metaphone), used to bucket
 * spellings; remembered by surname (Double Metaphone is slow; names recur across texts).
 */
export const surnameBucket: (surname: string) => string = wordMemo((surname) => phoneticKeys(surname)[0]?.slice(0, 4) ?? nameKey(surname));

/** Whether a run (or its surname) is a place or organisation, by run text (names recur), up to 10,000 per knowledge base. */
const notPersonRuns = new WeakMap<Knowledge, Map<string, boolean>>();

/**
 * "Given Surname" mentions in `text` (2–3 capitalised tokens, none a function word, title, month or
 * common place word, surname ≥ 4 letters, not a place or organisation the pack knows).
 */
export function findNameMentions(kb: Knowledge, text: string): NameMention[] {
  const out: NameMention[] = [];
  let notPerson = notPersonRuns.get(kb);
  if (!notPerson || notPerson.size >= 10_000) notPersonRuns.set(kb, (notPerson = new Map()));
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    const words = runWords(run);
    if (words.some(isNotName)) continue;
    const last = words[words.length - 1]!;
    const surname = POSSESSIVE.test(last) ? last.slice(0, -2) : last;
    if (surname.length < 4) continue;
    let skip = notPerson.get(run);
    if (skip === undefined)
      notPerson.set(run, (skip = kb.isPlaceName(run) || kb.isPlaceName(surname) || !!kb.organization(surname) || !!kb.country(surname)));
    if (skip) continue;
    const start = m.index + run.length - last.length;
    out.push({ given: words.slice(0, -1).join(' '), surname, start, end: start + surname.length });
  }
  return out;
}

/** A possessive ending ('s or ’s), cut from a surname. */
const POSSESSIVE = /['’]s$/;
const isNotName = (word: string) => NOT_NAMES.has(word.toLowerCase());

/** The words of a {@link RUN}, which neither starts nor ends with white space (what `split(/[ \t]+/)` gives, without a regex). */
function runWords(run: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    if (i > start) words.push(run.slice(start, i));
    start = i + 1;
  }
  words.push(run.slice(start));
  return words;
}
