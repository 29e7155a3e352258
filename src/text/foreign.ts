/**
 * Foreign text inside English: runs of non-Latin scripts and Latin-script runs in another
 * language (decided by franc-min's trigram models). Pinyin is found by ./pinyin.ts.
 * @packageDocumentation
 */
import { languageScores } from './language-id.js';
import { allMatches } from './regex.js';

/** A run of foreign text. */
export interface ForeignRun { start: number; end: number; label: string }

const SCRIPTS: Array<[string, RegExp]> = [
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;
/** Letters of non-Latin scripts, joined by spaces and the punctuation inside a phrase. */
const RUN = new RegExp(`${NON_LATIN.source}(?:[\\s\\p{P}\\d]*${NON_LATIN.source})*`, 'gu');

/** Runs of non-Latin letters; a run glued to Latin letters (a mixed-script word) is left to other rules. */
export function nonLatinRuns(text: string): ForeignRun[] {
  const out: ForeignRun[] = [];
  for (const m of allMatches(RUN, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/\p{Script=Latin}/u.test(text[start - 1] ?? '') || /\p{Script=Latin}/u.test(text[end] ?? '')) continue;
    const label = SCRIPTS.find(([, re]) => re.test(m[0]))![0];
    if (label === 'Greek' && allMatches(/\p{L}/gu, m[0]).length < 4) continue; // α, β, Ω: symbols
    out.push({ start, end, label: label === 'Japanese' ? 'Japanese' : label });
  }
  return out;
}

/** English function words that no other Latin-script language franc-min knows uses as words. */
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|which|that|with|this|because|are|were|have|has|would|it['’]s|doesn['’]t|you|they|their|its)\b/gi;
/** The pronoun I between spaces (the space before is matched, not looked behind: the same count, faster). */
const PRONOUN_I = /\sI(?=\s)/g;

/** Languages franc may name for a Latin-script run (franc-min codes). */
const LATIN_LANGUAGES = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'tur', 'vie', 'ind', 'swe', 'ron', 'hun', 'ces'];
const LANGUAGE_NAMES: Record<string, string> = {
  fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish',
  tur: 'Turkish', vie: 'Vietnamese', ind: 'Indonesian', swe: 'Swedish', ron: 'Romanian', hun: 'Hungarian', ces: 'Czech',
};

/**
 * Whether `run` has two or more English function words (or the pronoun I): enough to keep a run
 * English, whatever its trigrams say. Stops at the second one.
 */
export function hasEnglishFunctionWords(run: string): boolean {
  let n = 0;
  ENGLISH_FUNCTION_WORDS.lastIndex = 0;
  // test() moves lastIndex on as exec() does, without building a match array.
  while (n < 2 && ENGLISH_FUNCTION_WORDS.test(run)) n++;
  PRONOUN_I.lastIndex = 0;
  while (n < 2 && PRONOUN_I.test(run)) n++;
  ENGLISH_FUNCTION_WORDS.lastIndex = 0;
  PRONOUN_I.lastIndex = 0;
  return n >= 2;
}

/**
 * The language of a Latin-script run when franc-min is sure it is not English: the best
 * language must beat English by `margin` (scores are relative, best = 1). Callers first rule
 * out runs with English function words ({@link hasEnglishFunctionWords}).
 */
export function foreignLanguageByTrigrams(run: string, margin = 0.25): string | undefined {
  const scores = languageScores(run, LATIN_LANGUAGES, 30);
  const [best] = scores;
  if (!best || best[0] === 'eng' || best[0] === 'und') return undefined;
  const eng = scores.find(([l]) => l === 'eng')?.[1] ?? 0;
  return best[1] - eng >= margin ? LANGUAGE_NAMES[best[0]] : undefined;
}
