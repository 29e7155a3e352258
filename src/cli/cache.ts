/**
 * The `--cache` file: document-phase results of unchanged files, so a re-run only reads and
 * hashes them, or, for a file whose stamp (size, times, inode: {@link stampOf}) is the one it had
 * when it was read, only looks at its metadata. An entry is valid for the same content hash and
 * the same engine config (rule ids, versions, severities, options, plugins, knowledge); the whole
 * file is dropped when seedlint's version, the engine's revision ({@link ENGINE_REVISION}) or its
 * built-in data (knowledge packs, lexicons under `rules/data/`) change. Written atomically; a
 * missing, unreadable or corrupt cache is treated as empty and rewritten.
 *
 * The file is a line of JSON, the head: the entries (each file's hashes, stamp and result's length,
 * a column a field), the corpus findings and the results' size; then each file's result, one JSON
 * text a line, in the entries' order; then the facts by hash, on a line of their own. A run over
 * an unchanged corpus finds its corpus findings under the facts' hashes and never reads the facts line (on the 20 MB bench
 * corpus, 6 of the file's 12.5 MB: ~30 ms of reading here, and ~10 ms of looking for its end),
 * which is read from the file as opened only when facts are asked for; and it takes each
 * result as a view of the results' bytes, printed as they are: no result is parsed, copied,
 * unescaped or even decoded (parsing the results as JSON strings, and the collector moving them,
 * cost a warm run of that corpus ~40 ms of its ~0.7 s; decoding them and encoding them again for
 * the report, ~45 ms of ~0.6 s).
 * @packageDocumentation
 */
import * as crypto from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, EngineConfig } from '../types.js';
import { VERSION } from '../version.js';
import { ENGINE_REVISION } from '../engine/corpus.js';
import { bytesHandle, writeAtomic, type FileSystem, type Piece, type ReadHandle, type stampOf } from './io.js';

/** Decodes the head, the facts line and a hit's result renamed for another path (one per hit, when a run names files otherwise). */
const utf8 = new TextDecoder();

/** Default `--cache-location`. */
export const DEFAULT_CACHE_LOCATION = '.seedlintcache';

/** 7: the entries as columns (6: an object an entry, facts after the results; 5: results placed in bytes; 4: in UTF-16 units; 3: results in the entries, facts on a line of their own; 2: facts in the entries too; 1: objects). */
const FORMAT = 7;

/** Bytes first read for the head (the file's first line); each next part is four times as large (up to {@link HEAD_PART_MAX}), until one holds the line's end. */
const HEAD_PART = 1 << 16;
const HEAD_PART_MAX = 1 << 20;

/** What is kept per file. */
export interface CacheEntry {
  /** sha1 of the file's bytes. */
  hash: string;
  /** {@link configKey} of the config it was linted with. */
  config: string;
  /** The path the result names (a hit for another display path renames it). */
  filePath: string;
  /** Where its document-phase result (before corpus findings and fixes; JSON) starts among the results' lines (bytes), in the file. */
  at?: number;
  /** The result's length in UTF-8 bytes. */
  length?: number;
  /** {@link hashOf} its corpus facts' JSON ({@link FileFacts}), kept on the facts line. */
  facts?: string;
  /** The file's stamp ({@link stampOf}) when it was read with this hash: while it stays the same, the file is not read again. */
  stamp?: string;
}

/**
 * Where a run keeps the result and facts (JSON texts) of the files it linted, by job number: the
 * cache reads them back when it is saved instead of holding its own copies (for a 100 MB corpus,
 * tens of MB that the run's own stores spill to disk).
 */
export interface RunTexts {
  /** A result as the run keeps it: its JSON text, or (a cache hit linted again for its facts) its bytes as read. */
  result(job: number): string | Uint8Array | undefined;
  facts(job: number): string | undefined;
}

/** A document-phase outcome as the run keeps it: JSON texts. */
export interface CachedOutcome {
  /** The result's JSON text, or its UTF-8 bytes as the cache file holds them (a hit: never decoded unless the result changes). */
  result: string | Uint8Array;
  /** The corpus facts' JSON, when at hand (a file just linted). */
  facts?: string;
  /** {@link hashOf} the facts' JSON (a cache hit with facts). */
  factsHash?: string;
  /** The facts' JSON of a cache hit, read from the cache's facts line; `undefined` when that line lacks them. */
  loadFacts?: () => string | undefined;
}

/** The same JSON object with its `filePath` (its first key) replaced. */
function renamed(json: string, filePath: string): string {
  return JSON.stringify({ ...(JSON.parse(json) as { filePath: string }), filePath });
}

