/** Config discovery and loading: the I/O side of src/config/resolve.ts. */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { EngineConfig, EnabledPlugin, Rule } from '../types.js';
import { ConfigError } from '../config/options.js';
import { checkShape, parseSetting, preset, resolveLayers, suggest, type Layer, type RawConfig, type ResolvedConfig } from '../config/resolve.js';
import { describeFsError, type FileSystem } from './io.js';
import { isNormalAbsolute } from './files.js';
import { parseKnowledgePack, KnowledgePackError } from '../knowledge/packs.js';
import type { KnowledgePack } from '../knowledge/types.js';

/** Name of the config file looked up from each linted file's directory upwards. */
export const CONFIG_NAME = '.lintrc.json';

/** A `--rule id:severity` or `--rule id:JSON` flag, parsed. */
export function parseRuleFlag(flag: string, rules: ReadonlyMap<string, Rule<any, any>>): [string, unknown] {
  const at = flag.indexOf(':');
  if (at < 1) throw new ConfigError(`--rule expects id:severity or id:[severity, options], got "${flag}"`, '--rule');
  const id = flag.slice(0, at).trim();
  const value = flag.slice(at + 1).trim();
  if (!rules.has(id)) throw new ConfigError(`unknown rule "${id}"${suggest(id, [...rules.keys()])}`, '--rule', `rules.${id}`);
  let setting: unknown = value;
  if (value.startsWith('[')) {
    try {
      setting = JSON.parse(value);
    } catch {
      throw new ConfigError(`--rule ${id}: the value is not valid JSON`, '--rule', `rules.${id}`);
    }
  }
  parseSetting(setting, '--rule', id);
  return [id, setting];
}

/**
 * Finds, reads and resolves configs; caches by directory and by file. Directories with the same
 * nearest config file (or none) share one resolved config: an archive of 3,000 day directories
 * resolved 3,000 equal configs before, each sent to every worker, which built an engine config
 * (and the rules' per-options caches) for each.
 */
export class ConfigLoader {
  private byDir = new Map<string, Promise<ResolvedConfig>>();
  private byFile = new Map<string | undefined, Promise<ResolvedConfig>>();
  private raw = new Map<string, Promise<RawConfig | undefined>>();

  constructor(
    private fs: FileSystem,
    private rules: ReadonlyMap<string, Rule<any, any>>,
    private options: { configFile?: string; ruleFlags?: Array<[string, unknown]>; cwd: string },
  ) {}

  /** The resolved config for a file (or for stdin with its `--stdin-filename`). */
  forFile(path: string): Promise<ResolvedConfig> {
    const dir = this.options.configFile ? '<--config>' : dirname(isNormalAbsolute(path) ? path : resolve(this.options.cwd, path));
    let found = this.byDir.get(dir);
    if (!found) this.byDir.set(dir, (found = this.resolveFor(dir)));
    return found;
  }

  private async resolveFor(dir: string): Promise<ResolvedConfig> {
    const file = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : await this.nearest(dir);
    let resolved = this.byFile.get(file);
    if (!resolved) this.byFile.set(file, (resolved = this.resolveFile(file)));
    return resolved;
  }

  /** The config that `file` (or, without one, the recommended preset) and the `--rule` flags make. */
  private async resolveFile(file: string | undefined): Promise<ResolvedConfig> {
    const layers: Layer[] = file ? await this.layers(file, []) : this.presetLayers('seedlint:recommended', '<defaults>');
    if (this.options.ruleFlags?.length) {
      layers.push({ file: '--rule', dir: this.options.cwd, raw: { rules: Object.fromEntries(this.options.ruleFlags) as RawConfig['rules'] } });
    }
    return resolveLayers(layers, this.rules);
  }

  private async nearest(dir: string): Promise<string | undefined> {
    for (let d = dir; ; d = dirname(d)) {
      const candidate = join(d, CONFIG_NAME);
      if ((await this.read(candidate, false)) !== undefined) return candidate;
      if (dirname(d) === d) return undefined;
    }
  }

  private presetLayers(name: string, file: string): Layer[] {
    return [{ file: name, dir: this.options.cwd, raw: { rules: preset(name, [...this.rules.values()], file) } }];
  }

