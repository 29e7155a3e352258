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
 * Per net: its hook keys in compromise's order (`Object.keys`) with their rank, and a number for
 * each distinct pattern text (compromise keeps the first pattern of each text), so a sentence's
 * patterns are told apart by a stamp in an array instead of a set of strings.
 */
interface Prepared {
  keys: string[];
  rank: Map<string, number>;
  id: Map<NetMatch, number>;
  stamp: Uint32Array;
  epoch: number;
}
const prepared = new WeakMap<Net, Prepared>();

function prepare(net: Net): Prepared {
  let p = prepared.get(net);
  if (!p) {
    const keys = Object.keys(net.hooks);
    const byText = new Map<string, number>();
    const id = new Map<NetMatch, number>();
    for (const k of keys) {
      for (const m of net.hooks[k]!) {
        if (!byText.has(m.match)) byText.set(m.match, byText.size);
        id.set(m, byText.get(m.match)!);
      }
    }
    p = { keys, rank: new Map(keys.map((k, i) => [k, i])), id, stamp: new Uint32Array(byText.size), epoch: 0 };
    prepared.set(net, p);
  }
  return p;
}

/** Whether a sentence with these words and tags meets a pattern's needs, ifNo and wants. */
function applies(m: NetMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= m.minWant;
}

/** Patterns worth trying on one sentence, in the order compromise would try them. */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const p = prepare(net);
  const present: number[] = [];
  for (const k of haves) {
    const r = p.rank.get(k);
    if (r !== undefined) present.push(r);
  }
  present.sort((a, b) => a - b);
  if (p.epoch === 0xffffffff) [p.epoch, p.stamp] = [0, new Uint32Array(p.stamp.length)];
  const epoch = ++p.epoch;
  const out: NetMatch[] = [];
  for (const r of present) {
    for (const m of net.hooks[p.keys[r]!]!) {
      const id = p.id.get(m)!;
      if (p.stamp[id] === epoch) continue;
      p.stamp[id] = epoch;
      if (termCount >= m.minWords && applies(m, haves)) out.push(m);
    }
  }
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
