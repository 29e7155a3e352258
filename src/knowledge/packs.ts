/**
 * Parsers for user knowledge packs. They take the file CONTENT and a file name (for error
 * messages); the CLI reads the files. A malformed pack throws a {@link KnowledgePackError}
 * naming the file and the entry.
 *
 * Formats:
 * - **JSON** (`.json`): an object with any of `people`, `countries`, `cities` (or `places:
 *   {countries, cities}`), `organizations`, `events`, `terms`, in the shape of the built-in pack
 *   (`rules/data/knowledge/*.json`; see src/knowledge/types.ts). Aliases may be strings or
 *   `{name, kind?, note?}`; `terms` entries are `{term, preferred, note?, exceptions?}`.
 * - **CSV** (`.csv`, `.tsv`): a term list. Optional header row naming the columns; recognised
 *   names: `term` (also `deprecated`, `variant`, `source`, `from`), `preferred` (also `target`,
 *   `replacement`, `to`), `note` (also `comment`), `exceptions` (phrases in which the term stays,
 *   separated by `|`). Without a header the columns are `term,preferred[,note[,exceptions]]`.
 *   Fields may be double-quoted (RFC 4180); `#` starts a comment line; blank lines are skipped.
 * - **TBX** (`.tbx`, `.xml`; ISO 30042, TBX-Basic 2008 and TBX v3): each concept entry
 *   (`termEntry` / `conceptEntry`) with English terms (`langSet`/`langSec` whose `xml:lang` starts
 *   with `en`, or any language when no language is given). A term whose
 *   `termNote type="administrativeStatus"` is `deprecatedTerm-admn-sts` or
 *   `supersededTerm-admn-sts` yields one entry `term → preferred`, where preferred is the entry's
 *   `preferredTerm-admn-sts` term (or its only admitted/unmarked term).
 * @packageDocumentation
 */
import type { KnowledgePack, TermRecord, PersonRecord, CountryRecord, CityRecord, OrganizationRecord, EventRecord } from './types.js';

/** A malformed knowledge pack; the message names the file and the entry. */
export class KnowledgePackError extends Error {
  constructor(
    readonly fileName: string,
    readonly entry: string,
    reason: string,
  ) {
    super(`Knowledge pack "${fileName}": ${entry}: ${reason}`);
    this.name = 'KnowledgePackError';
  }
}

/** An empty pack named `source`. */
export function emptyPack(source: string): KnowledgePack {
  return { source, people: [], countries: [], cities: [], organizations: [], events: [], terms: [] };
}

