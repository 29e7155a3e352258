/**
 * The knowledge base: the built-in pack (`rules/data/knowledge/`) plus user packs, loaded once
 * per process and indexed once (name keys, surname and phonetic maps, role holders, place and
 * organisation names, deprecated spellings, events by organisation).
 *
 * ```ts
 * const kb = getKnowledge(context.knowledge);
 * kb.holders('foreign_minister', { country: 'UA' });   // → [{person: Dmytro Kuleba, role}, …]
 * kb.peopleByName('Antony Blinken');                   // exact name or accepted alias
 * kb.termFor('Kiev');                                  // → {term: 'Kiev', preferred: 'Kyiv', …}
 * ```
 * @packageDocumentation
 */
import policy from '../../rules/data/knowledge/term-policy.json' with { type: 'json' };
import titleData from '../../rules/data/knowledge/role-titles.json' with { type: 'json' };
import { nameKey, surnameKey, phoneticKeys } from './names.js';
import { packFromObject } from './packs.js';
import { KeyIndex, LazyRecords, readPackFile, tableOf, type Table } from './prepared.js';
import type {
  AliasRecord, CityRecord, CountryRecord, EventRecord, KnowledgePack, Organization, Person, PersonRecord, Place, Role, RoleHolder, RoleRecord, TermRecord,
} from './types.js';

export * from './types.js';
export { parseKnowledgePack, parseJsonPack, parseCsvTerms, parseTbx, packFromObject, KnowledgePackError } from './packs.js';
export { nameKey, nameTokens, surnameKey, phoneticKeys, soundAlike, editDistance, nearMiss, fullNameNearMiss, fold, translitKey } from './names.js';

/** A deprecated spelling and what to write instead. */
export interface Term extends TermRecord {
  /** `city`, `country` or `term` (user term lists). */
  kind: 'city' | 'country' | 'term';
  /** Id of the place, when the term is a place spelling. */
  entityId?: string;
  /** A former name that is right when speaking of the past; rules skip these by default. */
  historical: boolean;
  exceptions: string[];
}

/** A title phrase that names a role type (from rules/data/knowledge/role-titles.json). */
export interface RoleTitle {
  /** The title as written, e.g. `Foreign Minister`. */
  title: string;
  role: string;
  /** The only country the title applies to (e.g. `US` for "Secretary of State"). */
  country?: string;
  /** Countries where the title means this role (e.g. Chancellor: DE, AT). */
  countries?: string[];
  /** `org` when the title belongs to an organisation (Secretary-General). */
  scope?: 'org';
}

const yearOf = (d: string | null | undefined, open: number) => {
  const y = d ? parseInt(d.slice(0, 4), 10) : NaN;
  return Number.isFinite(y) ? y : open;
};
const aliasName = (a: AliasRecord) => (typeof a === 'string' ? a : a.name);
const aliasKind = (a: AliasRecord) => (typeof a === 'string' ? undefined : a.kind);

/** Members of each list of 8 or more (the lists `push` checks in full), so the check is not a scan. */
const members = new WeakMap<unknown[], Set<unknown>>();

function push<V>(index: KeyIndex<V>, key: string, value: V) {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (list[list.length - 1] !== value) {
    if (list.length < 8) list.push(value);
    else {
      let set = members.get(list);
      if (!set) members.set(list, (set = new Set(list)));
      if (!set.has(value)) {
        list.push(value);
        set.add(value);
      }
    }
  }
}

const historical = new Set(policy.historical);
const exceptions = policy.exceptions as Record<string, string[]>;

/** Country abbreviations news text uses that the country records do not list. */
const COUNTRY_ABBREVIATIONS: Record<string, string> = { us: 'US', usa: 'US', uk: 'GB', uae: 'AE', prc: 'CN', drc: 'CD', rok: 'KR', dprk: 'KP' };

/** A role holder in a prepared table: index of the person × 64 + index of the role among theirs. */
const ROLE_SLOTS = 64;

/**
 * The built-in pack's indexes as {@link Knowledge.prepare} writes them to
 * `rules/data/knowledge/prepared/` (indices of places are into the built-in countries, sorted as
 * indexed, then its cities; of people into its people in file order).
 */
