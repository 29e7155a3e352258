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
export type Reporter = (results: readonly FileResult[], options?: ReporterOptions) => string;
