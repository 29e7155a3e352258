import { stylish } from './stylish.js';
import { json, unix, github } from './simple.js';
import { sarif } from './sarif.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

/** The built-in reporters by `--format` name. */
export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, unix, sarif, github };