/**
 * The entries of the file, a column a field, row `k` an entry: a warm run parses no object, config
 * key or reported path per entry. The bench corpus's head (6,180 entries) parsed in 37-40 ms as an
 * object an entry and 22-24 ms as columns, and is 43% smaller.
 */
interface Columns {
  /** Entries: the length of every column. */
  n: number;
  /** The read path: the entry's key. */
  path: string[];
  /** sha1 of the file's bytes. */
  hash: string[];
  /** The entry's {@link configKey}, as an index into the head's `configs`. */
  config: number[];
  /** The reported path: the read path from this offset on (most are its end), or the path itself. */
  name: Array<number | string>;
  stamp: Array<string | null>;
  /** The result's length in UTF-8 bytes; each result starts a byte after the one before ends. */
  length: number[];
  facts: Array<string | null>;
}

/** The first line of the file. */
interface CacheFile {
  format: number;
  key: string;
  /** Bytes of the results' lines, which follow the head. */
  results: number;
  configs: string[];
  files: Columns;
  /** Corpus-phase findings by {@link corpusKey}: the last run's, per engine config. */
  corpus?: Record<string, Array<[string, Diagnostic[]]>>;
}

const isColumn = (c: unknown, n: number) => Array.isArray(c) && c.length === n;

/** Whether a parsed head is one this version wrote: the columns all as long, and every length a byte count. */
function validHead(data: Partial<CacheFile> | undefined, key: string): data is CacheFile {
  if (!data || data.format !== FORMAT || data.key !== key || !Number.isSafeInteger(data.results) || data.results! < 0 || !Array.isArray(data.configs)) return false;
  const f = data.files;
  const n = f?.n;
  if (!Number.isSafeInteger(n) || n! < 0 || ![f!.hash, f!.config, f!.name, f!.stamp, f!.length, f!.facts].every((c) => isColumn(c, n!))) return false;
  return f!.length.every((l) => Number.isSafeInteger(l) && l >= 0);
}

/** The last line: each entry's facts' JSON by its hash. */
type FactsLine = Record<string, string>;

/** Node's one-shot hash (Node 20.12+): no Hash object per call, which a warm run makes once per file. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }).hash;

/** sha1 of some bytes or text, hex. */
export function hashOf(data: Uint8Array | string): string {
  return oneShot ? oneShot('sha1', data, 'hex') : crypto.createHash('sha1').update(data).digest('hex');
}

let dataFingerprint: string | undefined;

/** Name of the file, next to the data directory, in which `npm run build` saves its fingerprint. */
export const DATA_FINGERPRINT_FILE = 'data.sha1';

/** Hash of the files under `root` (names and contents, in name order), hex. */
export function dataFingerprintOf(root: string): string {
  const hash = crypto.createHash('sha1');
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) hash.update(e.name).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex');
}

/**
 * Hash of seedlint's built-in data files (knowledge packs, lexicons): the knowledge pack version.
 * The build saves it next to the data it copies ({@link DATA_FINGERPRINT_FILE}): hashing the 7 MB
 * of data again took ~35 ms of every cached run. Run from the sources, it is computed.
 */
export function builtinDataFingerprint(): string {
  if (dataFingerprint) return dataFingerprint;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data');
  let saved = '';
  try {
    saved = readFileSync(join(root, '..', DATA_FINGERPRINT_FILE), 'utf8').trim();
  } catch {
    // not built: computed below
  }
  return (dataFingerprint = /^[0-9a-f]{40}$/.test(saved) ? saved : dataFingerprintOf(root));
}

const configKeys = new WeakMap<EngineConfig, string>();

/** Key of what the engine runs with: rule ids and versions, severities, options, plugins, user knowledge. */
export function configKey(config: EngineConfig): string {
  let key = configKeys.get(config);
  if (!key) {
    key = hashOf(
      JSON.stringify({
        rules: config.rules.map((r) => [r.rule.meta.id, r.rule.meta.version ?? 1, r.severity, r.options]),
        plugins: (config.plugins ?? []).map((p) => [p.name, p.options ?? null, p.severity]),
        knowledge: config.knowledge ?? [],
      }),
    );
    configKeys.set(config, key);
  }
  return key;
}

/**
 * Key of a corpus phase: the engine config and every file's path and the hash of its facts, in
 * order. Equal keys give equal corpus findings, so an unchanged corpus need not run the phase again.
 */
export function corpusKey(config: EngineConfig, files: Iterable<readonly [path: string, factsHash: string]>): string {
  const hash = crypto.createHash('sha1').update(configKey(config));
  for (const [path, factsHash] of files) hash.update('\0').update(path).update('\0').update(factsHash);
  return hash.digest('hex');
}

