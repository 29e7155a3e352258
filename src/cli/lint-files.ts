/**
 * Lint files from disk: read, decode, resolve the config, run both engine phases.
 * The seam where parallelism and caching plug in: the document phase runs in process or in a
 * worker pool ({@link LintPool}), unchanged files come from the cache ({@link LintCache}), and the
 * corpus phase merges the compact per-file facts at the end.
 */
import { getHeapStatistics } from 'node:v8';
import type { Diagnostic, EngineConfig, FileResult, Input } from '../types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { lintCorpus, mergeResult, withFixes, type FactsSource, type FileFacts } from '../engine/corpus.js';
import { fatalResult, toFileResult } from '../engine/diagnostic.js';
import { decode } from './decode.js';
import { describeFsError, type FileSystem } from './io.js';
import { importCode, isLazyBuiltin, loadCorpusCode, loadRuleCode } from './builtin-rules.js';
import { corpusKey, hashOf, LintCache, type CachedOutcome } from './cache.js';
import { PackedStore } from './packed-store.js';
import { LintPool, packOutcome, TASKS_PER_WORKER, WORKER_MAX_CHARS, WorkerOutOfMemory, workerScript, type PackedOutcome, type WorkerInit } from './pool.js';
import type { Progress } from './progress.js';

/** A file to lint, with the engine config that applies to it. */
export interface Job {
  /** Path as reported. */
  filePath: string;
  /** Path to read (absolute); absent when `text` is given (stdin). */
  readPath?: string;
  text?: string;
  config: EngineConfig;
  /** The serialisable config `config` was built from (lets the job run in a worker thread). */
  resolved?: ResolvedConfig;
}

/** How {@link lintJobs} runs. */
export interface LintJobsOptions {
  maxBytes: number;
  fix: boolean;
  /** Worker threads for the document phase (`--jobs`); 1 or absent lints in process. */
  jobs?: number;
  /** Absolute path of the cache file (`--cache`); no cache when absent. */
  cacheLocation?: string;
  /** Read and hash every file, even one whose stamp is unchanged (`--cache-strategy content`). */
  cacheByContentOnly?: boolean;
  progress?: Progress;
  /** Non-fatal problems, such as a cache that cannot be written. */
  warn?: (message: string) => void;
  /** Most corpus-fact text parsed once for all passes (default {@link FACTS_PARSED_ONCE}); more is parsed again on each pass. */
  factsParsedOnce?: number;
  /** Called once, before the first lint worker starts (see `IO.beforeWorkers`). */
  beforeWorkers?: () => void;
}

/**
 * Most text (UTF-16 units) of corpus facts parsed once, as they arrive, and held as objects for
 * the corpus phase (~3.4 bytes of heap a character: ~27 MB at most) instead of parsed again on
 * each pass a rule makes. The 20 MB bench corpus makes 5.3 M; a 100 MB corpus's facts are let go
 * once they pass it, and rebuilt on each pass.
 */
export const FACTS_PARSED_ONCE = 8 * 1024 * 1024;

/** Files that miss the cache before the run's size is judged (a smaller run stays in process). */
export const POOL_MIN_FILES = 24;
/**
 * Least text (UTF-16 units) a run is expected to lint for `threads` worker threads to pay for
 * themselves. Each worker loads the rules, the knowledge pack and compromise and warms up its JIT
 * on its first texts (about 2 s of CPU), and on the 2-core machines here two workers lint about
 * 1.3× as fast as one thread: with the bench corpus's files, two workers were slower than the main
 * thread alone on 100 and 300 news files (0.5 and 1.5 MB: 2.3 and 3.5 s against 1.7 and 2.8 s)
 * and faster on 1,000 (5 MB) in most runs. Each further thread pays off sooner. The environment
 * variable SEEDLINT_POOL_MIN_CHARS sets it (tests use 0 to force the pool).
 */
export function poolMinChars(threads: number): number {
  const set = process.env.SEEDLINT_POOL_MIN_CHARS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return Math.ceil((3 * 1024 * 1024) / Math.max(1, threads - 1));
}
/**
 * Heap a document's tree takes per character of its text, as an upper estimate: ~120 bytes for
 * news prose (a 19.2 MB text peaked at 2.4 GB), more for texts of many short tokens.
 */
