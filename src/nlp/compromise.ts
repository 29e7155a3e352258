import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { installFastSweep } from './fast-sweep.js';
import { decodeSnapshot } from './snapshot.js';

/** The compromise `nlp` function (typed loosely: its types are large and we use a small part). */
export type Nlp = ((text: string) => any) & Record<string, any>;

let nlp: Nlp | undefined;
let loadedFrom: 'snapshot' | 'package' | undefined;

/** Where `npm run build` puts compromise with its model prebuilt (scripts/build-compromise.mjs). */
const SNAPSHOT_DIR = new URL('../../rules/data/compromise/', import.meta.url);

/**
 * compromise (its tagger build, `compromise/two`: the same tags as the full library, which adds
 * phrase-level methods seedlint does not use), loaded on first use: a sentence to tag, or a
 * word-level pre-check reading its lexicon (src/nlp/tag-sentence.ts), so a run in which no
 * sentence gets that far never pays for it. Its pattern sweep is replaced by an equivalent faster
 * one (src/nlp/fast-sweep.ts).
 *
 * It loads from the build's snapshot when there is one (~0.1 s with the first sentence), else from the package, which
 * rebuilds its model on each load (~0.35 s with the first sentence).
 */
export function getNlp(): Nlp {
  if (!nlp) {
    const snapshot = existsSync(new URL('model.json', SNAPSHOT_DIR)) ? fromSnapshot() : undefined;
    loadedFrom = snapshot ? 'snapshot' : 'package';
    nlp = installFastSweep(snapshot ?? (createRequire(import.meta.url)('compromise/two') as Nlp));
  }
  return nlp;
}

/** Where compromise was loaded from (after {@link getNlp}), for tests and diagnostics. */
export function compromiseSource(): typeof loadedFrom {
  return loadedFrom;
}

/**
 * compromise bundled with an empty model, given the model the build saved: the world's model is
 * replaced by it, and the post-tagger, which compiles its match patterns on the first sentence,
 * gets the compiled ones.
 */
function fromSnapshot(): Nlp {
  const lite = createRequire(import.meta.url)(fileURLToPath(new URL('two.cjs', SNAPSHOT_DIR))) as Nlp;
  const { model, net } = decodeSnapshot(readFileSync(new URL('model.json', SNAPSHOT_DIR), 'utf8')) as { model: Record<string, unknown>; net: unknown };
  const world = lite.world();
  for (const key of Object.keys(world.model)) delete world.model[key];
  Object.assign(world.model, model);
  const { one } = world.methods;
  const buildNet = one.buildNet as (matches: unknown, w: unknown) => unknown;
  one.buildNet = (matches: unknown, w: unknown) => (matches === world.model.two.matches ? net : buildNet(matches, w));
  return lite;
}
