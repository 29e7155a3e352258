/**
 * A faster, equivalent `bulkMatch` for compromise's tagger.
 *
 * compromise's post-tagger runs a few hundred match patterns over each sentence. To pick the
 * patterns worth trying, its `bulkMatch` walks every key of the pattern index (words and tags a
 * pattern needs, several thousand keys) for every sentence and concatenates arrays as it goes —
 * about a third of all tagging time for the short sentences seedlint tags. This version looks up
 * only the sentence's own words and tags (a few dozen), then keeps compromise's order: the
 * index's key order, first occurrence of each pattern, the same filters (needs, ifNo, wants,
 * minWords), the pattern-free ones last. Tags are the same; tests/nlp/fast-sweep.test.ts checks
 * them against compromise's own `bulkMatch` sentence by sentence.
 * @packageDocumentation
 */
import type { Nlp } from './compromise.js';

/** One compiled match pattern of a compromise net (the fields this module reads). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
/** A compromise net: patterns indexed by the words and tags they need or want. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
type Term = unknown;
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(docs: Term[][], match: NetMatch): { ptrs: number[][] };
  };
}
type BulkMatch = (document: Term[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/**
 * Per net, prepared once: each distinct pattern text gets a number, its pattern (compromise keeps
 * the first pattern of each text, the same object under every key) and the (rank, position) of
 * each key list it sits in, in key order. A pattern is triggered only by its rarest need (it
 * cannot apply without it), or, with no needs, by each of its wants — so a sentence visits a few
 * dozen patterns instead of every pattern hooked to its common tags.
 *
 * Every word or tag a pattern names (keys, needs, wants, ifNo) gets a number too: a sentence's
 * words and tags are stamped once into an array by number, and the patterns' tests read that
 * array instead of looking each string up in the sentence's set (most of this module's cost).
 */
interface Prepared {
  /** The number of each word or tag the net names. */
  vocabulary: Map<string, number>;
  /** Per word or tag number: the epoch of the sentence that has it. */
  present: Uint32Array;
  /** Per key rank: the key's word or tag number. */
  keyTerm: number[];
  /** Pattern numbers triggered by each word or tag number. */
  trigger: Array<number[] | undefined>;
  pattern: NetMatch[];
  /** Per pattern: its needs, ifNo and wants as word or tag numbers. */
  needs: number[][];
  ifNo: number[][];
  wants: number[][];
  /** Per pattern: the ranks of the keys it is listed under, ascending, and its position in each list. */
  ranks: number[][];
  positions: number[][];
  stamp: Uint32Array;
  epoch: number;
}
const prepared = new WeakMap<Net, Prepared>();

function prepare(net: Net): Prepared {
  let p = prepared.get(net);
  if (p) return p;
  const keys = Object.keys(net.hooks);
  const vocabulary = new Map<string, number>();
  const term = (word: string) => vocabulary.get(word) ?? vocabulary.set(word, vocabulary.size).get(word)!;
  const byText = new Map<string, number>();
  const pattern: NetMatch[] = [];
  const ranks: number[][] = [];
  const positions: number[][] = [];
  keys.forEach((k, rank) => {
    net.hooks[k]!.forEach((m, pos) => {
      let id = byText.get(m.match);
      if (id === undefined) {
        id = pattern.length;
        byText.set(m.match, id);
        pattern.push(m);
        ranks.push([]);
        positions.push([]);
      }
      ranks[id]!.push(rank);
      positions[id]!.push(pos);
    });
  });
  const keyTerm = keys.map(term);
  const trigger: Array<number[] | undefined> = [];
  const add = (key: string, id: number) => {
    const list = (trigger[term(key)] ??= []);
    if (list[list.length - 1] !== id) list.push(id);
  };
  pattern.forEach((m, id) => {
    if (m.needs.length === 0) {
      for (const want of m.wants) add(want, id);
      return;
    }
    let rarest = m.needs[0]!;
    for (const need of m.needs) if (net.hooks[need]!.length < net.hooks[rarest]!.length) rarest = need;
    add(rarest, id);
  });
  const needs = pattern.map((m) => m.needs.map(term));
  const ifNo = pattern.map((m) => (m.ifNo ?? []).map(term));
  const wants = pattern.map((m) => m.wants.map(term));
  p = {
    vocabulary, present: new Uint32Array(vocabulary.size), keyTerm, trigger, pattern, needs, ifNo, wants, ranks, positions,
    stamp: new Uint32Array(pattern.length), epoch: 0,
  };
  prepared.set(net, p);
  return p;
}