export interface PreparedKnowledge {
  /** `places.json`: what country lookups need. */
  places: { countries: Place[]; countryByKey: Table };
  /** `terms.json`: the deprecated spellings. */
  terms: { terms: Term[] };
  /** `country-records.json`: the country records (JSON texts), for {@link builtInKnowledgePack}. */
  countryRecords: { countryRecords: string[] };
  /** `place-names.json`: the place name index and the city records (JSON texts), made into places on first use. */
  placeNames: { placeByName: Table; cityRecords: string[] };
  /** `people.json`: the people indexes and the person records (JSON texts; the pack has one record per person). */
  people: { byName: Table; bySurname: Table; byMisspelling: Table; byRole: Table; byPhonetic: Table; records: string[] };
}

type Family = 'countries' | 'places' | 'terms' | 'people' | 'organizations' | 'events';

/** The indexed knowledge base. Build with {@link getKnowledge}. */
export class Knowledge {
  /** Role titles, longest first. */
  readonly titles: RoleTitle[] = [];

  /**
   * The indexes are built per family (countries; places; deprecated spellings; people;
   * organisations; events) on the first call that needs them, each from all packs in order, so a
   * run that never asks about people does not pay for indexing them. The result is the same as
   * building all at once: each index belongs to one family. The built-in pack's part comes from
   * its prepared data when `prepared` is set (the same indexes, computed at pack-build time).
   */
  private readonly packs: readonly KnowledgePack[];
  private readonly prepared: boolean;
  private readonly built = new Set<Family>();
  private need(family: Family) {
    if (this.built.has(family)) return;
    this.built.add(family);
    this.packs.forEach((pack, i) => {
      const prepared = i === 0 && this.prepared;
      if (family === 'countries') this.addCountries(pack, prepared);
      else if (family === 'places') this.addPlaces(pack, prepared);
      else if (family === 'terms') this.addTerms(pack, prepared);
      else if (family === 'people') this.addPeople(pack, prepared);
      else if (family === 'organizations') this.addOrganizations(pack);
      else this.addEvents(pack);
    });
  }

  /**
   * People in index order: the built-in pack's when prepared (each made from its record on first
   * use), then those of packs indexed from their records (`userPeople`: user packs, and the
   * built-in pack without prepared data).
   */
  private builtInPeople: Person[] = [];
  private builtInPeopleCount = 0;
  private builtInPeopleById: Map<string, number> | undefined;
  private userPeople: Person[] = [];
  private allPeople: Person[] | undefined;
  /** Places in index order, likewise: the prepared built-in ones (see {@link builtInPlace}), then `userPlaces`. */
  private userPlaces: Place[] = [];
  private allPlaces: Place[] | undefined;
  private allOrganizations: Organization[] = [];
  private allEvents: EventRecord[] = [];
  private allTerms: Term[] = [];

  /** Every person. */
  get people(): Person[] {
    this.need('people');
    if (!this.allPeople) {
      for (let i = 0; i < this.builtInPeopleCount; i++) this.builtInPerson(i);
      this.allPeople = [...this.builtInPeople, ...this.userPeople];
    }
    return this.allPeople;
  }
  /** Every country and city. */
  get places(): Place[] {
    this.need('places');
    if (!this.allPlaces) {
      const builtIn: Place[] = [];
      for (let i = 0; i < this.builtInPlaceCount; i++) builtIn.push(this.builtInPlace(i));
      this.allPlaces = [...builtIn, ...this.userPlaces];
    }
    return this.allPlaces;
  }
  get organizations(): Organization[] {
    this.need('organizations');
    return this.allOrganizations;
  }
  get events(): EventRecord[] {
    this.need('events');
    return this.allEvents;
  }
  /** Every deprecated spelling (places and user term lists). */
  get terms(): Term[] {
    this.need('terms');
    return this.allTerms;
  }

