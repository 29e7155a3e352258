/**
 * The registry of built-in rules. One import per rule, sorted by id; `meta.recommended`
 * (default true) decides membership of the `seedlint:recommended` preset.
 */
import type { Rule } from '../src/types.js';
import headlineSupport from './headline-support.js';

/** Every built-in rule, by id. */
export const rules: ReadonlyArray<Rule<any, any>> = [headlineSupport];

/** Look up a built-in rule by id. */
export const ruleById: ReadonlyMap<string, Rule<any, any>> = new Map(rules.map((r) => [r.meta.id, r]));
