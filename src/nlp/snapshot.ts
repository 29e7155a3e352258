/**
 * A JSON snapshot of a value that JSON alone cannot carry: regular expressions, sets of
 * primitives, `undefined` and non-finite numbers, and objects reached by more than one path
 * (kept as one object, not copies). The tree goes through `JSON.parse` (far faster than
 * `v8.deserialize` on a model of this shape: ~30 against ~90 ms for compromise's), then a short
 * list of patches puts the other values back by path.
 *
 * Used to ship compromise's built model (scripts/build-compromise.mjs), so that a process does
 * not rebuild it on each start.
 * @packageDocumentation
 */

type Key = string | number;
/** A value to put back at a path: a regex, a set, a value JSON drops, or the object first met at another path. */
type Patch = [path: Key[], kind: 'regex', source: string, flags: string] | [path: Key[], kind: 'set', items: unknown[]] | [path: Key[], kind: 'value', value: 'undefined' | 'NaN' | 'Infinity' | '-Infinity'] | [path: Key[], kind: 'ref', target: Key[]];

interface Encoded {
  format: 'seedlint-snapshot/1';
  root: unknown;
  patches: Patch[];
}

const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Encode `value` as JSON text that {@link decodeSnapshot} turns back into an equal value, with
 * the same sharing of objects. Throws on what it cannot restore exactly (functions, maps, class
 * instances, objects without `Object.prototype`, sets of objects), so a build fails loudly
 * instead of shipping a model that differs.
 */
export function encodeSnapshot(value: unknown): string {
  const patches: Patch[] = [];
  const refs: Patch[] = [];
  const seen = new Map<object, Key[]>();
  const walk = (v: unknown, path: Key[]): unknown => {
    if (v === undefined) return patches.push([path, 'value', 'undefined']), null;
    if (typeof v === 'number' && !Number.isFinite(v)) return patches.push([path, 'value', String(v) as 'NaN']), null;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v !== 'object') throw new TypeError(`snapshot: cannot encode a ${typeof v} at ${path.join('.')}`);
    const first = seen.get(v);
    if (first) return refs.push([path, 'ref', first]), null;
    seen.set(v, path);
    if (v instanceof RegExp) return patches.push([path, 'regex', v.source, v.flags]), null;
    if (v instanceof Set) {
      const items = [...v];
      if (!items.every((x) => isPrimitive(x) && !(typeof x === 'number' && !Number.isFinite(x)))) throw new TypeError(`snapshot: a set of non-primitives at ${path.join('.')}`);
      return patches.push([path, 'set', items]), null;
    }
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) throw new TypeError(`snapshot: an array subclass at ${path.join('.')}`);
      const out: unknown[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) throw new TypeError(`snapshot: a sparse array at ${path.join('.')}`);
        out[i] = walk(v[i], [...path, i]);
      }
      return out;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new TypeError(`snapshot: a ${v.constructor?.name ?? 'null-prototype'} object at ${path.join('.')}`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (key === '__proto__') throw new TypeError(`snapshot: a "__proto__" key at ${path.join('.')}`);
      out[key] = walk((v as Record<string, unknown>)[key], [...path, key]);
    }
    return out;
  };
  const root = walk(value, []);
  // References last: their targets must be whole (regexes, sets and values restored) first.
  const encoded: Encoded = { format: 'seedlint-snapshot/1', root, patches: [...patches, ...refs] };
  return JSON.stringify(encoded);
}

/** The value {@link encodeSnapshot} encoded. Throws on text that is not such a snapshot. */
export function decodeSnapshot(text: string): unknown {
  const encoded = JSON.parse(text) as Encoded;
  if (encoded?.format !== 'seedlint-snapshot/1' || !Array.isArray(encoded.patches)) throw new Error('not a seedlint snapshot');
  const holder: { root: unknown } = { root: encoded.root };
  const at = (path: Key[]) => path.reduce((o: any, k) => o[k], holder.root);
  const values = { undefined, NaN, Infinity, '-Infinity': -Infinity } as Record<string, unknown>;
  for (const patch of encoded.patches) {
    const [path, kind] = patch;
    let value: unknown;
    if (kind === 'regex') value = new RegExp(patch[2], patch[3]);
    else if (kind === 'set') value = new Set(patch[2]);
    else if (kind === 'value') value = values[patch[2]];
    else value = at(patch[2]);
    if (path.length === 0) holder.root = value;
    else (at(path.slice(0, -1)) as Record<Key, unknown>)[path[path.length - 1]!] = value;
  }
  return holder.root;
}
