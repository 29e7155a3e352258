/**
 * The engine's parts that need no parser: the corpus phase over the facts of every file, merging
 * its findings and fixes into results, and the constants the CLI keys caches and batches on. The
 * CLI's main thread imports these; the document phase (src/engine/lint.ts: the parser, retext,
 * compromise's loader) loads only where a text is linted, so a run its workers lint, or its cache
 * answers, starts without it.
 * @packageDocumentation
 */
import type { Diagnostic, EngineConfig, FileResult } from '../types.js';
import { LineIndex } from './position.js';
import { fromReport, toFileResult } from './diagnostic.js';
import { applyFixes } from './fix.js';

/**
 * Revision of how the engine reads a document, bumped when the same text, config and rules can
 * give other findings (2: Markdown files are read as their prose). Caches key on it.
 */
export const ENGINE_REVISION = 2;

/** What the document phase of one file hands to the corpus phase. */
export interface FileFacts {
  filePath: string;
  /** Line starts of the file, so corpus findings get line/column without the text. */
  lineStarts: number[];
  length: number;
  /** Facts by rule id. */
  facts: Record<string, unknown>;
}

/** Documents linted together (their tagging is one compromise call): by `lint` (src/engine/lint.ts), and in a message to a lint worker. */
export const DOCUMENTS_TOGETHER = 8;

/**
 * Every file's facts for the corpus phase, which may rebuild them on each pass (from their JSON
 * in the CLI), so that no pass needs all of them in memory at once.
 */
export interface FactsSource extends Iterable<FileFacts> {
  /** One file's facts, by path (for the line starts of the findings on it). */
  get(filePath: string): FileFacts | undefined;
}

/** A {@link FactsSource} over facts already in memory. */
function inMemory(files: readonly FileFacts[]): FactsSource {
  const byPath = new Map(files.map((f) => [f.filePath, f]));
  return { [Symbol.iterator]: () => files[Symbol.iterator](), get: (path) => byPath.get(path) };
}

/**
 * Corpus phase: run the cross-document part of each rule over the facts of all files.
 * Returns new diagnostics by file path.
 */
export function lintCorpus(files: readonly FileFacts[] | FactsSource, config: EngineConfig): Map<string, Diagnostic[]> {
  const source = Array.isArray(files) ? inMemory(files) : (files as FactsSource);
  const indexes = new Map<string, LineIndex>();
  const out = new Map<string, Diagnostic[]>();
  for (const { rule, severity, options } of config.rules) {
    if (!rule.corpus) continue;
    const id = rule.meta.id;
    const withFacts = {
      *[Symbol.iterator]() {
        for (const f of source) if (f.facts[id] !== undefined) yield { filePath: f.filePath, facts: f.facts[id] };
      },
    };
    rule.corpus(withFacts, {
      id,
      options,
      knowledge: config.knowledge ?? [],
      report(filePath, d) {
        let index = indexes.get(filePath);
        if (!index) {
          const file = source.get(filePath);
          if (!file) throw new Error(`Rule "${id}" reported on "${filePath}", which is not in the corpus`);
          indexes.set(filePath, (index = LineIndex.fromStarts(file.lineStarts, file.length)));
        }
        const list = out.get(filePath) ?? [];
        list.push(fromReport(rule, severity, d, index));
        out.set(filePath, list);
      },
    });
  }
  return out;
}

/** Merge corpus findings into a file's result. */
export function mergeResult(result: FileResult, extra: Diagnostic[] | undefined): FileResult {
  if (!extra?.length) return result;
  return toFileResult(result.filePath, [...result.messages, ...extra]);
}

/** Attach the fixed text to a result, when fixing changed anything. */
export function withFixes(result: FileResult, text: string): FileResult {
  const { output } = applyFixes(text, result.messages);
  return output === text ? result : { ...result, output };
}