/** Parse a knowledge pack file by its extension (`.json`, `.csv`, `.tsv`, `.tbx`, `.xml`). */
export function parseKnowledgePack(content: string, fileName: string): KnowledgePack {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'json':
      return parseJsonPack(content, fileName);
    case 'csv':
    case 'tsv':
      return parseCsvTerms(content, fileName);
    case 'tbx':
    case 'xml':
      return parseTbx(content, fileName);
    default:
      throw new KnowledgePackError(fileName, 'file', `unknown pack format ".${ext ?? ''}" (expected .json, .csv, .tsv or .tbx)`);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function list<T>(fileName: string, section: string, value: unknown, check: (item: Record<string, unknown>, where: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KnowledgePackError(fileName, section, 'expected an array');
  return value.map((item, i) => {
    const label = isObj(item) && (str(item.name) || str(item.term)) ? `${section}[${i}] "${item.name ?? item.term}"` : `${section}[${i}]`;
    if (!isObj(item)) throw new KnowledgePackError(fileName, label, 'expected an object');
    return check(item, label);
  });
}

function need(fileName: string, where: string, item: Record<string, unknown>, ...keys: string[]) {
  for (const k of keys) if (!str(item[k])) throw new KnowledgePackError(fileName, where, `missing or empty "${k}"`);
}

function aliases(fileName: string, where: string, value: unknown) {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new KnowledgePackError(fileName, where, '"aliases" must be an array');
  for (const a of value) if (!str(a) && !(isObj(a) && str(a.name))) throw new KnowledgePackError(fileName, where, 'an alias must be a string or {name}');
  return value as PersonRecord['aliases'];
}

/** Parse a JSON pack (see the module docs for the shape). */
export function parseJsonPack(content: string, fileName: string): KnowledgePack {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new KnowledgePackError(fileName, 'file', `invalid JSON (${(error as Error).message})`);
  }
  return packFromObject(data, fileName);
}

/**
 * Validate a pack given as an object (the JSON shape, or an already parsed {@link KnowledgePack});
 * throws a {@link KnowledgePackError} naming `fileName` and the entry.
 */
export function packFromObject(data: unknown, fileName: string): KnowledgePack {
  if (!isObj(data)) throw new KnowledgePackError(fileName, 'file', 'expected a JSON object with people/countries/cities/organizations/events/terms');
  if (str(data.source)) fileName = data.source;
  const places = isObj(data.places) ? data.places : {};
  const pack = emptyPack(fileName);
  pack.people = list(fileName, 'people', data.people, (p, w): PersonRecord => {
    need(fileName, w, p, 'id', 'name');
    if (p.roles !== undefined && !Array.isArray(p.roles)) throw new KnowledgePackError(fileName, w, '"roles" must be an array');
    for (const r of (p.roles as unknown[]) ?? []) {
      if (!isObj(r) || !str(r.role)) throw new KnowledgePackError(fileName, w, 'each role needs a "role"');
      if (!str(r.country) && !str(r.org)) throw new KnowledgePackError(fileName, w, `role "${r.role}" needs "country" or "org"`);
    }
    return { ...(p as unknown as PersonRecord), aliases: aliases(fileName, w, p.aliases) };
  });
  pack.countries = list(fileName, 'countries', data.countries ?? places.countries, (c, w): CountryRecord => {
    need(fileName, w, c, 'id', 'name');
    return { ...(c as unknown as CountryRecord), aliases: aliases(fileName, w, c.aliases) };
  });
  pack.cities = list(fileName, 'cities', data.cities ?? places.cities, (c, w): CityRecord => {
    need(fileName, w, c, 'id', 'name');
    return { ...(c as unknown as CityRecord), aliases: aliases(fileName, w, c.aliases) };
  });
  pack.organizations = list(fileName, 'organizations', data.organizations, (o, w): OrganizationRecord => {
    need(fileName, w, o, 'id', 'name');
    const al = Array.isArray(o.aliases) ? o.aliases.map((a) => (isObj(a) ? a.name : a)) : o.aliases;
    if (al !== undefined && !(Array.isArray(al) && al.every(str))) throw new KnowledgePackError(fileName, w, '"aliases" must be strings');
    return { ...(o as unknown as OrganizationRecord), aliases: al as string[] | undefined };
  });
  pack.events = list(fileName, 'events', data.events, (e, w): EventRecord => {
    need(fileName, w, e, 'id', 'type', 'name');
    return e as unknown as EventRecord;
  });
  pack.terms = list(fileName, 'terms', data.terms, (t, w): TermRecord => {
    need(fileName, w, t, 'term', 'preferred');
    if (t.exceptions !== undefined && !(Array.isArray(t.exceptions) && t.exceptions.every(str)))
      throw new KnowledgePackError(fileName, w, '"exceptions" must be an array of strings');
    return { ...(t as unknown as TermRecord), source: str(t.source) ? t.source : fileName };
  });
  return pack;
}

/** Split CSV text into rows of fields (RFC 4180 quoting; `sep` is `,` or tab). */
function csvRows(content: string, sep: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const text = content.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') (quoted = true), (field = '');
    else if (c === sep) fields.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      (fields = []), (field = ''), (rowLine = ++line);
    } else field += c;
  }
  if (quoted) throw new Error(`unterminated quoted field starting on line ${rowLine}`);
  if (field !== '' || fields.length) fields.push(field), rows.push({ line: rowLine, fields });
  return rows;
}

const CSV_COLUMNS: Record<string, keyof TermRecord> = {
  term: 'term', deprecated: 'term', variant: 'term', source: 'term', from: 'term', avoid: 'term',
  preferred: 'preferred', target: 'preferred', replacement: 'preferred', to: 'preferred', use: 'preferred',
  note: 'note', comment: 'note', notes: 'note',
  exceptions: 'exceptions', exception: 'exceptions',
};

