/**
 * The `--cache` file: document-phase results of unchanged files, so a re-run only reads and
 * hashes them. An entry is valid for the same content hash and the same engine config (rule ids,
 * versions, severities, options, plugins, knowledge); the whole file is dropped when seedlint's
 * version, the engine's revision ({@link ENGINE_REVISION}) or its built-in data (knowledge packs, lexicons under `rules/data/`) change. Written
 * atomically; a missing, unreadable or corrupt cache is treated as empty and rewritten.
 * @packageDocumentation
 */
import * as crypto from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, EngineConfig } from '../types.js';
import { VERSION } from '../version.js';
import { ENGINE_REVISION } from '../engine/lint.js';
import { writeAtomic, type FileSystem } from './io.js';

/** Default `--cache-location`. */
export const DEFAULT_CACHE_LOCATION = '.seedlintcache';

/** 2: results and facts kept as the JSON text the run holds them in (1 kept objects). */
const FORMAT = 2;

/** What is kept per file. */
export interface CacheEntry {
  /** sha1 of the file's bytes. */
  hash: string;
  /** {@link configKey} of the config it was linted with. */
  config: string;
  /** The path the result names (a hit for another display path renames it). */
  filePath: string;
  /** Document-phase result (before corpus findings and fixes), as JSON. */
  result: string;
  /** Its corpus facts ({@link FileFacts}), as JSON. */
  facts?: string;
}

/** A cached document-phase outcome: the JSON texts the run keeps. */
export interface CachedOutcome {
  result: string;
  facts?: string;
  /** Set by {@link LintCache.get} when the texts are the cache's own, held in memory for the whole run. */
  shared?: true;
}

/** The same JSON object with its `filePath` (its first key) replaced. */
function renamed(json: string, filePath: string): string {
  return JSON.stringify({ ...(JSON.parse(json) as { filePath: string }), filePath });
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
  /** Corpus-phase findings by {@link corpusKey}: the last run's, per engine config. */
  corpus?: Record<string, Array<[string, Diagnostic[]]>>;
}

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
 * Key of a corpus phase: the engine config and every file's path and facts, in order. Equal
 * keys give equal corpus findings, so an unchanged corpus need not run the phase again.
 */
export function corpusKey(config: EngineConfig, files: Iterable<readonly [string, string]>): string {
  const hash = crypto.createHash('sha1').update(configKey(config));
  for (const [path, facts] of files) hash.update('\0').update(path).update('\0').update(facts);
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
  private entries: Record<string, CacheEntry> = {};
  private corpus: Record<string, Array<[string, Diagnostic[]]>> = {};
  /** The corpus findings this run used or made: the only ones saved. */
  private corpusNow: Record<string, Array<[string, Diagnostic[]]>> = {};
  private key: string;
  private changed = false;

  constructor(
    private fs: FileSystem,
    /** Absolute path of the cache file. */
    readonly location: string,
  ) {
    this.key = `${VERSION}:${ENGINE_REVISION}:${builtinDataFingerprint()}`;
  }

  /** Read the cache file; anything unreadable or of another version counts as empty. */
  async load(): Promise<void> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.fs.readFile(this.location));
    } catch {
      return;
    }
    try {
      const data = JSON.parse(text) as CacheFile;
      if (data && data.format === FORMAT && data.key === this.key && typeof data.entries === 'object' && data.entries && !Array.isArray(data.entries)) {
        this.entries = data.entries;
        if (data.corpus && typeof data.corpus === 'object' && !Array.isArray(data.corpus)) this.corpus = data.corpus;
        return;
      }
    } catch {
      // corrupt: start over
    }
    this.changed = true;
  }

  /** The cached document-phase outcome of a file, when its content and config are unchanged. */
  get(readPath: string, hash: string, config: EngineConfig, filePath: string): CachedOutcome | undefined {
    const e = this.entries[readPath];
    if (!e || e.hash !== hash || e.config !== configKey(config) || typeof e.result !== 'string') return undefined;
    if (e.filePath === filePath) return { result: e.result, facts: e.facts, shared: true };
    return { result: renamed(e.result, filePath), facts: e.facts === undefined ? undefined : renamed(e.facts, filePath) };
  }

  /** Remember a file's document-phase outcome (its result and facts as JSON, naming `filePath`). */
  set(readPath: string, hash: string, config: EngineConfig, filePath: string, outcome: Omit<CachedOutcome, 'shared'>): void {
    this.entries[readPath] = { hash, config: configKey(config), filePath, result: outcome.result, facts: outcome.facts };
    this.changed = true;
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

  /** Write the cache (atomically) when anything changed. */
  async save(): Promise<void> {
    if (Object.keys(this.corpusNow).length !== Object.keys(this.corpus).length) this.changed = true;
    if (!this.changed) return;
    await this.fs.mkdir(dirname(this.location), { recursive: true });
    const data: CacheFile = { format: FORMAT, key: this.key, entries: this.entries, corpus: this.corpusNow };
    await writeAtomic(this.fs, this.location, asciiJson(data));
    this.changed = false;
  }
}
