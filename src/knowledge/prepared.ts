/**
 * Prepared index data of the built-in pack and the lookup structure it feeds.
 *
 * Building the name indexes of the built-in pack (30,000 place names, 6,000 person names, their
 * normalised keys and Double Metaphone codes) took ~100 ms on every start. `scripts/build-knowledge.ts`
 * computes them once with the same code ({@link Knowledge} without prepared data) and writes them to
 * `rules/data/knowledge/prepared/` as sorted keys with the indices of the entities each key lists;
 * at run time a {@link KeyIndex} looks keys up there by binary search and turns the indices it
 * returns into entities on demand. User packs add to the same indexes as before.
 *
 * Files (each read on the first lookup that needs it): `terms.json` (deprecated spellings),
 * `places.json` (countries and their keys), `place-names.json` (place name keys; city records),
 * `people.json` (name, surname, misspelling, role and phonetic keys; person records),
 * `country-records.json` (for builtInKnowledgePack() only). Records are kept as JSON texts
 * ({@link LazyRecords}): parsing strings is several times faster than parsing objects, and only
 * the records a lookup returns are parsed. The files are ASCII (faster to read and parse).
 * `rules/data/knowledge/{people,places}.json` stay the pack's source; run time does not read them.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreparedKnowledge } from './index.js';
import type { KnowledgePack } from './types.js';

/**
 * Keys in ascending code-unit order and, for each, the indices of its entities (one index is
 * written as a bare number).
 */
export interface Table {
  keys: string[];
  values: Array<number | number[]>;
}

/** A map from keys to lists of values, over an optional prepared {@link Table}. */
export class KeyIndex<V> {
  private readonly map = new Map<string, V[]>();
  /** Keys the table does not have (most lookups miss; a set is cheaper than a binary search), up to 50,000. */
  private readonly misses = new Set<string>();

  /**
   * @param table prepared keys and indices (none: an ordinary map)
   * @param resolve turns an index of the table into its value
   */
  constructor(
    private readonly table?: Table,
    private readonly resolve: (index: number) => V = () => {
      throw new Error('KeyIndex: no prepared table');
    },
  ) {}

  /** The list of `key` (the same array on every call), if any. */
  get(key: string): V[] | undefined {
    const list = this.map.get(key);
    if (list !== undefined || !this.table || this.misses.has(key)) return list;
    const { keys, values } = this.table;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else {
        const v = values[mid]!;
        const out = typeof v === 'number' ? [this.resolve(v)] : v.map(this.resolve);
        this.map.set(key, out);
        return out;
      }
    }
    if (this.misses.size >= 50_000) this.misses.clear();
    this.misses.add(key);
    return undefined;
  }

  /** Set the list of `key`. */
  set(key: string, list: V[]): void {
    this.map.set(key, list);
  }

  /** Every key with its list (prepared keys first, in key order, then keys added since); for {@link tableOf}. */
  *entries(): Generator<[string, V[]]> {
    const seen = new Set<string>();
    for (const key of this.table?.keys ?? []) {
      seen.add(key);
      yield [key, this.get(key)!];
    }
    for (const [key, list] of this.map) if (!seen.has(key)) yield [key, list];
  }
}

/** The {@link Table} of an index whose values `indexOf` numbers. */
export function tableOf<V>(index: KeyIndex<V>, indexOf: (value: V) => number): Table {
  const entries = [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    keys: entries.map(([k]) => k),
    values: entries.map(([, list]) => (list.length === 1 ? indexOf(list[0]!) : list.map(indexOf))),
  };
}

/**
 * Records kept as their JSON text and parsed on first use: parsing an array of strings is several
 * times faster than parsing the objects, and a run that looks up a few people parses only theirs.
 */
export class LazyRecords<T> {
  private readonly records: T[] = [];

  constructor(private readonly texts: readonly string[]) {}

  get length(): number {
    return this.texts.length;
  }

  /** Record `i`. */
  at(i: number): T {
    return (this.records[i] ??= JSON.parse(this.texts[i]!) as T);
  }

  /** Every record, in order. */
  all(): T[] {
    for (let i = 0; i < this.texts.length; i++) this.at(i);
    return this.records;
  }
}

/** The built-in pack as it is kept in `dir` (`rules/data/knowledge`): the source of the prepared data. */
export function sourcePack(dir: string): KnowledgePack {
  const file = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const places = file('places.json');
  return {
    source: 'built-in',
    people: file('people.json').people,
    countries: places.countries,
    cities: places.cities,
    organizations: file('organizations.json').organizations,
    events: file('events.json').events,
    terms: [],
  };
}

/** Read a JSON file of the built-in pack (`rules/data/knowledge/<name>`), on first use instead of at import. */
export function readPackFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../rules/data/knowledge/${name}`, import.meta.url), 'utf8')) as T;
}

/**
 * The files of {@link PreparedKnowledge} (`rules/data/knowledge/prepared/<name>`) as
 * `scripts/build-knowledge.ts` writes them: deterministic, one record or table part per line, ASCII.
 */
export function preparedFiles(p: PreparedKnowledge): Record<string, string> {
  const table = (t: Table) => `{"keys":${JSON.stringify(t.keys)},\n"values":${JSON.stringify(t.values)}}`;
  const list = (xs: unknown[]) => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  const object = (fields: Record<string, string>) =>
    `{${Object.entries(fields)
      .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
      .join(',\n')}}\n`;
  const { places, terms, countryRecords, placeNames, people } = p;
  // ASCII only (\u escapes): a file that is all ASCII is read and parsed faster.
  const ascii = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]));
  return ascii({
    'places.json': object({ countries: list(places.countries), countryByKey: table(places.countryByKey) }),
    'terms.json': object({ terms: list(terms.terms) }),
    'country-records.json': object({ countryRecords: list(countryRecords.countryRecords) }),
    'place-names.json': object({ placeByName: table(placeNames.placeByName), cityRecords: list(placeNames.cityRecords) }),
    'people.json': object({
      byName: table(people.byName),
      bySurname: table(people.bySurname),
      byMisspelling: table(people.byMisspelling),
      byRole: table(people.byRole),
      byPhonetic: table(people.byPhonetic),
      records: list(people.records),
    }),
  });
}
