/**
 * What this thread needs to lint a text itself: the built-in rules and the document phase. One
 * module, loaded on first need (src/cli/builtin-rules.ts), so that the bundle loads them as one
 * group of chunks; a run its workers lint, or its cache answers, never loads it in the main thread.
 * @packageDocumentation
 */
export { rules, ruleById } from '../../rules/index.js';
export { lintDocument } from '../engine/lint.js';
