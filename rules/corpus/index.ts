/**
 * The built-in rules' corpus phases, by rule id. Each lives in a module of its own, which the rule
 * takes its `corpus` from (a test checks), so that the CLI's main thread, which runs the corpus
 * phase at the end of a run, loads these and not every rule's code (src/cli/builtin-rules.ts).
 */
import type { Rule } from '../../src/types.js';
import { nameConsistencyCorpus } from './name-consistency.js';

/** A rule's corpus phase. */
export type CorpusPhase = NonNullable<Rule<any, any>['corpus']>;

/** Every built-in rule's corpus phase, by the rule's id. */
export const corpusPhases: ReadonlyMap<string, CorpusPhase> = new Map<string, CorpusPhase>([['name-consistency', nameConsistencyCorpus]]);