  private byId = new Map<string, Person>();
  private byName = new KeyIndex<Person>();
  private bySurname = new KeyIndex<Person>();
  /** Built on first use from the prepared table and `phoneticQueue` (surnames in the order they were added): Double Metaphone is slow. */
  private byPhoneticMap: KeyIndex<Person> | undefined;
  private preparedPhonetic: Table | undefined;
  private phoneticQueue: Array<[string, Person]> = [];
  private byMisspelling = new KeyIndex<Person>();
  private byRole = new KeyIndex<RoleHolder>();
  private placeByName = new KeyIndex<Place>();
  private countryByKey = new KeyIndex<Place>();
  private orgByKey = new Map<string, Organization>();
  private termByKey = new Map<string, Term[]>();
  private eventsByOrgKey = new KeyIndex<EventRecord>();
  /** Country and city entities of each pack not taken from prepared data, made once (countries are shared by two families). */
  private packPlaces = new Map<KnowledgePack, { countries: Place[]; cities: Place[] }>();
  /** The built-in pack's countries (prepared) and cities (made from its records on first use), in index order. */
  private builtInCountries: Place[] = [];
  private builtInCities: Place[] = [];
  private builtInPlaceCount = 0;

  /**
   * @param packs the packs in order (later ones extend and override earlier ones)
   * @param options.prepared take the built-in pack's indexes (when it is the first pack) from its
   *   prepared data (default true); false builds them from its records, as `prepare()` needs
   */
  constructor(packs: readonly KnowledgePack[], options: { prepared?: boolean } = {}) {
    for (const t of titleData.titles as Array<Omit<RoleTitle, 'title'> & { titles: string[] }>)
      for (const title of t.titles) this.titles.push({ title, role: t.role, country: t.country, countries: t.countries, scope: t.scope });
    this.titles.sort((a, b) => b.title.length - a.title.length);
    this.packs = packs;
    this.prepared = (options.prepared ?? true) && packs[0] === builtInKnowledgePack();
  }

  /** The person a record adds or extends, with its parsed roles and its accepted and misspelled names. */
  private mergePerson(rec: KnowledgePack['people'][number], source: string) {
    const existing = this.byId.get(rec.id) ?? this.builtInPersonById(rec.id);
    const person: Person = existing ?? { id: rec.id, name: rec.name, aliases: [], countries: [], orgs: [], roles: [], source };
    if (!existing) {
      this.userPeople.push(person);
      this.byId.set(rec.id, person);
    }
    return { person, ...this.extendPerson(person, rec) };
  }

  /** Add a record's aliases, countries, organisations and roles to `person`. */
  private extendPerson(person: Person, rec: KnowledgePack['people'][number]) {
    const roles: Role[] = (rec.roles ?? []).map((r: RoleRecord) => ({ ...r, startYear: yearOf(r.start, -Infinity), endYear: yearOf(r.end, Infinity) }));
    const accepted = (rec.aliases ?? []).filter((a) => aliasKind(a) !== 'misspelling').map(aliasName);
    const wrong = (rec.aliases ?? []).filter((a) => aliasKind(a) === 'misspelling').map(aliasName);
    for (const a of accepted) if (!person.aliases.includes(a)) person.aliases.push(a);
    for (const c of rec.countries ?? []) if (!person.countries.includes(c)) person.countries.push(c);
    for (const o of rec.orgs ?? []) if (!person.orgs.includes(o)) person.orgs.push(o);
    person.roles.push(...roles);
    return { roles, accepted, wrong };
  }

  /** Built-in person `i` (prepared mode), made from its record on first use. */
  private builtInPerson(i: number): Person {
    let person = this.builtInPeople[i];
    if (!person) {
      const rec = builtInRecords().people.at(i);
      person = { id: rec.id, name: rec.name, aliases: [], countries: [], orgs: [], roles: [], source: 'built-in' };
      this.builtInPeople[i] = person;
      this.extendPerson(person, rec);
    }
    return person;
  }

  private builtInPersonById(id: string): Person | undefined {
    if (!this.builtInPeopleCount) return undefined;
    this.builtInPeopleById ??= new Map(builtInRecords().people.all().map((r, i) => [r.id, i]));
    const i = this.builtInPeopleById.get(id);
    return i === undefined ? undefined : this.builtInPerson(i);
  }