const TREE_BYTES_PER_CHAR = 160;

/**
 * Longest text (UTF-16 units) linted in the main thread; a longer one is linted in a worker of its
 * own with the process's heap limit (`heapLimit`, bytes). A text whose tree does not fit the main
 * thread's heap would end the whole run with V8's out-of-memory abort; in a worker, it is a fatal
 * finding on its file and the other files are linted. A quarter of the heap at
 * {@link TREE_BYTES_PER_CHAR} leaves room for trees four times as dense: 6.8 M characters with the
 * 4 GB heap node gives a machine with 16 GB or more, 1.7 M with the 1 GB it gives 4 GB.
 */
export function ownWorkerMinChars(heapLimit = getHeapStatistics().heap_size_limit): number {
  return Math.floor(heapLimit / 4 / TREE_BYTES_PER_CHAR);
}

/**
 * Files read ahead of the linting, per thread: bounds memory to a few texts whatever the corpus
 * size, and keeps each worker's batches full ({@link TASKS_PER_WORKER}).
 */
const READ_AHEAD = TASKS_PER_WORKER;

/** A job's decoded text, with the hash of its bytes when a cache keys on them, and the file's stamp when read. */
type Read = { input: Input; bom: boolean; hash?: string; stamp?: string };
/** A file the cache answered from its stamp or its bytes' hash: its text is never decoded. */
type CacheHit = { hit: CachedOutcome };
/** The cache's answer for a file's bytes (their hash given, and the file's stamp when read), if it has one. */
type CacheLookup = (job: Job, hash: string, stamp?: string) => CachedOutcome | undefined;

/**
 * Read a job's file; with a cache, hash the bytes and ask it before decoding them (a re-run with
 * `--cache-strategy content` only reads and hashes). Otherwise decode it, or give a fatal result
 * saying why not.
 */
export async function readJob(job: Job, fs: FileSystem, maxBytes: number, cache?: { lookup?: CacheLookup }): Promise<Read | CacheHit | FileResult> {
  if (job.text !== undefined) return { input: { path: job.filePath, value: job.text }, bom: false };
  let bytes: Uint8Array;
  let stamp: string | undefined;
  try {
    if (cache && fs.readFileStamped) ({ bytes, stamp } = await fs.readFileStamped(job.readPath!, maxBytes));
    else bytes = await fs.readFile(job.readPath!, maxBytes);
  } catch (error) {
    const { code, size } = error as { code?: string; size?: number };
    if (code === 'EFBIG' && size !== undefined) {
      return fatalResult(job.filePath, `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit; not linted (raise --max-file-size to lint it)`);
    }
    return fatalResult(job.filePath, `cannot read file: ${describeFsError(error)}`);
  }
  const hash = cache ? hashOf(bytes) : undefined;
  const hit = hash && cache!.lookup?.(job, hash, stamp);
  if (hit) return { hit };
  const decoded = decode(bytes);
  if (!decoded.ok) return fatalResult(job.filePath, decoded.message);
  return { input: { path: job.filePath, value: decoded.text }, bom: decoded.bom, hash, stamp };
}

/** An empty file is linted (nothing to find) and noted, so a truncated download does not pass silently. */
function emptyNote(filePath: string): FileResult {
  const r = fatalResult(filePath, 'file is empty; nothing to lint');
  r.messages[0]!.severity = 3;
  delete r.messages[0]!.fatal;
  return toFileResult(filePath, r.messages);
}

/** Decodes the results kept as bytes (a reporter other than JSON asks for each as text). */
const utf8 = new TextDecoder();

/**
 * The results of a run in input order, kept as JSON text and rebuilt one at a time as they are
 * read: reporters stream through them, so a run over a large corpus never holds every result
 * object at once. Cache hits' results stay the UTF-8 bytes the cache file holds (`encoded`).
 */
export class Results implements Iterable<FileResult> {
  constructor(
    private readonly packed: readonly string[] | PackedStore,
    private readonly encoded: ReadonlyMap<number, Uint8Array> = new Map(),
  ) {}

  get length(): number {
    return this.packed.length;
  }

  /** The `i`th result as the JSON text it is kept as: text, or its UTF-8 bytes (printed as they are). */
  text(i: number): string | Uint8Array {
    return this.encoded.get(i) ?? (Array.isArray(this.packed) ? this.packed[i] : (this.packed as PackedStore).get(i))!;
  }

