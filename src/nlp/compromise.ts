import { createRequire } from 'node:module';
import { installFastSweep } from './fast-sweep.js';

/** The compromise `nlp` function (typed loosely: its types are large and we use a small part). */
export type Nlp = ((text: string) => any) & Record<string, any>;

let nlp: Nlp | undefined;

/**
 * compromise (its tagger build, `compromise/two`: the same tags as the full library, which adds
 * phrase-level methods seedlint does not use), loaded on first use (it takes ~0.4 s to load): a
 * sentence to tag, or a word-level pre-check reading its lexicon (src/nlp/tag-sentence.ts), so a
 * run in which no sentence gets that far never pays for it. Its pattern sweep is replaced by an
 * equivalent faster one (src/nlp/fast-sweep.ts).
 */
export function getNlp(): Nlp {
  if (!nlp) nlp = installFastSweep(createRequire(import.meta.url)('compromise/two') as Nlp);
  return nlp;
}