  private addPeople(pack: KnowledgePack, prepared: boolean) {
    if (prepared) {
      const t = preparedPeople();
      this.builtInPeopleCount = t.records.length;
      const person = (i: number) => this.builtInPerson(i);
      this.byName = new KeyIndex(t.byName, person);
      this.bySurname = new KeyIndex(t.bySurname, person);
      this.byMisspelling = new KeyIndex(t.byMisspelling, person);
      this.byRole = new KeyIndex(t.byRole, (n) => {
        const p = this.builtInPerson(Math.floor(n / ROLE_SLOTS));
        return { person: p, role: p.roles[n % ROLE_SLOTS]! };
      });
      this.preparedPhonetic = t.byPhonetic;
      return;
    }
    for (const rec of pack.people) {
      const { person, roles, accepted, wrong } = this.mergePerson(rec, pack.source);
      for (const n of [rec.name, ...accepted]) {
        push(this.byName, nameKey(n), person);
        const s = surnameKey(n);
        if (s) {
          push(this.bySurname, s, person);
          this.phoneticQueue.push([s, person]);
        }
      }
      for (const w of wrong) push(this.byMisspelling, nameKey(w), person);
      for (const role of roles) {
        const where = role.org ?? role.country;
        if (where) push(this.byRole, `${role.role}|${where.toUpperCase()}`, { person, role });
      }
    }
  }

  /** The country and city entities of a pack (countries UN members first, as indexed). */
  private placesOf(pack: KnowledgePack) {
    let out = this.packPlaces.get(pack);
    if (!out) {
      const deprecated = (aliases: AliasRecord[]) =>
        aliases.filter((a) => aliasKind(a) === 'deprecated').map((a) => ({ name: aliasName(a), note: typeof a === 'string' ? undefined : a.note }));
      const countries = [...pack.countries]
        .sort((a, b) => Number(b.un_member ?? false) - Number(a.un_member ?? false))
        .map((c: CountryRecord): Place => {
          const aliases = c.aliases ?? [];
          return {
            id: c.id, kind: 'country', name: c.name, country: c.id,
            aliases: [...(c.official_name ? [c.official_name] : []), ...aliases.filter((a) => aliasKind(a) !== 'deprecated').map(aliasName)],
            deprecated: deprecated(aliases),
            demonyms: c.demonyms ?? [],
          };
        });
      out = { countries, cities: pack.cities.map(cityPlace) };
      this.packPlaces.set(pack, out);
    }
    return out;
  }

  private addCountries(pack: KnowledgePack, prepared: boolean) {
    if (prepared) {
      const p = preparedPlaces();
      this.builtInCountries = p.countries;
      this.countryByKey = new KeyIndex(p.countryByKey, (i) => p.countries[i]!);
      return;
    }
    for (const place of this.placesOf(pack).countries) {
      for (const n of [place.name, ...place.aliases, ...place.demonyms, place.id]) {
        const key = nameKey(n);
        if (key && !this.countryByKey.get(key)) this.countryByKey.set(key, [place]);
      }
    }
  }

  /** Built-in place `i` of the prepared index order (countries, then cities made on first use). */
  private builtInPlace(i: number): Place {
    const n = this.builtInCountries.length;
    if (i < n) return this.builtInCountries[i]!;
    return (this.builtInCities[i - n] ??= cityPlace(builtInRecords().cities.at(i - n)));
  }

  private addPlaces(pack: KnowledgePack, prepared: boolean) {
    if (prepared) {
      this.need('countries');
      const t = preparedPlaceNames();
      this.builtInPlaceCount = this.builtInCountries.length + builtInRecords().cities.length;
      this.placeByName = new KeyIndex(t.placeByName, (i) => this.builtInPlace(i));
      return;
    }
    const { countries, cities } = this.placesOf(pack);
    for (const place of [...countries, ...cities]) {
      this.userPlaces.push(place);
      for (const n of [place.name, ...place.aliases]) push(this.placeByName, nameKey(n), place);
    }
  }

