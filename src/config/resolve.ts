/**
 * Config resolution, without I/O: raw `.lintrc.json` objects in, validated settings out.
 * Reading files and walking directories is the CLI's job (src/cli/config-files.ts).
 */
import type { Rule, Severity, SeverityName } from '../types.js';
import { ConfigError, resolveOptions } from './options.js';
import { editDistance } from '../text/distance.js';

/** A rule setting as written: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, Record<string, unknown>?];

/** The shape of `.lintrc.json`. */
export interface RawConfig {
  $schema?: string;
  /** `seedlint:recommended`, `seedlint:all`, or a path to another config file; a string or a list. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** Knowledge packs (JSON, CSV or TBX), relative to the config file. */
  knowledge?: string[];
  /** unified/retext plugins by package name, or `[name, options]`. */
  plugins?: Array<string | [string, unknown]>;
  /** Glob patterns of files not to lint, relative to the config file. */
  ignore?: string[];
}

/** A resolved, serialisable configuration (it can cross to a worker thread). */
export interface ResolvedConfig {
  /** Enabled rules with numeric severity and validated options. */
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  plugins: Array<{ name: string; options?: unknown; from: string }>;
  /** Absolute paths of knowledge packs. */
  knowledge: string[];
  ignore: Array<{ pattern: string; base: string }>;
  /** Config files that contributed, nearest last. */
  files: string[];
}

const SEVERITIES: Record<string, Severity | 0> = { off: 0, warn: 1, error: 2, info: 3, 0: 0, 1: 1, 2: 2 };
const KEYS = new Set(['$schema', 'extends', 'rules', 'knowledge', 'plugins', 'ignore', 'root']);

/** Parse a severity name or number; throws a ConfigError naming the key. */
export function parseSeverity(value: unknown, file: string, key: string): Severity | 0 {
  const s = SEVERITIES[String(value)];
  if (s === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
    throw new ConfigError(`invalid severity ${JSON.stringify(value)} (expected "off", "warn", "error" or "info")`, file, key);
  }
  return s;
}

/** A rule setting split into its severity and options. */
export function parseSetting(setting: unknown, file: string, id: string): { severity: Severity | 0; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) throw new ConfigError('expected [severity, options]', file, `rules.${id}`);
    return { severity: parseSeverity(setting[0], file, `rules.${id}`), options: setting[1] as Record<string, unknown> | undefined };
  }
  return { severity: parseSeverity(setting, file, `rules.${id}`) };
}

/** Check the top-level shape of a raw config object. */
export function checkShape(raw: unknown, file: string): RawConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError('config must be a JSON object', file);
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) throw new ConfigError(`unknown key "${key}"`, file, key);
  const r = raw as RawConfig;
  const list = (key: 'knowledge' | 'ignore') => {
    const v = r[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) throw new ConfigError(`"${key}" must be a list of strings`, file, key);
  };
  list('knowledge');
  list('ignore');
  if (r.rules !== undefined && (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules))) {
    throw new ConfigError('"rules" must be an object', file, 'rules');
  }
  if (r.extends !== undefined && typeof r.extends !== 'string' && !(Array.isArray(r.extends) && r.extends.every((x) => typeof x === 'string'))) {
    throw new ConfigError('"extends" must be a string or a list of strings', file, 'extends');
  }
  if (r.plugins !== undefined) {
    if (!Array.isArray(r.plugins)) throw new ConfigError('"plugins" must be a list', file, 'plugins');
    r.plugins.forEach((p, i) => {
      if (typeof p !== 'string' && !(Array.isArray(p) && typeof p[0] === 'string' && p.length <= 2)) {
        throw new ConfigError('a plugin is a package name or [name, options]', file, `plugins[${i}]`);
      }
    });
  }
  return r;
}

/** Rule settings of a built-in preset. */
export function preset(name: string, rules: ReadonlyArray<Rule<any, any>>, file: string): Record<string, RuleSetting> {
  if (name !== 'seedlint:recommended' && name !== 'seedlint:all') {
    throw new ConfigError(`unknown preset "${name}" (expected "seedlint:recommended" or "seedlint:all")`, file, 'extends');
  }
  const out: Record<string, RuleSetting> = {};
  for (const r of rules) out[r.meta.id] = name === 'seedlint:all' || r.meta.recommended !== false ? r.meta.severity : 'off';
  return out;
}

/** One layer of configuration: rule settings and lists, with where they came from. */
export interface Layer {
  file: string;
  dir: string;
  raw: RawConfig;
}

/**
 * Merge layers (first = base, last = most specific) into a resolved config. A layer whose rule
 * setting is only a severity keeps the options of the layer below (as ESLint does).
 */
export function resolveLayers(layers: readonly Layer[], rules: ReadonlyMap<string, Rule<any, any>>): ResolvedConfig {
  const settings = new Map<string, { severity: Severity | 0; options?: Record<string, unknown>; file: string }>();
  const out: ResolvedConfig = { rules: {}, plugins: [], knowledge: [], ignore: [], files: [] };
  for (const { file, dir, raw } of layers) {
    out.files.push(file);
    for (const [id, setting] of Object.entries(raw.rules ?? {})) {
      if (!rules.has(id)) throw new ConfigError(`unknown rule "${id}"${suggest(id, [...rules.keys()])}`, file, `rules.${id}`);
      const parsed = parseSetting(setting, file, id);
      const before = settings.get(id);
      settings.set(id, { severity: parsed.severity, options: parsed.options ?? before?.options, file: parsed.options ? file : (before?.file ?? file) });
    }
    for (const p of raw.plugins ?? []) {
      const [name, options] = typeof p === 'string' ? [p, undefined] : p;
      out.plugins = out.plugins.filter((x) => x.name !== name);
      out.plugins.push({ name, options, from: dir });
    }
    for (const k of raw.knowledge ?? []) out.knowledge.push(joinPath(dir, k));
    for (const pattern of raw.ignore ?? []) out.ignore.push({ pattern, base: dir });
  }
  for (const [id, s] of settings) {
    if (s.severity === 0) continue;
    out.rules[id] = { severity: s.severity, options: resolveOptions(rules.get(id)!, s.options, s.file) };
  }
  return out;
}

function joinPath(dir: string, p: string): string {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return p;
  return `${dir.replace(/[\\/]+$/, '')}/${p.replace(/^\.\//, '')}`;
}

/** " (did you mean "x"?)" for a near-miss of a known id. */
export function suggest(id: string, known: string[]): string {
  let best = '';
  let bestScore = Infinity;
  for (const k of known) {
    const d = editDistance(id, k);
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return bestScore <= Math.max(2, id.length / 3) ? ` (did you mean "${best}"?)` : '';
}
