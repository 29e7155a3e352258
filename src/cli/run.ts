/** The command-line program, with all I/O injected (see {@link IO}). */
import { dirname, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { EngineConfig, FileResult, Rule } from '../types.js';
import { docsUrl } from '../rule.js';
import { ConfigError } from '../config/options.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { streamingReporters } from '../reporters/index.js';
import { jsonTextStream } from '../reporters/simple.js';
import { countsOfJson } from '../engine/diagnostic.js';
import { VERSION } from '../version.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';
import { ConfigLoader, parseRuleFlag, toEngineConfig } from './config-files.js';
import { expandPatterns, isNormalAbsolute } from './files.js';
import { describeFsError, utf8Chunks, writeAtomic, type IO } from './io.js';
import { lintJobs, type Job } from './lint-files.js';
import { builtinRules } from './builtin-rules.js';
import { DEFAULT_CACHE_LOCATION } from './cache.js';
import { progressBar } from './progress.js';

const metaTable = (registry: ReadonlyArray<Rule<any, any>>) =>
  new Map(registry.map((r) => [r.meta.id, { description: r.meta.description, category: r.meta.category, severity: r.meta.severity, url: docsUrl(r.meta.id) }]));

/** Exit code for a set of results, as documented. */
export function exitCode(totals: Totals, maxWarnings: number): 0 | 1 | 2 {
  if (totals.fatal > 0) return 2;
  if (totals.errors > 0 || (maxWarnings >= 0 && totals.warnings > maxWarnings)) return 1;
  return 0;
}

/** Counts over every result of a run (before `--quiet` hides warnings). */
interface Totals {
  errors: number;
  warnings: number;
  fatal: number;
}

/** Bytes of a report written to stdout at a time. */
const WRITE_CHUNK = 1 << 16;

/**
 * A file's path as reported: relative to `cwd` when under it, with `/` separators. A normal path
 * under the (normal) working directory is the rest of it after the directory: taken
 * directly, as `relative` would give it, without that function resolving both paths again for
 * each of thousands of files (~25 ms for the bench corpus's 6,180 in a run, where it runs cold).
 */
function displayPath(cwd: string, abs: string): string {
  const under = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = isNormalAbsolute(abs) && abs.startsWith(under) ? abs.slice(under.length) : relative(cwd, abs);
  const shown = rel.startsWith('..') ? abs : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** Drop warnings and infos (`--quiet`). */
function onlyErrors(r: FileResult): FileResult {
  return { ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
}

/**
 * Run seedlint with `argv` (without node and script); resolves to the exit code.
 * `registry` replaces the built-in rules (for tests and embedders).
 */
export async function run(argv: readonly string[], io: IO, registry?: ReadonlyArray<Rule<any, any>>): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`seedlint: ${message}\n`);
    return 2;
  };
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\nRun "seedlint --help" for usage.`);
    throw error;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    // The rules (their metadata; their code when this thread runs it) load only now: --help and --version stay instant.
    return await main(options, io, registry ?? (await builtinRules()));
  } catch (error) {
    if (error instanceof ConfigError) {
      const where = [error.file && displayPath(io.cwd, error.file), error.key && `key "${error.key}"`].filter(Boolean).join(', ');
      return fail(`config error${where ? ` in ${where}` : ''}: ${error.message}`);
    }
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
}

async function main(options: CliOptions, io: IO, registry: ReadonlyArray<Rule<any, any>>): Promise<number> {
  const { cwd, fs } = io;
  const ruleById = new Map(registry.map((r) => [r.meta.id, r]));
  const ruleFlags = options.rules.map((f) => parseRuleFlag(f, ruleById));
  const loader = new ConfigLoader(fs, ruleById, { configFile: options.config, ruleFlags, cwd });

  if (options.printConfig) {
    const config = await loader.forFile(resolve(cwd, options.printConfig));
    io.stdout.write(JSON.stringify(config, null, 2) + '\n');
    return 0;
  }

  let ignoreText = '';
  if (options.ignore) {
    const path = resolve(cwd, options.ignorePath ?? '.lintignore');
    try {
      ignoreText = new TextDecoder().decode(await fs.readFile(path));
    } catch (error) {
      if (options.ignorePath) throw new UsageError(`cannot read --ignore-path ${options.ignorePath}: ${describeFsError(error)}`);
    }
  }

  const engineConfigs = new Map<ResolvedConfig, Promise<EngineConfig>>();
  const engineConfig = (c: ResolvedConfig) => {
    let e = engineConfigs.get(c);
    if (!e) engineConfigs.set(c, (e = toEngineConfig(c, ruleById, fs, options.fix || options.fixDryRun)));
    return e;
  };
  const ignoredByConfig = (c: ResolvedConfig, abs: string) =>
    options.ignore && c.ignore.some((i) => {
      const rel = relative(i.base, abs);
      return !rel.startsWith('..') && ignore().add(i.pattern).ignores(rel.split(sep).join('/'));
    });

  const jobs: Job[] = [];
  let inputProblems = 0;
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const config = await loader.forFile(resolve(cwd, options.stdinFilename ?? 'stdin.txt'));
    jobs.push({ filePath: name, text: (await io.readStdin()).replace(/^\uFEFF/, ''), config: await engineConfig(config), resolved: config });
  } else {
    const patterns = options.patterns.length ? options.patterns : ['.'];
    const expanded = await expandPatterns(patterns, { cwd, fs, extensions: options.ext, ignoreText });
    for (const p of expanded.problems) {
      io.stderr.write(`seedlint: ${p.pattern}: ${p.message}\n`);
      inputProblems++;
    }
    for (const abs of expanded.files) {
      const config = await loader.forFile(abs);
      if (ignoredByConfig(config, abs)) continue;
      jobs.push({ filePath: displayPath(cwd, abs), readPath: abs, config: await engineConfig(config), resolved: config });
    }
  }

  const { results, fixed } = await lintJobs(jobs, fs, {
    maxBytes: options.maxFileSize,
    fix: options.fix || options.fixDryRun,
    jobs: options.jobs ?? io.cpus ?? 1,
    cacheLocation: options.cache ? resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined,
    cacheByContentOnly: options.cacheStrategy === 'content',
    progress: progressBar(io.stderr, { format: options.format, progress: options.progress, stdin: options.stdin }),
    warn: (message) => io.stderr.write(`seedlint: ${message}\n`),
    beforeWorkers: io.beforeWorkers,
  });
  if (options.fix) {
    for (const [i, text] of fixed) {
      const job = jobs[i]!;
      try {
        await writeAtomic(fs, job.readPath!, text);
      } catch (error) {
        io.stderr.write(`seedlint: ${job.filePath}: cannot write fixes: ${describeFsError(error)}\n`);
        inputProblems++;
      }
    }
  }

  // The report streams: each result is counted and printed in turn, rebuilt from its JSON text
  // unless the JSON report prints that text as it is (nothing to hide or remove from it).
  const totals: Totals = { errors: 0, warnings: 0, fatal: 0 };
  const tally = (r: Pick<FileResult, 'errorCount' | 'warningCount' | 'fatalErrorCount'>) => {
    totals.errors += r.errorCount;
    totals.warnings += r.warningCount;
    totals.fatal += r.fatalErrorCount;
  };
  const shown = (function* () {
    try {
      for (const r of results) {
        tally(r);
        if (options.fix) delete r.output; // written to the file; the report shows what remains
        yield options.quiet ? onlyErrors(r) : r;
      }
    } finally {
      results.close();
    }
  })();
  const texts = (function* () {
    try {
      for (let i = 0; i < results.length; i++) {
        const text = results.text(i);
        tally(countsOfJson(text));
        yield text;
      }
    } finally {
      results.close();
    }
  })();
  const color = options.color ?? (Boolean(io.stdout.isTTY) && !options.outputFile && io.env.NO_COLOR === undefined);
  const pieces =
    options.format === 'json' && !options.quiet && !options.fix
      ? jsonTextStream(texts)
      : streamingReporters[options.format]!(shown, { color: options.format === 'stylish' && color, rules: metaTable(registry), version: VERSION });
  if (options.outputFile) {
    try {
      const target = resolve(cwd, options.outputFile);
      await fs.mkdir(dirname(target), { recursive: true });
      await writeAtomic(fs, target, pieces);
    } catch (error) {
      io.stderr.write(`seedlint: cannot write --output-file ${options.outputFile}: ${describeFsError(error)}\n`);
      results.close();
      return 2;
    }
  } else {
    // Fresh buffers: a write to a pipe may complete later.
    for (const chunk of utf8Chunks(pieces, WRITE_CHUNK)) io.stdout.write(chunk);
  }

  const code = exitCode(totals, options.maxWarnings);
  if (inputProblems > 0) return 2;
  if (code === 1 && options.maxWarnings >= 0 && options.format === 'stylish' && totals.errors === 0) {
    io.stderr.write(`seedlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }
  return code;
}