  private addTerms(pack: KnowledgePack, prepared: boolean) {
    if (prepared) {
      for (const term of preparedTerms().terms) this.addTerm(term);
      return;
    }
    const { countries, cities } = this.placesOf(pack);
    for (const place of [...countries, ...cities])
      for (const d of place.deprecated)
        this.addTerm({
          term: d.name, preferred: place.name, note: d.note, kind: place.kind, entityId: place.id, source: 'built-in',
          historical: historical.has(d.name), exceptions: exceptions[d.name] ?? [],
        });
    for (const t of pack.terms)
      this.addTerm({ ...t, kind: 'term', historical: false, exceptions: t.exceptions ?? [], source: t.source ?? pack.source });
  }

  private addTerm(term: Term) {
    const key = nameKey(term.term);
    const list = this.termByKey.get(key) ?? [];
    // A later pack (user term list) overrides an earlier entry for the same term.
    const i = list.findIndex((t) => t.term === term.term);
    if (i >= 0) {
      this.allTerms.splice(this.allTerms.indexOf(list[i]!), 1);
      list.splice(i, 1);
    }
    list.push(term);
    this.termByKey.set(key, list);
    this.allTerms.push(term);
  }

  private addOrganizations(pack: KnowledgePack) {
    for (const o of pack.organizations) {
      const org: Organization = { id: o.id, acronym: o.acronym, name: o.name, aliases: o.aliases ?? [], headquarters: o.headquarters, members: o.members ?? [] };
      this.allOrganizations.push(org);
      for (const n of [o.name, ...(o.aliases ?? [])]) this.orgByKey.set(nameKey(n), org);
      if (o.acronym) this.orgByKey.set(`acronym:${o.acronym.toUpperCase()}`, org);
    }
  }

  private addEvents(pack: KnowledgePack) {
    for (const e of pack.events) {
      this.allEvents.push(e);
      const acronyms = new Set<string>();
      const prefix = /^([a-z]+)_/.exec(e.type)?.[1];
      if (prefix) acronyms.add(prefix.toUpperCase());
      for (const n of [e.name, ...(e.aliases ?? [])]) for (const m of n.matchAll(/\b[A-Z]{2,6}\b/g)) acronyms.add(m[0]);
      for (const a of acronyms) push(this.eventsByOrgKey, a, e);
    }
  }

  /** A person by id. */
  personById(id: string): Person | undefined {
    this.need('people');
    return this.byId.get(id) ?? this.builtInPersonById(id);
  }

  /** People whose name or accepted alias is `name` (case, diacritics, hyphens ignored). */
  peopleByName(name: string): Person[] {
    this.need('people');
    return this.byName.get(nameKey(name)) ?? [];
  }

  /** People with this surname (last non-particle token of the name or an alias). */
  peopleBySurname(surname: string): Person[] {
    this.need('people');
    return this.bySurname.get(nameKey(surname)) ?? [];
  }

  /** People whose surname shares a Double Metaphone key with `surname`. */
  peopleByPhonetic(surname: string): Person[] {
    const out = new Set<Person>();
    this.need('people');
    if (!this.byPhoneticMap) {
      this.byPhoneticMap = new KeyIndex(this.preparedPhonetic, (i) => this.builtInPerson(i));
      for (const [s, person] of this.phoneticQueue) for (const k of phoneticKeys(s)) push(this.byPhoneticMap, k, person);
    }
    for (const k of phoneticKeys(surname)) for (const p of this.byPhoneticMap.get(k) ?? []) out.add(p);
    return [...out];
  }

  /** People for whom `name` is a known misspelling (user packs: alias kind `misspelling`). */
  peopleByMisspelling(name: string): Person[] {
    this.need('people');
    return this.byMisspelling.get(nameKey(name)) ?? [];
  }

  /**
   * Holders of a role type for a country (ISO2) or an organisation (acronym), optionally only
   * those holding it in `year` (± `slack` years).
   */
  holders(role: string, where: { country?: string; org?: string; year?: number; slack?: number }): RoleHolder[] {
    this.need('people');
    const key = (where.org ?? where.country ?? '').toUpperCase();
    const all = this.byRole.get(`${role}|${key}`) ?? [];
    if (where.year === undefined) return all;
    const slack = where.slack ?? 0;
    return all.filter((h) => h.role.startYear - slack <= where.year! && where.year! <= h.role.endYear + slack);
  }