/** Parse a CSV/TSV term list (see the module docs for the columns). */
export function parseCsvTerms(content: string, fileName: string): KnowledgePack {
  const sep = /\.tsv$/i.test(fileName) ? '\t' : ',';
  let rows;
  try {
    rows = csvRows(content, sep).filter((r) => r.fields.some((f) => f.trim()) && !r.fields[0]!.trimStart().startsWith('#'));
  } catch (error) {
    throw new KnowledgePackError(fileName, 'file', (error as Error).message);
  }
  let columns: Array<keyof TermRecord | undefined> = ['term', 'preferred', 'note', 'exceptions'];
  const header = rows[0]?.fields.map((f) => CSV_COLUMNS[f.trim().toLowerCase()]);
  if (header && header.includes('term') && header.includes('preferred')) {
    columns = header;
    rows = rows.slice(1);
  }
  const pack = emptyPack(fileName);
  for (const { line, fields } of rows) {
    const rec: Record<string, string> = {};
    fields.forEach((f, i) => {
      const col = columns[i];
      if (col) rec[col] = f.trim();
    });
    const where = `line ${line}`;
    if (!rec.term) throw new KnowledgePackError(fileName, where, 'empty term');
    if (!rec.preferred) throw new KnowledgePackError(fileName, `${where} "${rec.term}"`, 'no preferred form');
    pack.terms.push({
      term: rec.term,
      preferred: rec.preferred,
      ...(rec.note ? { note: rec.note } : {}),
      ...(rec.exceptions ? { exceptions: rec.exceptions.split('|').map((s) => s.trim()).filter(Boolean) } : {}),
      source: fileName,
    });
  }
  return pack;
}

const decodeXml = (s: string) =>
  s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** Parse a TBX termbase (see the module docs for what is read). */
export function parseTbx(content: string, fileName: string): KnowledgePack {
  if (!/<(martif|tbx)\b/i.test(content)) throw new KnowledgePackError(fileName, 'file', 'not a TBX document (no <martif> or <tbx> root)');
  const opens = (content.match(/<(termEntry|conceptEntry)\b/g) ?? []).length;
  const entries = [...content.matchAll(/<(termEntry|conceptEntry)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
  if (entries.length !== opens) throw new KnowledgePackError(fileName, `entry ${entries.length + 1}`, 'unclosed <termEntry>/<conceptEntry>');
  const pack = emptyPack(fileName);
  entries.forEach((m, i) => {
    const id = /\bid="([^"]*)"/.exec(m[2]!)?.[1];
    const where = id ? `entry "${id}"` : `entry ${i + 1}`;
    const langs = [...m[3]!.matchAll(/<(langSet|langSec)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
    if (!langs.length) throw new KnowledgePackError(fileName, where, 'no <langSet>/<langSec>');
    const english = langs.filter((l) => /xml:lang="en/i.test(l[2]!));
    const chosen = english.length ? english : langs.every((l) => !/xml:lang=/.test(l[2]!)) ? langs : [];
    const terms: Array<{ text: string; status?: string }> = [];
    for (const l of chosen) {
      for (const t of l[3]!.matchAll(/<(tig|ntig|termSec)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
        const text = /<term\b[^>]*>([\s\S]*?)<\/term>/.exec(t[2]!)?.[1];
        if (text === undefined || !decodeXml(text)) throw new KnowledgePackError(fileName, where, 'a term section without a <term>');
        const status = /<termNote\b[^>]*type="administrativeStatus"[^>]*>([\s\S]*?)<\/termNote>/.exec(t[2]!)?.[1];
        terms.push({ text: decodeXml(text), status: status ? decodeXml(status) : undefined });
      }
    }
    const deprecated = terms.filter((t) => /^(deprecatedTerm|supersededTerm)-admn-sts$/.test(t.status ?? ''));
    if (!deprecated.length) return;
    const preferred = terms.filter((t) => t.status === 'preferredTerm-admn-sts');
    const admitted = terms.filter((t) => !t.status || t.status === 'admittedTerm-admn-sts');
    const target = preferred[0] ?? (admitted.length === 1 ? admitted[0] : undefined);
    if (!target)
      throw new KnowledgePackError(fileName, where, `deprecated term "${deprecated[0]!.text}" has no preferredTerm-admn-sts term in the same entry`);
    const note = /<descrip\b[^>]*type="definition"[^>]*>([\s\S]*?)<\/descrip>/.exec(m[3]!)?.[1];
    for (const d of deprecated)
      pack.terms.push({ term: d.text, preferred: target.text, ...(note ? { note: decodeXml(note) } : {}), source: fileName });
  });
  return pack;
}