/**
 * JSON text of `value` with every character past ASCII escaped (`\u2019`): the same value, read
 * back. A warm run starts by decoding the whole cache file, and one curly quote in a message makes
 * V8 hold the text in two bytes a character: the bench corpus's 12 MB cache (17,096 such
 * characters) decoded in ~50 ms as UTF-8 with them and ~12 ms as ASCII.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The cache of one run: loaded at the start, saved at the end. */
export class LintCache {
  /** The entries read from the file, their rows by read path, where each one's result starts, and the config keys they refer to. */
  private columns: Columns | undefined;
  private rows = new Map<string, number>();
  private starts: number[] = [];
  private configs: string[] = [];
  /** Entries made or changed by this run: they take the place of the file's. */
  private entries = new Map<string, CacheEntry>();
  private corpus: Record<string, Array<[string, Diagnostic[]]>> = {};
  /** The corpus findings this run used or made: the only ones saved. */
  private corpusNow: Record<string, Array<[string, Diagnostic[]]>> = {};
  private key: string;
  private changed = false;
  /** The cache file as opened, until its facts line is read (when facts are asked for) or the cache is saved; and where that line starts. */
  private file: ReadHandle | undefined;
  private factsAt = 0;
  /** The results' lines as read: each hit's result is a view of them, printed as it is. */
  private resultBytes: Uint8Array | undefined;
  private factsRead: FactsLine | undefined;
  /**
   * The files linted in this run, by path: the job number under which the run keeps each one's
   * result and facts ({@link RunTexts}). Kept apart from the entries, which come from the file.
   */
  private linted = new Map<string, number>();

  constructor(
    private fs: FileSystem,
    /** Absolute path of the cache file. */
    readonly location: string,
  ) {
    this.key = `${VERSION}:${ENGINE_REVISION}:${builtinDataFingerprint()}`;
  }