  /** The `i`th result's JSON text. */
  json(i: number): string {
    const text = this.text(i);
    return typeof text === 'string' ? text : utf8.decode(text);
  }

  /** A fresh copy of the `i`th result (callers may change it). */
  at(i: number): FileResult {
    return JSON.parse(this.json(i)) as FileResult;
  }

  *[Symbol.iterator](): Iterator<FileResult> {
    for (let i = 0; i < this.packed.length; i++) yield this.at(i);
  }

  /** Let go of the results (and the temporary file they may have spilled to). */
  close(): void {
    if (!Array.isArray(this.packed)) (this.packed as PackedStore).clear();
  }
}

/** Results in input order, plus the texts of files that were fixed (for writing back). */
export interface LintRun {
  results: Results;
  /** Fixed text (with BOM restored) by job index. */
  fixed: Map<number, string>;
}

/** Whether every job can be linted by a worker: a serialisable config whose rules are the built-in ones. */
async function workerSafe(jobs: readonly Job[]): Promise<boolean> {
  // Each engine config once: a run's thousands of files share a few.
  const configs = new Set<EngineConfig>();
  for (const j of jobs) {
    if (!j.resolved) return false;
    configs.add(j.config);
  }
  const rules = [...configs].flatMap((c) => c.rules.map((r) => r.rule));
  // The CLI's built-in rules are held by their metadata; rules given otherwise are compared with the modules'.
  if (rules.every(isLazyBuiltin)) return true;
  const { ruleById: builtin } = await importCode();
  return rules.every((rule) => isLazyBuiltin(rule) || builtin.get(rule.meta.id) === rule);
}

/**
 * Lint a text in this thread: the code of rules held by their metadata, and the document phase
 * (the parser and the rest of src/engine/lint.ts), are loaded first. A run its workers lint, or its
 * cache answers, never loads them here.
 */
async function lintHere(input: Input, config: EngineConfig): Promise<PackedOutcome> {
  const [{ lintDocument }] = await Promise.all([importCode(), loadRuleCode(config)]);
  return packOutcome(await lintDocument(input, config));
}

/**
 * Lint jobs: the document phase in process or in `options.jobs` worker threads (started only
 * when enough files miss the cache), results kept in input order; then the corpus phase per
 * engine config over the facts of every file. Texts are dropped as soon as they are linted
 * (unless fixing), so memory does not grow with the corpus.
 */