  /** Places (countries and cities) named `name` (preferred name or accepted alias), largest first. */
  placesByName(name: string): Place[] {
    this.need('places');
    return [...(this.placeByName.get(nameKey(name)) ?? [])].sort((a, b) => (a.kind === 'country' ? -1 : 0) - (b.kind === 'country' ? -1 : 0) || (b.population ?? 0) - (a.population ?? 0));
  }

  /** Whether `name` names a place (the same as `placesByName(name).length > 0`, without making the list). */
  isPlaceName(name: string): boolean {
    this.need('places');
    return this.placeByName.get(nameKey(name)) !== undefined;
  }

  /** A country by name, alias, demonym ("Ukrainian"), ISO2 or a common abbreviation ("US", "U.S."). */
  country(nameOrDemonym: string): Place | undefined {
    this.need('countries');
    const key = nameKey(nameOrDemonym);
    const abbr = COUNTRY_ABBREVIATIONS[key.replace(/\s/g, '')];
    return this.countryByKey.get(key)?.[0] ?? (abbr ? this.countryByKey.get(abbr.toLowerCase())?.[0] : undefined);
  }

  /** An organisation by acronym (case-sensitive upper-case match: "NATO"), name or alias. */
  organization(nameOrAcronym: string): Organization | undefined {
    this.need('organizations');
    return this.orgByKey.get(`acronym:${nameOrAcronym.toUpperCase()}`) ?? this.orgByKey.get(nameKey(nameOrAcronym));
  }

  /** Deprecated-spelling entries for `term` (case, diacritics, hyphens ignored). */
  termFor(term: string): Term[] {
    this.need('terms');
    return this.termByKey.get(nameKey(term)) ?? [];
  }

  /** Events of an organisation by acronym (e.g. `NATO`: summits, meetings, enlargements, documents naming it). */
  eventsByOrg(acronym: string): EventRecord[] {
    this.need('events');
    return this.eventsByOrgKey.get(acronym.toUpperCase()) ?? [];
  }

  /** Events held in a city (by its English name). */
  eventsByCity(city: string): EventRecord[] {
    const key = nameKey(city);
    return this.events.filter((e) => e.city && nameKey(e.city) === key);
  }

  /**
   * The indexes of this knowledge base's only pack, as prepared data (see {@link PreparedKnowledge});
   * `scripts/build-knowledge.ts` writes them for the built-in pack. Builds every index from the
   * records: use on a knowledge base made with `{prepared: false}`.
   */
  prepare(): PreparedKnowledge {
    if (this.packs.length !== 1 || this.prepared) throw new Error('prepare() needs one pack and { prepared: false }');
    const pack = this.packs[0]!;
    const places = this.places;
    const people = this.people;
    if (people.length !== pack.people.length) throw new Error('prepare(): the pack has two records with one person id');
    const texts = (records: unknown[]) => records.map((r) => JSON.stringify(r));
    this.peopleByPhonetic('');
    const { countries } = this.placesOf(pack);
    const placeIndex = new Map(places.map((p, i) => [p, i]));
    const personIndex = new Map(people.map((p, i) => [p, i]));
    const person = (p: Person) => personIndex.get(p)!;
    this.need('countries');
    return {
      places: { countries, countryByKey: tableOf(this.countryByKey, (p) => placeIndex.get(p)!) },
      terms: { terms: this.terms },
      countryRecords: { countryRecords: texts(pack.countries) },
      placeNames: { placeByName: tableOf(this.placeByName, (p) => placeIndex.get(p)!), cityRecords: texts(pack.cities) },
      people: {
        records: texts(pack.people),
        byName: tableOf(this.byName, person),
        bySurname: tableOf(this.bySurname, person),
        byMisspelling: tableOf(this.byMisspelling, person),
        byRole: tableOf(this.byRole, (h) => {
          const r = h.person.roles.indexOf(h.role);
          if (r < 0 || r >= ROLE_SLOTS) throw new Error(`prepare(): role ${r} of ${h.person.id} does not fit the table`);
          return person(h.person) * ROLE_SLOTS + r;
        }),
        byPhonetic: tableOf(this.byPhoneticMap!, person),
      },
    };
  }
}

