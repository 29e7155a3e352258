import type { FileResult } from '../types.js';

/** What reporters know besides the results. All of it is data: reporters stay pure. */
export interface ReporterOptions {
  /** Colour escapes allowed (a TTY without `--no-color`). */
  color?: boolean;
  /** Rule metadata by id, for SARIF's rule table. */
  rules?: ReadonlyMap<string, { description: string; category: string; severity: string; url: string }>;
  /** seedlint's version, for SARIF's tool section. */
  version?: string;
}

/** A pure function from results to the text to print. */
export type Reporter = (results: Iterable<FileResult>, options?: ReporterOptions) => string;

/**
 * A reporter that yields its text piece by piece while it reads the results one at a time, so a
 * large run is printed without holding every result (or the whole report) in memory.
 */
export type StreamingReporter = (results: Iterable<FileResult>, options?: ReporterOptions) => Iterable<string>;

/** The string form of a streaming reporter. */
export const collect =
  (stream: StreamingReporter): Reporter =>
  (results, options) => [...stream(results, options)].join('');
