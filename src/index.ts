/**
 * seedlint's public API: lint texts in process, define rules, format reports.
 * @packageDocumentation
 */
export type * from './types.js';
export { lint, lintDocument, lintCorpus, mergeResult, withFixes, type FactsSource, type FileFacts, type DocumentOutcome } from './engine/lint.js';
export { applyFixes } from './engine/fix.js';
export { defineRule, docsUrl, formatMessage } from './rule.js';
export { rules, ruleById } from '../rules/index.js';
export { reporters, streamingReporters, type Reporter, type ReporterOptions, type StreamingReporter } from './reporters/index.js';
export { resolveOptions, ConfigError } from './config/options.js';
export { resolveLayers, preset, checkShape, type RawConfig, type ResolvedConfig } from './config/resolve.js';
export { lintrcSchema } from './config/schema.js';
export { parseKnowledgePack, KnowledgePackError } from './knowledge/packs.js';
export { run } from './cli/run.js';
export { VERSION } from './version.js';