/** A city entity from its record. */
function cityPlace(c: CityRecord): Place {
  const aliases = c.aliases ?? [];
  return {
    id: c.id, kind: 'city', name: c.name, country: c.country,
    aliases: aliases.filter((a) => aliasKind(a) !== 'deprecated').map(aliasName),
    deprecated: aliases.filter((a) => aliasKind(a) === 'deprecated').map((a) => ({ name: aliasName(a), note: typeof a === 'string' ? undefined : a.note })),
    demonyms: [], population: c.population, capitalOf: c.capital_of ?? undefined,
  };
}

const preparedData: Partial<PreparedKnowledge> = {};
/** The prepared countries of the built-in pack (read once). */
const preparedPlaces = () => (preparedData.places ??= readPackFile<PreparedKnowledge['places']>('prepared/places.json'));
/** The prepared deprecated spellings (read once). */
const preparedTerms = () => (preparedData.terms ??= readPackFile<PreparedKnowledge['terms']>('prepared/terms.json'));
/** The prepared place name index and city records (read once). */
const preparedPlaceNames = () => (preparedData.placeNames ??= readPackFile<PreparedKnowledge['placeNames']>('prepared/place-names.json'));
/** The prepared people indexes and person records (read once). */
const preparedPeople = () => (preparedData.people ??= readPackFile<PreparedKnowledge['people']>('prepared/people.json'));

let records: { people: LazyRecords<PersonRecord>; countries: LazyRecords<CountryRecord>; cities: LazyRecords<CityRecord> } | undefined;
/** The built-in pack's records, from the prepared files (each file read, and each record parsed, on first use). */
function builtInRecords() {
  if (!records) {
    let people: LazyRecords<PersonRecord> | undefined;
    let countries: LazyRecords<CountryRecord> | undefined;
    let cities: LazyRecords<CityRecord> | undefined;
    records = {
      get people() {
        return (people ??= new LazyRecords(preparedPeople().records));
      },
      get countries() {
        return (countries ??= new LazyRecords(readPackFile<PreparedKnowledge['countryRecords']>('prepared/country-records.json').countryRecords));
      },
      get cities() {
        return (cities ??= new LazyRecords(preparedPlaceNames().cityRecords));
      },
    };
  }
  return records;
}

let base: Knowledge | undefined;
let builtInPack: KnowledgePack | undefined;
const withExtras = new WeakMap<readonly unknown[], Knowledge>();

/**
 * The built-in pack as a {@link KnowledgePack}. Each list is read on first access (people and
 * places from the prepared data, see src/knowledge/prepared.ts; the pack's source files are
 * `rules/data/knowledge/*.json`).
 */
export function builtInKnowledgePack(): KnowledgePack {
  if (!builtInPack) {
    // Trusted, generated data: no validation pass.
    let organizations: KnowledgePack['organizations'] | undefined;
    let events: KnowledgePack['events'] | undefined;
    builtInPack = {
      source: 'built-in',
      get people() {
        return builtInRecords().people.all();
      },
      get countries() {
        return builtInRecords().countries.all();
      },
      get cities() {
        return builtInRecords().cities.all();
      },
      get organizations() {
        return (organizations ??= readPackFile<{ organizations: KnowledgePack['organizations'] }>('organizations.json').organizations);
      },
      get events() {
        return (events ??= readPackFile<{ events: KnowledgePack['events'] }>('events.json').events);
      },
      terms: [],
    };
  }
  return builtInPack;
}

/**
 * The knowledge base: the built-in pack, plus `extraPacks` (parsed user packs from config, i.e.
 * `context.knowledge`: {@link KnowledgePack} objects from {@link parseKnowledgePack}, or objects in
 * the JSON pack shape). Built once per process, and once per distinct `extraPacks` array.
 */
export function getKnowledge(extraPacks?: readonly unknown[]): Knowledge {
  base ??= new Knowledge([builtInKnowledgePack()]);
  if (!extraPacks || extraPacks.length === 0) return base;
  let kb = withExtras.get(extraPacks);
  if (!kb) {
    kb = new Knowledge([builtInKnowledgePack(), ...extraPacks.map((p, i) => packFromObject(p, `knowledge[${i}]`))]);
    withExtras.set(extraPacks, kb);
  }
  return kb;
}