/** Whether the sentence stamped with `epoch` meets pattern `id`'s needs, ifNo and wants. */
function applies(p: Prepared, id: number, epoch: number): boolean {
  const present = p.present;
  for (const need of p.needs[id]!) if (present[need] !== epoch) return false;
  for (const no of p.ifNo[id]!) if (present[no] === epoch) return false;
  const wants = p.wants[id]!;
  if (wants.length === 0) return true;
  let found = 0;
  for (const want of wants) if (present[want] === epoch) found++;
  return found >= p.pattern[id]!.minWant;
}

/**
 * Patterns worth trying on one sentence, in the order compromise would try them: compromise walks
 * the keys the sentence has in key order and each key's list in order, and tries each pattern
 * text where it first meets it — so a pattern sorts by its first key the sentence has, then by its
 * position in that key's list.
 */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const p = prepare(net);
  // One epoch a sentence marks both the words and tags it has and the patterns already visited.
  if (p.epoch === 0xffffffff) [p.epoch, p.stamp, p.present] = [0, new Uint32Array(p.stamp.length), new Uint32Array(p.present.length)];
  const epoch = ++p.epoch;
  const terms: number[] = [];
  for (const k of haves) {
    const t = p.vocabulary.get(k);
    if (t === undefined) continue;
    p.present[t] = epoch;
    terms.push(t);
  }
  const found: Array<{ m: NetMatch; rank: number; pos: number }> = [];
  for (const t of terms) {
    const ids = p.trigger[t];
    if (ids === undefined) continue;
    for (const id of ids) {
      if (p.stamp[id] === epoch) continue;
      p.stamp[id] = epoch;
      const m = p.pattern[id]!;
      if (termCount < m.minWords || !applies(p, id, epoch)) continue;
      const ranks = p.ranks[id]!;
      let i = 0;
      while (p.present[p.keyTerm[ranks[i]!]!] !== epoch) i++;
      found.push({ m, rank: ranks[i]!, pos: p.positions[id]![i]! });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  const out = found.map((f) => f.m);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const cache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, cache[n]!, document[n]!.length)) {
      const { ptrs } = methods.one.match([document[n]!], m);
      if (!ptrs.length) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** compromise's own `bulkMatch`, kept for the equivalence test. */
const originals = new WeakMap<object, BulkMatch>();

/** Install the faster `bulkMatch` in a compromise instance (`nlp`); returns it. */
export function installFastSweep(nlp: Nlp): Nlp {
  const one = nlp.world().methods.one as { bulkMatch: BulkMatch };
  if (one.bulkMatch !== fastBulkMatch) {
    originals.set(nlp, one.bulkMatch);
    one.bulkMatch = fastBulkMatch;
  }
  return nlp;
}

/**
 * Run `fn` with compromise's own `bulkMatch` in place (for tests comparing the two); the fast
 * one is back in place afterwards.
 */
export function withOriginalSweep<R>(nlp: Nlp, fn: () => R): R {
  const original = originals.get(nlp);
  if (!original) throw new Error('installFastSweep was not called on this compromise instance');
  const one = nlp.world().methods.one as { bulkMatch: BulkMatch };
  one.bulkMatch = original;
  try {
    return fn();
  } finally {
    one.bulkMatch = fastBulkMatch;
  }
}
