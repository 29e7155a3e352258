import { parseArgs } from 'node:util';
import { reporters } from '../reporters/index.js';

/** Parsed command line. */
export interface CliOptions {
  patterns: string[];
  config?: string;
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  rules: string[];
  stdin: boolean;
  stdinFilename?: string;
  printConfig?: string;
  color?: boolean;
  fix: boolean;
  fixDryRun: boolean;
  ext: string[];
  ignorePath?: string;
  ignore: boolean;
  maxFileSize: number;
  jobs?: number;
  cache: boolean;
  cacheLocation?: string;
  /** How the cache tells an unchanged file: `metadata` (its stamp, else its content hash) or `content` (always its content hash). */
  cacheStrategy: 'metadata' | 'content';
  progress?: boolean;
  version: boolean;
  help: boolean;
}

/** A usage error: bad flag or value. Exit code 2. */
export class UsageError extends Error {}

/** The `--help` text. Every flag the CLI takes is listed here and in the README. */
export const HELP = `Usage: seedlint [options] [file|dir|glob ...]

Lint English news text that came through machine translation and web scraping.
Directories are searched for .txt and .md files; with no paths, the current directory.

Input:
  --stdin                    Lint text from standard input
  --stdin-filename <path>    Path to report for stdin text (also picks its config)
  --ext <.txt,.md>           Extensions linted when walking directories
  --ignore-path <file>       Ignore file to use instead of ./.lintignore
  --no-ignore                Do not apply .lintignore or config "ignore" patterns
  --max-file-size <MB>       Skip larger files with an error (default: 20)

Config:
  -c, --config <file>        Use this config file instead of looking up .lintrc.json
  --rule <id:severity>       Set a rule, e.g. --rule spacing:off or --rule 'date-format:["warn",{"prefer":"month-day"}]'
  --print-config <file>      Print the resolved config for a file and exit

Output:
  -f, --format <name>        stylish (default), json, sarif, github, unix
  -o, --output-file <file>   Write the report to a file
  --quiet                    Report errors only
  --max-warnings <n>         Exit 1 when there are more than n warnings (default: -1, no limit)
  --color / --no-color       Force colours on or off (default: on for a terminal)
  --no-progress              Never show the progress bar

Fixing:
  --fix                      Apply safe fixes to the files (written atomically)
  --fix-dry-run              Compute fixes and put the fixed text in the JSON report's "output"

Performance:
  -j, --jobs <n>             Worker threads (default: number of CPUs; small runs stay in process)
  --cache                    Only re-lint changed files
  --cache-location <path>    Cache file (default: .seedlintcache)
  --cache-strategy <name>    metadata (default: a file whose size, times and inode are unchanged
                             is not read) or content (every file is read and hashed)

  -v, --version              Print the version
  -h, --help                 Print this help

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage, config or input error.
`;

/** Parse argv (without node and script). Throws {@link UsageError}. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string', default: '-1' },
        rule: { type: 'string', multiple: true, default: [] },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        ext: { type: 'string', multiple: true, default: [] },
        'ignore-path': { type: 'string' },
        'no-ignore': { type: 'boolean', default: false },
        'max-file-size': { type: 'string', default: '20' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        'cache-strategy': { type: 'string', default: 'metadata' },
        'no-progress': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const v = parsed.values;
  const format = v.format!;
  if (!(format in reporters)) throw new UsageError(`unknown format "${format}" (expected ${Object.keys(reporters).join(', ')})`);
  const int = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} expects an integer ≥ ${min}, got "${value}"`);
    return n;
  };
  const size = Number(v['max-file-size']);
  if (!(size > 0)) throw new UsageError(`--max-file-size expects a number of megabytes, got "${v['max-file-size']}"`);
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  const cacheStrategy = v['cache-strategy']!;
  if (cacheStrategy !== 'metadata' && cacheStrategy !== 'content') throw new UsageError(`unknown --cache-strategy "${cacheStrategy}" (expected metadata or content)`);
  if (v.stdin && v.fix) throw new UsageError('--fix cannot write to stdin; use --fix-dry-run');
  return {
    patterns: parsed.positionals,
    config: v.config,
    format,
    outputFile: v['output-file'],
    quiet: v.quiet!,
    maxWarnings: int('max-warnings', v['max-warnings']!, -1),
    rules: v.rule!,
    stdin: v.stdin!,
    stdinFilename: v['stdin-filename'],
    printConfig: v['print-config'],
    color: v['no-color'] ? false : v.color,
    fix: v.fix!,
    fixDryRun: v['fix-dry-run']!,
    ext: v.ext!.length ? v.ext!.flatMap((e) => e.split(',')).map((e) => (e.startsWith('.') ? e : '.' + e).toLowerCase()) : ['.txt', '.md'],
    ignorePath: v['ignore-path'],
    ignore: !v['no-ignore'],
    maxFileSize: size * 1024 * 1024,
    jobs: v.jobs === undefined ? undefined : int('jobs', v.jobs, 1),
    cache: v.cache!,
    cacheLocation: v['cache-location'],
    cacheStrategy,
    progress: v['no-progress'] ? false : undefined,
    version: v.version!,
    help: v.help!,
  };
}