  private async layers(file: string, chain: string[]): Promise<Layer[]> {
    if (chain.includes(file)) throw new ConfigError(`"extends" cycle: ${[...chain, file].join(' → ')}`, file, 'extends');
    const raw = (await this.read(file, true))!;
    const dir = dirname(file);
    const bases = raw.extends === undefined ? ['seedlint:recommended'] : ([] as string[]).concat(raw.extends);
    const out: Layer[] = [];
    for (const base of bases) {
      if (base.startsWith('seedlint:')) out.push(...this.presetLayers(base, file));
      else out.push(...(await this.layers(isAbsolute(base) ? base : resolve(dir, base), [...chain, file])));
    }
    out.push({ file, dir, raw });
    return out;
  }

  /** Read and check a config file; `undefined` when it does not exist and is optional. */
  private read(file: string, required: boolean): Promise<RawConfig | undefined> {
    let p = this.raw.get(file);
    if (!p) {
      p = (async () => {
        let bytes: Uint8Array;
        try {
          // Most files looked for do not exist (one for each directory of a corpus and each above
          // it): a `stat` answers that without the file system's slower read path.
          await this.fs.stat(file);
          bytes = await this.fs.readFile(file);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
          throw new ConfigError(`cannot read config: ${describeFsError(error)}`, file);
        }
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
        } catch (error) {
          throw new ConfigError(`invalid JSON: ${(error as Error).message}`, file);
        }
        return checkShape(json, file);
      })();
      this.raw.set(file, p);
    }
    return p.then((r) => {
      if (r === undefined && required) throw new ConfigError('config file not found', file);
      return r;
    });
  }
}

/** Load the plugins a resolved config names (resolved from the config's directory, then from seedlint's). */
export async function loadPlugins(config: ResolvedConfig): Promise<EnabledPlugin[]> {
  const out: EnabledPlugin[] = [];
  for (const [i, p] of config.plugins.entries()) {
    let url: string;
    try {
      url = pathToFileURL(createRequire(join(p.from, 'noop.js')).resolve(p.name)).href;
    } catch {
      try {
        url = import.meta.resolve(p.name);
      } catch {
        throw new ConfigError(`cannot find plugin "${p.name}" (install it next to your config)`, config.files.at(-1), `plugins[${i}]`);
      }
    }
    const mod = (await import(url)) as { default?: unknown };
    const attacher = typeof mod.default === 'function' ? mod.default : typeof mod === 'function' ? mod : undefined;
    if (typeof attacher !== 'function') throw new ConfigError(`plugin "${p.name}" does not export a unified attacher`, config.files.at(-1), `plugins[${i}]`);
    out.push({ name: p.name, attacher: attacher as EnabledPlugin['attacher'], options: p.options, severity: 1 });
  }
  return out;
}

/** Read and parse the knowledge packs a resolved config names; errors name the file. */
export async function loadKnowledge(config: ResolvedConfig, fs: FileSystem): Promise<KnowledgePack[]> {
  const packs: KnowledgePack[] = [];
  for (const [i, path] of config.knowledge.entries()) {
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(path)).replace(/^\uFEFF/, '');
    } catch (error) {
      const why = error instanceof TypeError ? 'not valid UTF-8' : describeFsError(error);
      throw new ConfigError(`cannot read knowledge pack ${path}: ${why}`, config.files.at(-1), `knowledge[${i}]`);
    }
    try {
      packs.push(parseKnowledgePack(content, path));
    } catch (error) {
      if (error instanceof KnowledgePackError) throw new ConfigError(error.message, path);
      throw error;
    }
  }
  return packs;
}

/** Turn a resolved config into what the engine runs with (loads plugins and knowledge packs). */
export async function toEngineConfig(
  config: ResolvedConfig,
  rules: ReadonlyMap<string, Rule<any, any>>,
  fs: FileSystem,
  fix = false,
): Promise<EngineConfig> {
  return {
    rules: Object.entries(config.rules).map(([id, s]) => ({ rule: rules.get(id)!, severity: s.severity, options: s.options })),
    plugins: await loadPlugins(config),
    knowledge: await loadKnowledge(config, fs),
    fix,
  };
}
