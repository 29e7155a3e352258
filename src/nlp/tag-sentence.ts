/**
 * Part-of-speech tags for one sentence, computed with compromise on demand and cached on
 * the document, so rules that tag the same sentence share the work.
 * @packageDocumentation
 */
import type { Doc } from '../types.js';
import { getNlp } from './compromise.js';
import { wordMemo } from '../text/word-memo.js';
import { KEPT_MEMO_PREFIX } from '../engine/doc.js';

/** compromise's tags that are `root` or descend from it ("PastTense" is a "Verb" tag). */
const tagFamilies = new Map<string, Set<string>>();
function family(root: string): Set<string> {
  let tags = tagFamilies.get(root);
  if (!tags) {
    const tagSet = getNlp().world().model.one.tagSet as Record<string, { parents?: string[] }>;
    tags = new Set(Object.keys(tagSet).filter((t) => t === root || tagSet[t]!.parents?.includes(root)));
    tagFamilies.set(root, tags);
  }
  return tags;
}

/**
 * `word` copied, to look up in compromise's tables. The tables are plain objects, and looking a
 * string up as an object key makes V8 internalise it in place, changing its representation under
 * code optimised for the old one (the signals that compare these words were recompiled over and
 * over). Own keys only are read: "constructor" is not a word they know.
 */
const keyOf = (word: string) => (word + ' ').slice(0, -1);

/** compromise's lexicon entry for `word` (lower case), switch words included. */
function lexiconEntry(word: string): string[] | undefined {
  const { lexicon } = getNlp().world().model.one;
  const key = keyOf(word);
  if (!Object.hasOwn(lexicon, key)) return undefined;
  const tags = lexicon[key] as string | string[];
  return Array.isArray(tags) ? tags : [tags];
}

/**
 * The tags compromise's lexicon gives `word` (lower case), or `undefined` when it does not know
 * the word or has it in one of its noun/verb "switch" lists, which the tagger settles from context.
 * The tagger mostly reads a word with lexicon tags as the lexicon says, which the pre-checks rely on;
 * not always: of 39,860 words of the MQM and clean-news dev texts the lexicon knows only as non-verbs,
 * 377 were tagged verbs ("up", "out" after a verb; "meters", "insects"), 2 ("soon") bare verbs. A
 * pre-check built on it must be checked against the tagger for what it decides (tests/nlp/pre-checks.test.ts).
 * Remembered by word (the pre-checks ask it of most words they pass).
 */
const lexiconTags = wordMemo(
  (word: string): string[] | undefined => (Object.hasOwn(getNlp().world().model.two.switches, keyOf(word)) ? undefined : lexiconEntry(word)),
  20_000,
);

/**
 * Whether compromise's lexicon knows `word` (lower case) only as something other than a verb (a
 * plural noun, an actor, a name): a pre-check may then skip tagging a sentence whose decision
 * needs the word to be a verb.
 */
export function knownNonVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return !!tags && tags.every((t) => !family('Verb').has(t));
}

/**
 * Whether compromise's lexicon knows `word` (lower case) only as something other than a verb, an
 * adverb or a negative ("many", "other", "ways"): no word of a verb chain.
 */
export function knownOutsideVerbChain(word: string): boolean {
  const tags = lexiconTags(word);
  return !!tags && tags.every((t) => !family('Verb').has(t) && !family('Adverb').has(t) && !family('Negative').has(t));
}

/** Whether compromise's lexicon knows `word` (lower case) only as a verb or an adverb ("said", "also"). */
export function knownVerbOrAdverb(word: string): boolean {
  const tags = lexiconTags(word);
  return !!tags && tags.every((t) => family('Verb').has(t) || family('Adverb').has(t));
}

/** Whether compromise's lexicon knows `word` (lower case) only as a bare verb ("grow", "introduce"). */
function knownOnlyAsInfinitive(word: string): boolean {
  const tags = lexiconTags(word);
  return tags?.length === 1 && tags[0] === 'Infinitive';
}

/** Prefixes compromise strips to find a word's switch ("refine" has the switch of "fine"). */
const SWITCH_PREFIX = /^(?:under|over|mis|re|un|dis|semi)-?/;

/**
 * A word's entry in compromise's ambiguity ("switch") lists ("Plural|Verb" for "flies"), if any:
 * its own, or, as compromise looks it up, that of the word without a prefix.
 */
const switchOf = wordMemo((word: string): string | undefined => {
  const { switches } = getNlp().world().model.two;
  const key = keyOf(word);
  if (Object.hasOwn(switches, key)) return switches[key] as string;
  const bare = key.replace(SWITCH_PREFIX, '');
  return bare !== key && bare.length > 3 && Object.hasOwn(switches, bare) ? (switches[bare] as string) : undefined;
}, 20_000);

