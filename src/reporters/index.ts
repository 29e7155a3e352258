import { stylish, stylishStream } from './stylish.js';
import { json, unix, github, jsonStream, unixStream, githubStream } from './simple.js';
import { sarif, sarifStream } from './sarif.js';
import type { Reporter, StreamingReporter } from './types.js';

export type { Reporter, ReporterOptions, StreamingReporter } from './types.js';

/** The built-in reporters by `--format` name. */
export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, unix, sarif, github };

/** The same reporters, yielding their text while they read the results (what the CLI uses). */
export const streamingReporters: Readonly<Record<string, StreamingReporter>> = {
  stylish: stylishStream,
  json: jsonStream,
  unix: unixStream,
  sarif: sarifStream,
  github: githubStream,
};
