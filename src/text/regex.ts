/**
 * Building regexes from data.
 * @packageDocumentation
 */

/** `text` with the characters that are special in a regex escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/**
 * A regex source matching any of `phrases`, written as a trie: phrases that share a start share
 * its atoms (`(?:De(?:puty …|fence …)|Pr…)`), so the regex engine reads a shared start once
 * instead of once per phrase, and sees which characters a match can start with. `atoms` splits a
 * phrase into regex atoms (an escaped character, a class such as `[- ]`). Where one phrase is a
 * prefix of another, the longer is tried first, as in a flat alternation sorted longest first.
 * The caller keeps the atoms of one trie node disjoint (no character matched by two of them;
 * under the `i` flag, give atoms in one case), so that at most one branch can match at a time.
 */
export function phraseTrie(phrases: Iterable<string>, atoms: (phrase: string) => string[]): string {
  type Node = Map<string, Node>;
  const END = '';
  const root: Node = new Map();
  for (const phrase of phrases) {
    const list = atoms(phrase);
    if (list.length === 0) continue; // an empty phrase would match everywhere
    let node = root;
    for (const atom of list) {
      let next = node.get(atom);
      if (!next) node.set(atom, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  const source = (node: Node): string => {
    const branches = [...node].filter(([atom]) => atom !== END).map(([atom, next]) => atom + source(next));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.has(END)) return group;
    return branches.length === 1 ? `(?:${group})?` : `${group}?`;
  };
  return source(root) || '(?!)';
}

/**
 * The matches of the global regex `re` that no character of `notAfter` (a one-character class,
 * such as `/[\p{L}-]/u`) precedes: what a leading `(?<![…])` lookbehind gives, checked here
 * instead. A regex that opens with a lookbehind must try it at every position of the text; one
 * that opens with its phrases lets the engine skip to the characters a match can start with.
 */
export function* matchesNotAfter(re: RegExp, text: string, notAfter: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && notAfter.test(String.fromCodePoint(codePointBefore(text, m.index)))) {
      // On to the next position, as the regex itself would go (a whole code point in `u` mode).
      re.lastIndex = m.index + (re.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    yield m;
  }
}

/** The code point that ends just before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low < 0xe000 && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high < 0xdc00) return text.codePointAt(at - 2)!;
  }
  return low;
}

/**
 * The matches of the global regex `re` in `text`, as `[...text.matchAll(re)]` gives them (from
 * `re.lastIndex` on; `re.lastIndex` is left as it was), found by `exec` on `re` itself.
 * `matchAll` constructs a copy of `re` on every call, and V8 escapes and hashes the copy's
 * source to find its compiled code: for a long alternation that costs more than a search of a
 * short text. The matches are all collected before any is used, so the caller may use `re`
 * again while it goes through them.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match: on to the next character (a whole code point in `u` or `v` mode), as matchAll goes.
    if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff && (re.unicode || re.flags.includes('v')) ? 2 : 1;
  }
  re.lastIndex = from;
  return out;
}