/** The switches whose verb reading the tagger takes after a plural noun: "fly", "form", "host". */
const NOUN_OR_VERB = new Set(['Noun|Verb', 'Actor|Verb']);

/**
 * An -s word that compromise's lexicon has as a plural noun that can also be a verb ("flies",
 * "prices"; not "updates", which it has as a verb first), or does not have and whose ending it
 * does not read as anything but a plural ("icebergs"; not "depends": "-ends" is a verb ending).
 */
function readsPlural(word: string): boolean {
  const switched = switchOf(word);
  if (switched) return switched === 'Plural|Verb' && lexiconEntry(word)?.[0] === 'Plural';
  if (lexiconEntry(word)) return false;
  const guess = suffixGuess(word);
  return guess === undefined || guess === 'Plural';
}

/** The tag compromise guesses for a word it does not know from its longest known ending (2–7 letters). */
function suffixGuess(word: string): string | undefined {
  const patterns = getNlp().world().model.two.suffixPatterns as Array<Record<string, string> | null>;
  for (let n = Math.min(7, word.length - 1); n > 1; n--) {
    const ending = word.slice(-n);
    if (patterns[n] && Object.hasOwn(patterns[n]!, ending)) return patterns[n]![ending];
  }
  return undefined;
}

/**
 * Whether compromise reads an -s word (lower case) that its lexicon does not know as a verb
 * alone — a plural/verb switch ("flies", "prices") or a word it does not know ("icebergs") —
 * as a plural noun when `next` follows it: a word the lexicon knows as a bare verb ("grow",
 * "suggest") or as a singular noun or actor that can also be a verb ("fly", "rise", "host"). That is
 * a subject and its verb: "Flies fly in …", "Prices rise …". A plural noun next ("Holds talks …"),
 * or a first word known as a verb ("Takes place …", "Seeks support …"), reads as a verb, and a
 * word the lexicon knows otherwise is not covered. Checked against the tagger (tests/nlp/pre-checks.test.ts).
 */
export function pluralBeforeVerb(word: string, next: string): boolean {
  if (!readsPlural(word)) return false;
  const after = switchOf(next);
  return after ? NOUN_OR_VERB.has(after) : knownOnlyAsInfinitive(next);
}