  /**
   * Read the cache file's head and results (its facts wait in the file, kept open, until asked
   * for); anything unreadable or of another version counts as empty.
   */
  async load(): Promise<void> {
    let file: ReadHandle;
    try {
      file = this.fs.openRead ? await this.fs.openRead(this.location) : bytesHandle(await this.fs.readFile(this.location));
    } catch {
      return;
    }
    try {
      // The head: parts read one after another (each four times the last, up to 1 MB, so that
      // little of the results is read with the last) until one holds its end.
      const parts: Uint8Array[] = [];
      let end = -1;
      for (let at = 0, size = HEAD_PART; end < 0 && at < file.size; at += size, size = Math.min(size * 4, HEAD_PART_MAX)) {
        const part = file.read(at, Math.min(size, file.size - at));
        const newline = part.indexOf(0x0a);
        parts.push(newline < 0 ? part : part.subarray(0, newline));
        if (newline >= 0) end = at + newline;
      }
      const data = end < 0 ? undefined : (JSON.parse(utf8.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts))) as Partial<CacheFile>);
      if (validHead(data, this.key)) {
        const files = (this.columns = data.files);
        this.configs = data.configs;
        let at = 0;
        for (let k = 0; k < files.path.length; k++) {
          this.rows.set(files.path[k]!, k);
          this.starts.push(at);
          at += files.length[k]! + 1;
        }
        if (data.corpus && typeof data.corpus === 'object' && !Array.isArray(data.corpus)) this.corpus = data.corpus;
        this.resultBytes = file.read(end + 1, data.results);
        [this.file, this.factsAt] = [file, end + 1 + data.results];
        return;
      }
    } catch {
      // corrupt: start over
    }
    file.close();
    this.changed = true;
  }

  /** Let go of the cache file (its facts line unread, if it was: the facts of hits are then lost, not wrong). */
  close(): void {
    this.file?.close();
    this.file = undefined;
  }

  /**
   * The cached document-phase outcome of a file, when its content (its bytes' `hash`) and config
   * are unchanged; the file's `stamp` when read, if it has one, is kept for {@link byStamp}.
   */
  get(readPath: string, hash: string, config: EngineConfig, filePath: string, stamp?: string): CachedOutcome | undefined {
    const e = this.entry(readPath);
    if (!e || e.hash !== hash) return undefined;
    const hit = this.outcome(e, config, filePath);
    if (hit && stamp !== undefined && e.stamp !== stamp) {
      this.entries.set(readPath, { ...e, stamp });
      this.changed = true;
    }
    return hit;
  }

  /**
   * The cached outcome of a file whose stamp is the one it had when read with the cached hash:
   * its content is unchanged, and it need not be read (as git's index answers for unchanged files).
   */
  byStamp(readPath: string, stamp: string, config: EngineConfig, filePath: string): CachedOutcome | undefined {
    const e = this.entry(readPath);
    return e && typeof e.stamp === 'string' && e.stamp === stamp ? this.outcome(e, config, filePath) : undefined;
  }

  /** The entry of a read path: this run's, or the file's (made from its row). */
  private entry(readPath: string): CacheEntry | undefined {
    const own = this.entries.get(readPath);
    if (own) return own;
    const k = this.rows.get(readPath);
    if (k === undefined) return undefined;
    const c = this.columns!;
    const name = c.name[k];
    return {
      hash: c.hash[k]!,
      config: this.configs[c.config[k]!]!,
      filePath: typeof name === 'number' ? readPath.slice(name) : String(name),
      at: this.starts[k],
      length: c.length[k],
      facts: c.facts[k] ?? undefined,
      stamp: c.stamp[k] ?? undefined,
    };
  }

  /**
   * An entry's result: its line of the results as read (a view of their bytes: no copy, no
   * decoding; decoding the 20 MB bench corpus's 3.8 MB of results took a warm run ~30 ms, and
   * printing them encoded them again). `undefined` when that is not a whole line starting a JSON
   * object (a damaged file).
   */
  private resultOf(e: CacheEntry): Uint8Array | undefined {
    const { at, length } = e;
    const bytes = this.resultBytes;
    if (!bytes || !Number.isSafeInteger(at) || !Number.isSafeInteger(length) || at! < 0 || length! < 2) return undefined;
    if (at! + length! >= bytes.length || bytes[at! + length!] !== 10 || bytes[at!] !== 123 || (at! > 0 && bytes[at! - 1] !== 10)) return undefined;
    return bytes.subarray(at!, at! + length!);
  }

  /** An entry's outcome for `config`, naming `filePath`; `undefined` when it was linted with another config. */
  private outcome(e: CacheEntry, config: EngineConfig, filePath: string): CachedOutcome | undefined {
    if (e.config !== configKey(config)) return undefined;
    const result = this.resultOf(e);
    if (result === undefined) return undefined;
    const factsHash = typeof e.facts === 'string' ? e.facts : undefined;
    const loadFacts = factsHash === undefined ? undefined : () => {
      const facts = this.factsOf(factsHash);
      return facts === undefined || e.filePath === filePath ? facts : renamed(facts, filePath);
    };
    if (e.filePath === filePath) return { result, factsHash, loadFacts };
    return { result: renamed(utf8.decode(result), filePath), factsHash, loadFacts };
  }

  /**
   * Remember the document-phase outcome of job `job` (its result and facts as JSON, naming
   * `filePath`, which the run keeps under that number until the cache is saved: {@link RunTexts})
   * for the bytes with this `hash`, and the file's `stamp` when read; returns the hash of its
   * facts, if it has any.
   */
  set(readPath: string, hash: string, config: EngineConfig, filePath: string, job: number, outcome: { result: string; facts?: string }, stamp?: string): string | undefined {
    const factsHash = outcome.facts === undefined ? undefined : hashOf(outcome.facts);
    this.entries.set(readPath, { hash, config: configKey(config), filePath, length: Buffer.byteLength(outcome.result), facts: factsHash, stamp });
    this.linted.set(readPath, job);
    this.changed = true;
    return factsHash;
  }

  /** Facts' JSON by hash, from the facts line (read and decoded on first need; a corrupt line has none). */
  private factsOf(hash: string): string | undefined {
    if (!this.factsRead) {
      try {
        const file = this.file;
        const line = file && (JSON.parse(utf8.decode(file.read(this.factsAt, file.size - this.factsAt))) as unknown);
        this.factsRead = line && typeof line === 'object' && !Array.isArray(line) ? (line as FactsLine) : {};
      } catch {
        this.factsRead = {};
      }
      this.close();
    }
    const facts = Object.hasOwn(this.factsRead, hash) ? this.factsRead[hash] : undefined;
    return typeof facts === 'string' ? facts : undefined;
  }

  /** The corpus findings (by file path) of a corpus phase with this {@link corpusKey}, when cached. */
  corpusFindings(key: string): Map<string, Diagnostic[]> | undefined {
    const found = this.corpus[key];
    if (!Array.isArray(found)) return undefined;
    this.corpusNow[key] = found;
    return new Map(found);
  }

  /** Remember the findings of a corpus phase. */
  setCorpusFindings(key: string, findings: Map<string, Diagnostic[]>): void {
    this.corpusNow[key] = [...findings];
    this.changed = true;
  }

  /**
   * Write the cache (atomically) when anything changed, reading the results and facts of the files
   * linted in this run from `texts`.
   */
  async save(texts: RunTexts): Promise<void> {
    if (Object.keys(this.corpusNow).length !== Object.keys(this.corpus).length) this.changed = true;
    if (!this.changed) return this.close();
    await this.fs.mkdir(dirname(this.location), { recursive: true });
    // Every entry's facts go on the facts line and its result on a line of its own; an entry from
    // the file whose facts or result are lost (a damaged file) goes.
    const kept: Array<[path: string, entry: CacheEntry, old: CacheEntry, job: number | undefined]> = [];
    let at = 0;
    const keep = (path: string, e: CacheEntry) => {
      const job = this.linted.get(path);
      const { facts } = e;
      const length = job !== undefined ? e.length : this.resultOf(e)?.length;
      if (length === undefined || typeof e.config !== 'string' || (job === undefined && facts !== undefined && this.factsOf(facts) === undefined)) return;
      kept.push([path, { hash: e.hash, config: e.config, filePath: e.filePath, facts, stamp: e.stamp, at, length }, e, job]);
      at += length + 1;
    };
    // The file's entries in their order (this run's in place of theirs), then this run's new ones.
    for (const path of this.rows.keys()) keep(path, this.entry(path)!);
    for (const [path, e] of this.entries) if (!this.rows.has(path)) keep(path, e);
    // The old facts the new file keeps were read just now (factsOf): the old file can go.
    this.close();
    await writeAtomic(this.fs, this.location, this.lines(kept, at, texts));
    this.changed = false;
  }

  /**
   * The file's text, a small piece at a time (never one string of the whole head or facts line,
   * nor every result at once: for a 100 MB corpus those are tens of MB).
   */
  private *lines(kept: ReadonlyArray<[path: string, entry: CacheEntry, old: CacheEntry, job: number | undefined]>, results: number, texts: RunTexts): Generator<Piece> {
    const configs = [...new Set(kept.map(([, e]) => e.config))];
    const configIndex = new Map(configs.map((c, i) => [c, i]));
    // A column in pieces of ~64 K characters (a piece a value made seven for each entry).
    const column = function* (name: string, value: (path: string, e: CacheEntry) => string) {
      let piece = `,"${name}":[`;
      for (let k = 0; k < kept.length; k++) {
        piece += `${k ? ',' : ''}${value(kept[k]![0], kept[k]![1])}`;
        if (piece.length > 1 << 16) {
          yield piece;
          piece = '';
        }
      }
      yield `${piece}]`;
    };
    yield `{"format":${FORMAT},"key":${asciiJson(this.key)},"results":${results},"corpus":${asciiJson(this.corpusNow)},"configs":${asciiJson(configs)},"files":{"n":${kept.length}`;
    yield* column('path', (path) => asciiJson(path));
    yield* column('hash', (_, e) => asciiJson(e.hash));
    yield* column('config', (_, e) => String(configIndex.get(e.config)));
    yield* column('name', (path, e) => (path.endsWith(e.filePath) ? String(path.length - e.filePath.length) : asciiJson(e.filePath)));
    yield* column('stamp', (_, e) => (e.stamp === undefined ? 'null' : asciiJson(e.stamp)));
    yield* column('length', (_, e) => String(e.length));
    yield* column('facts', (_, e) => (e.facts === undefined ? 'null' : asciiJson(e.facts)));
    yield '}}\n';
    for (const [, { length }, old, job] of kept) {
      const result = job !== undefined ? texts.result(job) : this.resultOf(old);
      // Offsets are written already: a result that is not as long as said (it cannot happen) is
      // written as blanks of that length, which the next run does not use.
      const whole = typeof result === 'string' ? Buffer.byteLength(result) === length && !result.includes('\n') : result !== undefined && result.length === length && !result.includes(10);
      yield whole ? result! : ' '.repeat(length!);
      yield '\n';
    }
    yield '{';
    const written = new Set<string>();
    for (const [, { facts }, , job] of kept) {
      if (facts === undefined || written.has(facts)) continue;
      const text = job !== undefined ? texts.facts(job) : this.factsOf(facts);
      if (text === undefined) continue; // the next run relints the file when it needs its facts
      yield `${written.size ? ',' : ''}${asciiJson(facts)}:${asciiJson(text)}`;
      written.add(facts);
    }
    yield '}\n';
  }
}
