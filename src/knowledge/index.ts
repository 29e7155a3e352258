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
import peopleData from '../../rules/data/knowledge/people.json' with { type: 'json' };
import placesData from '../../rules/data/knowledge/places.json' with { type: 'json' };
import orgData from '../../rules/data/knowledge/organizations.json' with { type: 'json' };
import eventData from '../../rules/data/knowledge/events.json' with { type: 'json' };
import policy from '../../rules/data/knowledge/term-policy.json' with { type: 'json' };
import titleData from '../../rules/data/knowledge/role-titles.json' with { type: 'json' };
import { nameKey, surnameKey, phoneticKeys } from './names.js';
import { packFromObject } from './packs.js';
import type {
  AliasRecord, EventRecord, KnowledgePack, Organization, Person, Place, Role, RoleHolder, RoleRecord, TermRecord,
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
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

/** The indexed knowledge base. Build with {@link getKnowledge}. */
export class Knowledge {
  /** Role titles, longest first. */
  readonly titles: RoleTitle[] = [];

  /**
   * The indexes are built per family (people; places and terms; organisations; events) on the
   * first call that needs them, each from all packs in order, so a run that never asks about
   * people does not pay for indexing them. The result is the same as building all at once:
   * each index belongs to one family.
   */
  private readonly packs: readonly KnowledgePack[];
  private readonly built = new Set<'people' | 'places' | 'organizations' | 'events'>();
  private need(family: 'people' | 'places' | 'organizations' | 'events') {
    if (this.built.has(family)) return;
    this.built.add(family);
    for (const pack of this.packs) {
      if (family === 'people') for (const p of pack.people) this.addPerson(p, pack.source);
      else if (family === 'places') this.addPlaces(pack);
      else if (family === 'organizations') this.addOrganizations(pack);
      else this.addEvents(pack);
    }
  }

  private allPeople: Person[] = [];
  private allPlaces: Place[] = [];
  private allOrganizations: Organization[] = [];
  private allEvents: EventRecord[] = [];
  private allTerms: Term[] = [];

  /** Every person. */
  get people(): Person[] {
    this.need('people');
    return this.allPeople;
  }
  /** Every country and city. */
  get places(): Place[] {
    this.need('places');
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
    this.need('places');
    return this.allTerms;
  }

  private byId = new Map<string, Person>();
  private byName = new Map<string, Person[]>();
  private bySurname = new Map<string, Person[]>();
  /** Built on first use from `phoneticQueue` (surnames in the order they were added): Double Metaphone is slow. */
  private byPhoneticMap: Map<string, Person[]> | undefined;
  private phoneticQueue: Array<[string, Person]> = [];
  private byMisspelling = new Map<string, Person[]>();
  private byRole = new Map<string, RoleHolder[]>();
  private placeByName = new Map<string, Place[]>();
  private countryByKey = new Map<string, Place>();
  private orgByKey = new Map<string, Organization>();
  private termByKey = new Map<string, Term[]>();
  private eventsByOrgKey = new Map<string, EventRecord[]>();

  constructor(packs: readonly KnowledgePack[]) {
    for (const t of titleData.titles as Array<Omit<RoleTitle, 'title'> & { titles: string[] }>)
      for (const title of t.titles) this.titles.push({ title, role: t.role, country: t.country, countries: t.countries, scope: t.scope });
    this.titles.sort((a, b) => b.title.length - a.title.length);
    this.packs = packs;
  }

  private addPerson(rec: KnowledgePack['people'][number], source: string) {
    const existing = this.byId.get(rec.id);
    const roles: Role[] = (rec.roles ?? []).map((r: RoleRecord) => ({ ...r, startYear: yearOf(r.start, -Infinity), endYear: yearOf(r.end, Infinity) }));
    const accepted = (rec.aliases ?? []).filter((a) => aliasKind(a) !== 'misspelling').map(aliasName);
    const wrong = (rec.aliases ?? []).filter((a) => aliasKind(a) === 'misspelling').map(aliasName);
    const person: Person = existing ?? { id: rec.id, name: rec.name, aliases: [], countries: [], orgs: [], roles: [], source };
    if (!existing) {
      this.allPeople.push(person);
      this.byId.set(rec.id, person);
    }
    for (const a of accepted) if (!person.aliases.includes(a)) person.aliases.push(a);
    for (const c of rec.countries ?? []) if (!person.countries.includes(c)) person.countries.push(c);
    for (const o of rec.orgs ?? []) if (!person.orgs.includes(o)) person.orgs.push(o);
    person.roles.push(...roles);
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

  private addPlace(place: Place) {
    this.allPlaces.push(place);
    for (const n of [place.name, ...place.aliases]) push(this.placeByName, nameKey(n), place);
    if (place.kind === 'country') {
      for (const n of [place.name, ...place.aliases, ...place.demonyms, place.id]) {
        const key = nameKey(n);
        if (key && !this.countryByKey.has(key)) this.countryByKey.set(key, place);
      }
    }
    for (const d of place.deprecated)
      this.addTerm({
        term: d.name, preferred: place.name, note: d.note, kind: place.kind, entityId: place.id, source: 'built-in',
        historical: historical.has(d.name), exceptions: exceptions[d.name] ?? [],
      });
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

  private addPlaces(pack: KnowledgePack) {
    const countries = [...pack.countries].sort((a, b) => Number(b.un_member ?? false) - Number(a.un_member ?? false));
    for (const c of countries) {
      const aliases = c.aliases ?? [];
      this.addPlace({
        id: c.id, kind: 'country', name: c.name, country: c.id,
        aliases: [...(c.official_name ? [c.official_name] : []), ...aliases.filter((a) => aliasKind(a) !== 'deprecated').map(aliasName)],
        deprecated: aliases.filter((a) => aliasKind(a) === 'deprecated').map((a) => ({ name: aliasName(a), note: typeof a === 'string' ? undefined : a.note })),
        demonyms: c.demonyms ?? [],
      });
    }
    for (const c of pack.cities) {
      const aliases = c.aliases ?? [];
      this.addPlace({
        id: c.id, kind: 'city', name: c.name, country: c.country,
        aliases: aliases.filter((a) => aliasKind(a) !== 'deprecated').map(aliasName),
        deprecated: aliases.filter((a) => aliasKind(a) === 'deprecated').map((a) => ({ name: aliasName(a), note: typeof a === 'string' ? undefined : a.note })),
        demonyms: [], population: c.population, capitalOf: c.capital_of ?? undefined,
      });
    }
    for (const t of pack.terms)
      this.addTerm({ ...t, kind: 'term', historical: false, exceptions: t.exceptions ?? [], source: t.source ?? pack.source });
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
    return this.byId.get(id);
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
      this.byPhoneticMap = new Map();
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

  /** A country by name, alias, demonym ("Ukrainian"), ISO2 or a common abbreviation ("US", "U.S."). */
  country(nameOrDemonym: string): Place | undefined {
    this.need('places');
    const key = nameKey(nameOrDemonym);
    const abbr = COUNTRY_ABBREVIATIONS[key.replace(/\s/g, '')];
    return this.countryByKey.get(key) ?? (abbr ? this.countryByKey.get(abbr.toLowerCase()) : undefined);
  }

  /** An organisation by acronym (case-sensitive upper-case match: "NATO"), name or alias. */
  organization(nameOrAcronym: string): Organization | undefined {
    this.need('organizations');
    return this.orgByKey.get(`acronym:${nameOrAcronym.toUpperCase()}`) ?? this.orgByKey.get(nameKey(nameOrAcronym));
  }

  /** Deprecated-spelling entries for `term` (case, diacritics, hyphens ignored). */
  termFor(term: string): Term[] {
    this.need('places');
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
}

let base: Knowledge | undefined;
let builtInPack: KnowledgePack | undefined;
const withExtras = new WeakMap<readonly unknown[], Knowledge>();

/** The built-in pack as a {@link KnowledgePack}. */
export function builtInKnowledgePack(): KnowledgePack {
  if (!builtInPack) {
    // Trusted, generated data: no validation pass.
    builtInPack = {
      source: 'built-in',
      people: peopleData.people as KnowledgePack['people'],
      countries: placesData.countries as KnowledgePack['countries'],
      cities: placesData.cities as KnowledgePack['cities'],
      organizations: orgData.organizations as KnowledgePack['organizations'],
      events: eventData.events as KnowledgePack['events'],
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