/** Words compromise's post-tagger patterns name ("like" in "^[like] #Determiner"): their tags there depend on more than the lexicon. */
let patternWords: Set<string> | undefined;
function namedByPatterns(word: string): boolean {
  if (!patternWords) {
    patternWords = new Set();
    // A pattern's words are its lower-case tokens; #Tags, @methods and %Switches% are not words.
    for (const { match } of getNlp().world().model.two.matches as Array<{ match: string }>) {
      for (const token of match.split(/[^\w#@%'-]+/)) if (/^[a-z][a-z'-]*$/.test(token)) patternWords.add(token);
    }
  }
  return patternWords.has(word);
}

/**
 * Whether compromise tags `word` (lower case), first in a sentence, as a bare verb whatever follows:
 * its lexicon knows the word only as an infinitive ("introduce", "continue"), it has no switch (of
 * its own or under a prefix: "refine" has that of "fine"), and no post-tagger pattern names it
 * ("like", "shoot"). Checked against the tagger (tests/nlp/pre-checks.test.ts).
 */
export function readsAsBareVerb(word: string): boolean {
  return knownOnlyAsInfinitive(word) && switchOf(word) === undefined && !namedByPatterns(word);
}

/** One tagged term, with document offsets. */
export interface TaggedTerm {
  text: string;
  /** Start offset in the document. */
  start: number;
  /** End offset (exclusive) in the document. */
  end: number;
  /** Punctuation after the term (e.g. `, `). */
  post: string;
  /** Punctuation before the term (e.g. `“`). */
  pre: string;
  tags: ReadonlySet<string>;
}

/**
 * Tag the text in `[start, end)` of `doc` with compromise (loaded lazily) and cache the result
 * under the range. Call only for sentences a cheap pre-check has selected.
 */
export function tagRange(doc: Doc, start: number, end: number): TaggedTerm[] {
  return doc.memo(key(start, end), () => termsOf(tag(doc.text.slice(start, end)), start));
}

type CompromiseTerm = { text: string; pre: string; post: string; tags: Set<string> };

const key = (start: number, end: number) => `${KEPT_MEMO_PREFIX}terms:${start}:${end}`;
/** compromise's sentences of a text: its own term lists. */
const tag = (text: string) => getNlp()(text).document as CompromiseTerm[][];

/**
 * Terms with document offsets, summed from each term's pre/text/post from `start` (the same
 * offsets `.json({ offset: true })` gives, checked on the dev sets, at a third of the cost).
 */
function termsOf(sentences: readonly CompromiseTerm[][], start: number): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  let pos = start;
  for (const sentence of sentences) {
    for (const t of sentence) {
      const s = pos + t.pre.length;
      pos = s + t.text.length + t.post.length;
      // Implicit terms (the "is" of "it's") have no text of their own.
      if (t.text) out.push({ text: t.text, start: s, end: s + t.text.length, pre: t.pre, post: t.post, tags: t.tags });
    }
  }
  return out;
}

/** What separates the texts of a batch: compromise ends a sentence at a blank line. */
const SEPARATOR = '\n\n';
const lengthOf = (sentence: readonly CompromiseTerm[]) => sentence.reduce((n, t) => n + t.pre.length + t.text.length + t.post.length, 0);
const textOf = (sentences: readonly CompromiseTerm[][]) => sentences.map((s) => s.map((t) => t.pre + t.text + t.post).join('')).join('');

/** Ranges of one document to tag. */
export interface TagRequest {
  doc: Doc;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/**
 * Tag the ranges of one or more documents in one compromise call and cache each as
 * {@link tagRange} would. compromise tags each sentence on its own, but much of its cost comes
 * per call (its code and data are cold in the CPU's caches again after the linter's other work),
 * so ranges tagged together cost much less. A range is cached only when compromise's sentences
 * fall exactly on its bounds, so that it gets the terms and offsets it gets alone (a test checks
 * the tags too). The first range that does not (compromise joined it to a neighbour: a lone "."
 * or "* * *") is left to {@link tagRange}, which tags it alone when asked, and the ranges after
 * it are tagged in another call. So is a range holding a line break.
 */
export function tagRangesOf(requests: readonly TagRequest[]): void {
  const items: Array<{ doc: Doc; start: number; end: number; text: string }> = [];
  for (const { doc, ranges } of requests) {
    const seen = new Set<string>();
    for (const [start, end] of ranges) {
      const k = key(start, end);
      const text = doc.text.slice(start, end);
      if (seen.has(k) || text.includes('\n')) continue;
      seen.add(k);
      items.push({ doc, start, end, text });
    }
  }
  for (let from = 0; items.length - from >= 2; ) {
    const part = items.slice(from);
    const { groups, aligned } = tagTogether(part.map((i) => i.text));
    for (let i = 0; i < aligned; i++) {
      const { doc, start, end } = part[i]!;
      doc.memo(key(start, end), () => termsOf(groups[i]!, start));
    }
    from += aligned + 1;
  }
}

/** Several ranges of one document in one call ({@link tagRangesOf}). */
export function tagRanges(doc: Doc, ranges: ReadonlyArray<readonly [number, number]>): void {
  tagRangesOf([{ doc, ranges }]);
}

/**
 * A rule context's `whenTagged` for one document on its own, for code that calls a rule's
 * `create` itself (the engine tags a batch's documents together): tag, then call back at once.
 */
export function whenTaggedNow(doc: Doc): (ranges: ReadonlyArray<readonly [number, number]>, then: () => void) => void {
  return (ranges, then) => {
    tagRanges(doc, ranges);
    then();
  };
}

/**
 * compromise's sentences of each text, tagged in one call, and how many of the texts, from the
 * first, they fall exactly on (each text's own sentences, the separator cut from its last term).
 */
function tagTogether(texts: readonly string[]): { groups: CompromiseTerm[][][]; aligned: number } {
  // Whole sentences to each text in turn; the separator ends the post of each text's last term.
  const groups: CompromiseTerm[][][] = texts.map(() => []);
  let k = 0;
  let used = 0;
  for (const sentence of tag(texts.join(SEPARATOR))) {
    // (A sentence past the last text: that text's sentences did not end with it.)
    if (k === texts.length) return { groups, aligned: Math.min(alignedOf(groups, texts, k), texts.length - 1) };
    groups[k]!.push(sentence);
    used += lengthOf(sentence);
    const full = texts[k]!.length + (k < texts.length - 1 ? SEPARATOR.length : 0);
    if (used > full) break;
    if (used === full) [k, used] = [k + 1, 0];
  }
  return { groups, aligned: alignedOf(groups, texts, k) };
}

/** How many of the first `filled` texts their groups give back exactly (the separator cut from each one's last term). */
function alignedOf(groups: CompromiseTerm[][][], texts: readonly string[], filled: number): number {
  let aligned = 0;
  for (; aligned < filled; aligned++) {
    const group = groups[aligned]!;
    if (aligned < texts.length - 1) {
      const sentence = group[group.length - 1];
      const last = sentence?.[sentence.length - 1];
      if (!last?.post.endsWith(SEPARATOR)) break;
      last.post = last.post.slice(0, -SEPARATOR.length);
    }
    if (textOf(group) !== texts[aligned]) break;
  }
  return aligned;
}