export async function lintJobs(jobs: readonly Job[], fs: FileSystem, options: LintJobsOptions): Promise<LintRun> {
  const n = jobs.length;
  // Every file's result and corpus facts wait as JSON text, in memory up to a budget and then in a temporary file.
  const results = new PackedStore(n);
  const encoded = new Map<number, Uint8Array>();
  const run = new Results(results, encoded);
  const facts = new PackedStore(n);
  const texts = new Map<number, { text: string; bom: boolean }>();
  const cache = options.cacheLocation ? new LintCache(fs, options.cacheLocation) : undefined;
  await cache?.load();

  const threads = Math.min(options.jobs ?? 1, n);
  const script = threads > 1 && n >= POOL_MIN_FILES && (await workerSafe(jobs)) ? workerScript() : undefined;
  const minChars = poolMinChars(threads);
  const heapLimit = getHeapStatistics().heap_size_limit;
  const ownMinChars = ownWorkerMinChars(heapLimit);
  let pool: LintPool | undefined;
  const configIndex = new Map<ResolvedConfig, number>();

  let done = 0;
  let factsChars = 0;
  // Facts are parsed as they arrive, while the main thread mostly waits for the workers, when all
  // of them are expected to fit the budget for objects: the corpus phase then does not parse them
  // at the end, alone on one core (~0.1 s of parsing and as much of collection for the 20 MB
  // bench corpus). A run expected to pass the budget (from its first files) parses none early.
  const factsBudget = options.factsParsedOnce ?? FACTS_PARSED_ONCE;
  let parsedFacts: Array<FileFacts | undefined> | undefined = [];
  const addFacts = (i: number, text: string) => {
    facts.set(i, text);
    factsChars += text.length;
    if (!parsedFacts) return;
    const expected = done < POOL_MIN_FILES ? factsChars : (factsChars / done) * n;
    if (expected > factsBudget) parsedFacts = undefined;
    else parsedFacts[i] = JSON.parse(text) as FileFacts;
  };
  // With a cache: the hash of each file's facts (the corpus phase's cache key), and for a cache
  // hit, how to read its facts from the cache, should the phase have to run.
  const factsHash: Array<string | undefined> = [];
  const cachedFacts = new Map<number, () => string | undefined>();
  const finish = (i: number, outcome: CachedOutcome | FileResult) => {
    if ('filePath' in outcome) results.set(i, JSON.stringify(outcome));
    else {
      // A cache hit's result is a view of the cache file's bytes, in memory anyway.
      if (typeof outcome.result === 'string') results.set(i, outcome.result);
      else encoded.set(i, outcome.result);
      if (outcome.facts !== undefined) addFacts(i, outcome.facts);
      if (outcome.factsHash !== undefined) factsHash[i] = outcome.factsHash;
      if (outcome.loadFacts) cachedFacts.set(i, outcome.loadFacts);
    }
    done++;
    options.progress?.update(done, n);
  };

  /**
   * Lint one text that missed the cache; in a worker when the pool runs, unless the text is too
   * large for one, and in a worker of its own when it is too large for the main thread.
   */
  const lintOne = async (i: number, read: Read) => {
    const job = jobs[i]!;
    let outcome: PackedOutcome;
    const inProcess = () => lintHere(read.input, job.config);
    const alone = read.input.value.length > ownMinChars ? await ownWorker() : undefined;
    if (alone) {
      try {
        outcome = await alone.run({ id: i, path: read.input.path, text: read.input.value, config: configOf(job) });
      } catch (error) {
        if (!(error instanceof WorkerOutOfMemory)) throw error;
        finish(i, fatalResult(job.filePath, `text of ${(read.input.value.length / 1e6).toFixed(1)} million characters needs more memory than the ${Math.round(heapLimit / 1048576)} MB heap allows; not linted (split the file, or run node with a larger --max-old-space-size)`));
        return;
      }
    } else if (pool && read.input.value.length <= WORKER_MAX_CHARS) {
      try {
        outcome = await pool.run({ id: i, path: read.input.path, text: read.input.value, config: configOf(job) });
      } catch (error) {
        // A text too large for a worker's heap (the worker is replaced) is linted here instead.
        if (!(error instanceof WorkerOutOfMemory)) throw error;
        outcome = await inProcess();
      }
    } else outcome = await inProcess();
    if (cache && job.readPath && read.hash) factsHash[i] = cache.set(job.readPath, read.hash, job.config, job.filePath, i, outcome, read.stamp);
    finish(i, outcome);
  };

  /** Send one miss to the pool; when the most files are in flight, wait for one to finish. */
  const toPool = async (i: number, read: Read) => {
    track(lintOne(i, read));
    if (inFlight.size >= threads * READ_AHEAD) await Promise.race(inFlight);
  };

  // The first misses wait here until there are enough to judge the run's size; a run expected to
  // be small is then linted in process, a larger one in the pool.
  let held: Array<[number, Read]> = [];
  let misses = 0;
  let missChars = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const track = (p: Promise<void>) => {
    inFlight.add(p);
    p.catch((error) => (failure ??= error)).finally(() => inFlight.delete(p));
  };
  /** What a worker starts with: every config of the run, each task naming its config by index. */
  let init: WorkerInit | undefined;
  const workerInit = () => {
    if (init) return init;
    const configs: ResolvedConfig[] = [];
    for (const j of jobs) if (!configIndex.has(j.resolved!)) configIndex.set(j.resolved!, configs.push(j.resolved!) - 1);
    return (init = { configs, fix: options.fix });
  };
  const configOf = (job: Job) => {
    const c = configIndex.get(job.resolved!);
    if (c === undefined) throw new Error('internal: config missing from the worker pool');
    return c;
  };
  const closeWorkers = async () => {
    await Promise.all([pool?.close(), own?.then((p) => p?.close())]);
  };
  let workersStarted = false;
  /** A new pool of lint workers, after the `beforeWorkers` call (once a run). */
  const newPool = (...args: ConstructorParameters<typeof LintPool>) => {
    if (!workersStarted) options.beforeWorkers?.();
    workersStarted = true;
    return new LintPool(...args);
  };
  const startPool = () => {
    pool = newPool(script!, threads, workerInit());
  };
  // The worker of its own for texts too large for the main thread: one text at a time, with the
  // process's heap limit; none when the run's configs cannot go to a worker (plugins) or when
  // running from the sources.
  let own: Promise<LintPool | undefined> | undefined;
  const ownWorker = () =>
    (own ??= (async () => {
      const ownScript = script ?? workerScript();
      if (!ownScript || !(await workerSafe(jobs))) return undefined;
      return newPool(ownScript, 1, workerInit(), { heapMb: Math.floor(heapLimit / 1048576), batch: 1, perWorker: 1 });
    })());

  // Reads run ahead of the linting (bounded), so disk waits overlap with the rules' work.
  const reads: Array<Promise<Read | CacheHit | FileResult> | undefined> = new Array(n);
  const ahead = READ_AHEAD * Math.max(threads, 1);
  // A fixing run needs every text (a cached result's fixes are applied to it): it decodes first.
  const lookup: CacheLookup | undefined = cache && !options.fix ? (job, hash, stamp) => cache.get(job.readPath!, hash, job.config, job.filePath, stamp) : undefined;
  const readAt = (i: number) => (reads[i] ??= readJob(jobs[i]!, fs, options.maxBytes, cache && { lookup }));

  // The files whose stamps the cache vouches for (unchanged since they were read: as git's index
  // answers) are answered first, in one pass of a stat each, and never read; the reads below, each
  // an async call, skip them. Over the 20 MB bench corpus's 6,180 files, a warm run's stamps and
  // answers took 127-136 ms through the reads and take 117-124 ms in this pass, most of it the
  // stats themselves.
  const answered = new Uint8Array(n);
  let unanswered = n;
  if (cache && fs.stamp && !options.fix && !options.cacheByContentOnly) {
    for (let i = 0; i < n; i++) {
      const { readPath, config, filePath } = jobs[i]!;
      if (readPath === undefined) continue;
      let stamp: string | undefined;
      try {
        stamp = fs.stamp(readPath);
      } catch {
        continue; // read below, where its problem is reported
      }
      const hit = stamp !== undefined && cache.byStamp(readPath, stamp, config, filePath);
      if (!hit) continue;
      finish(i, hit);
      answered[i] = 1;
      unanswered--;
    }
  }

  try {
    for (let i = 0; i < n; i++) {
      if (answered[i]) continue;
      unanswered--;
      const job = jobs[i]!;
      for (let k = i + 1; k < Math.min(n, i + 1 + ahead); k++) if (!answered[k]) void readAt(k);
      const read = await readAt(i);
      reads[i] = undefined;
      if ('filePath' in read) {
        finish(i, read);
        continue;
      }
      if ('hit' in read) {
        finish(i, read.hit);
        continue;
      }
      if (options.fix) texts.set(i, { text: read.input.value, bom: read.bom });
      if (read.input.value.trim() === '') {
        finish(i, emptyNote(job.filePath));
        continue;
      }
      if (cache && job.readPath && read.hash && !lookup) {
        const hit = cache.get(job.readPath, read.hash, job.config, job.filePath, read.stamp);
        if (hit) {
          finish(i, hit);
          continue;
        }
      }
      if (!pool && script) {
        held.push([i, read]);
        misses++;
        missChars += read.input.value.length;
        if (misses < POOL_MIN_FILES) continue;
        // The text the run is expected to lint: the misses so far, and the files left (those the
        // stamps did not answer) at their size.
        if (missChars + (missChars / misses) * unanswered < minChars) {
          for (const [k, r] of held) await lintOne(k, r);
          held = [];
          continue;
        }
        startPool();
        // The held files go to the pool as later ones do, a few in flight at a time.
        for (const [k, r] of held) await toPool(k, r);
        held = [];
        continue;
      }
      if (pool) await toPool(i, read);
      else await lintOne(i, read);
    }
    for (const [k, r] of held) await lintOne(k, r); // too few misses for the pool: in process
    held = [];
    pool?.end();
    await Promise.all(inFlight);
    if (failure) throw failure;
  } catch (error) {
    await closeWorkers();
    cache?.close();
    throw error;
  } finally {
    options.progress?.end();
  }
  // The workers stop (their heaps are torn down) while the corpus phase runs here.
  const closing = closeWorkers();

  /**
   * The facts of the cache hits among `list`, from the cache. A hit whose facts the cache lost (its
   * facts line damaged) is linted again, here, for them, and cached with them again (a file gone
   * since has none).
   */
  const factsOfCacheHits = async (list: readonly number[]) => {
    for (const i of list) {
      if (facts.has(i)) continue;
      let text = cachedFacts.get(i)!();
      if (text === undefined) {
        const job = jobs[i]!;
        const read = await readJob(job, fs, options.maxBytes, cache && {});
        if (!('input' in read)) continue;
        const relinted = await lintHere(read.input, job.config);
        text = relinted.facts;
        // The entry gets its facts back (its result is the same).
        if (cache && job.readPath && read.hash) cache.set(job.readPath, read.hash, job.config, job.filePath, i, relinted, read.stamp);
        if (text === undefined) continue;
      }
      addFacts(i, text);
    }
  };

  // Corpus phase, per engine config, over the facts of every file: kept as JSON, and parsed once
  // when they are few enough to hold as objects; otherwise rebuilt one file at a time on each pass
  // a rule makes, so they are never all in memory as objects.
  const byConfig = new Map<EngineConfig, number[]>();
  jobs.forEach((job, i) => {
    if (!facts.has(i) && !cachedFacts.has(i)) return;
    const list = byConfig.get(job.config) ?? [];
    list.push(i);
    byConfig.set(job.config, list);
  });
  const rebuild = (i: number) => JSON.parse(facts.get(i)!) as FileFacts;
  const extra = new Map<string, Diagnostic[]>();
  for (const [config, list] of byConfig) {
    // An unchanged corpus (same config, same facts) has the same findings: from the cache.
    const key = cache && corpusKey(config, list.map((i) => [jobs[i]!.filePath, factsHash[i] ?? hashOf(facts.get(i)!)] as const));
    let found = key ? cache!.corpusFindings(key) : undefined;
    if (!found) {
      await factsOfCacheHits(list);
      const withFacts = list.filter((i) => facts.has(i));
      // Facts small enough to hold as objects are parsed once for every pass a rule makes.
      const held = factsChars <= factsBudget ? (parsedFacts ??= []) : undefined;
      const byPath = new Map(withFacts.map((i, k) => [jobs[i]!.filePath, k]));
      const factsAt = (k: number) => {
        const i = withFacts[k]!;
        return held ? (held[i] ??= rebuild(i)) : rebuild(i);
      };
      const source: FactsSource = {
        *[Symbol.iterator]() {
          for (let k = 0; k < withFacts.length; k++) yield factsAt(k);
        },
        get: (path) => {
          const k = byPath.get(path);
          return k === undefined ? undefined : factsAt(k);
        },
      };
      await loadCorpusCode(config);
      found = lintCorpus(source, config);
      if (key) cache!.setCorpusFindings(key, found);
    }
    for (const [path, ds] of found) extra.set(path, ds);
  }
  // Saved while the stores still hold each linted file's facts and its document-phase result
  // (corpus findings and fixes are merged into the results below): the cache keeps no copies.
  if (cache) {
    try {
      await cache.save({ result: (i) => run.text(i), facts: (i) => facts.get(i) });
    } catch (error) {
      options.warn?.(`cannot write the cache ${cache.location}: ${describeFsError(error)}`);
    }
  }
  facts.clear();
  parsedFacts = undefined;

  // Corpus findings and fixes change the few results they touch; the others stay as they are.
  const fixed = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const more = extra.get(jobs[i]!.filePath);
    const t = texts.get(i);
    if (!more?.length && !(options.fix && t)) continue;
    let merged = mergeResult(run.at(i), more);
    if (options.fix && t) {
      merged = withFixes(merged, t.text);
      if (merged.output !== undefined) fixed.set(i, (t.bom ? '\uFEFF' : '') + merged.output);
    }
    results.set(i, JSON.stringify(merged));
    encoded.delete(i);
  }

  await closing;
  return { results: run, fixed };
}
