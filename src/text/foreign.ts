/**
 * Foreign text inside English: runs of non-Latin scripts, pinyin words, and Latin-script
 * runs in another language (decided by franc-min's trigram models).
 * @packageDocumentation
 */
import { languageScores } from './language-id.js';
import pinyin from '../../rules/data/pinyin-syllables.json' with { type: 'json' };
import english from '../../rules/data/english-pinyin-shaped.json' with { type: 'json' };

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
  for (const m of text.matchAll(RUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/\p{Script=Latin}/u.test(text[start - 1] ?? '') || /\p{Script=Latin}/u.test(text[end] ?? '')) continue;
    const label = SCRIPTS.find(([, re]) => re.test(m[0]))![0];
    if (label === 'Greek' && [...m[0].matchAll(/\p{L}/gu)].length < 4) continue; // α, β, Ω: symbols
    out.push({ start, end, label: label === 'Japanese' ? 'Japanese' : label });
  }
  return out;
}

const SYLLABLES = new Set(pinyin.syllables);

/** Results of {@link pinyinSyllables} by word (English words repeat; the split is pure). */
const syllableCache = new Map<string, number>();

/** Number of pinyin syllables `word` splits into, or 0 when it is not pinyin. */
export function pinyinSyllables(word: string): number {
  let n = syllableCache.get(word);
  if (n === undefined) {
    if (syllableCache.size >= 50_000) syllableCache.clear();
    syllableCache.set(word, (n = splitSyllables(word)));
  }
  return n;
}

function splitSyllables(word: string): number {
  const w = word.toLowerCase();
  const best: number[] = new Array(w.length + 1).fill(0);
  best[0] = 0;
  const ok: boolean[] = new Array(w.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= w.length; i++) {
    for (let j = Math.max(0, i - 6); j < i; j++) {
      if (ok[j] && SYLLABLES.has(w.slice(j, i)) && (!ok[i] || best[j]! + 1 < best[i]!)) {
        ok[i] = true;
        best[i] = best[j]! + 1;
      }
    }
  }
  return ok[w.length] ? best[w.length]! : 0;
}

/** English words that split into pinyin syllables (built by scripts/build-english-words.ts). */
let englishShaped: Set<string> | undefined;

/**
 * Whether `word` (lower case) is an English word that splits into two or more pinyin
 * syllables ("change", "banana", "women"): such words are never pinyin left untranslated.
 */
export function isEnglishPinyinShaped(word: string): boolean {
  englishShaped ??= new Set(english.words);
  return englishShaped.has(word);
}

/** English function words that no other Latin-script language franc-min knows uses as words. */
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|which|that|with|this|because|are|were|have|has|would|it['’]s|doesn['’]t|you|they|their|its)\b/gi;

/** Languages franc may name for a Latin-script run (franc-min codes). */
const LATIN_LANGUAGES = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'tur', 'vie', 'ind', 'swe', 'ron', 'hun', 'ces'];
const LANGUAGE_NAMES: Record<string, string> = {
  fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish',
  tur: 'Turkish', vie: 'Vietnamese', ind: 'Indonesian', swe: 'Swedish', ron: 'Romanian', hun: 'Hungarian', ces: 'Czech',
};

/**
 * The language of a Latin-script run when franc-min is sure it is not English: the best
 * language must beat English by `margin` (scores are relative, best = 1).
 */
export function foreignLanguage(run: string, margin = 0.25): string | undefined {
  // Two English function words are enough to keep a run English, whatever its trigrams say.
  if ((run.match(ENGLISH_FUNCTION_WORDS) ?? []).length + (run.match(/(?<=\s)I(?=\s)/g) ?? []).length >= 2) return undefined;
  const scores = languageScores(run, LATIN_LANGUAGES, 30);
  const [best] = scores;
  if (!best || best[0] === 'eng' || best[0] === 'und') return undefined;
  const eng = scores.find(([l]) => l === 'eng')?.[1] ?? 0;
  return best[1] - eng >= margin ? LANGUAGE_NAMES[best[0]] : undefined;
}
