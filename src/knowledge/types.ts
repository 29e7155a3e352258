/**
 * Record shapes of knowledge packs (the built-in pack in `rules/data/knowledge/` and user packs)
 * and of the indexed entities the {@link Knowledge} accessors return.
 * @packageDocumentation
 */

/** An alias: a plain string is an accepted variant; an object may carry a `kind`. */
export type AliasRecord = string | { name: string; kind?: string; note?: string };

/** A role held by a person. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a missing/null end means open. */
export interface RoleRecord {
  /** Role type, e.g. `foreign_minister`, `head_of_state`, `secretary_general` (see people.json meta.role_types). */
  role: string;
  /** ISO 3166-1 alpha-2 code, for national roles. */
  country?: string;
  /** Organisation acronym (e.g. `NATO`, `UN`), for roles in an organisation. */
  org?: string;
  start?: string | null;
  end?: string | null;
}

/** A person record. */
export interface PersonRecord {
  id: string;
  name: string;
  aliases?: AliasRecord[];
  countries?: string[];
  orgs?: string[];
  roles?: RoleRecord[];
}

/** A country record. */
export interface CountryRecord {
  /** ISO2. */
  id: string;
  name: string;
  iso3?: string;
  /** UN member state; wins when a demonym or alias is shared ("American": US, not MP). */
  un_member?: boolean;
  official_name?: string;
  capital?: string[];
  demonyms?: string[];
  aliases?: AliasRecord[];
}

/** A city record. `aliases` of kind `deprecated` are spellings to replace by `name`. */
export interface CityRecord {
  id: string;
  name: string;
  country?: string;
  capital_of?: string | null;
  population?: number;
  aliases?: AliasRecord[];
}

/** An international organisation. */
export interface OrganizationRecord {
  id: string;
  acronym?: string;
  name: string;
  aliases?: string[];
  established?: string;
  headquarters?: string;
  members?: string[];
}

/** An event (summit, agreement, …). */
export interface EventRecord {
  id: string;
  /** e.g. `nato_summit`, `nato_meeting`, `agreement`, `document`, `event`, `nato_enlargement`. */
  type: string;
  name: string;
  aliases?: string[];
  year?: number;
  start?: string;
  end?: string;
  date?: string;
  city?: string;
  country?: string;
  parties?: string[];
  notes?: string;
  confidence?: string;
}

/** A term-list entry: `term` (deprecated or variant form) should be written `preferred`. */
export interface TermRecord {
  term: string;
  preferred: string;
  /** Why (shown in messages). */
  note?: string;
  /** Phrases in which `term` is correct and stays (e.g. "Chicken Kiev"). */
  exceptions?: string[];
  /** Where the entry came from (file name, or `built-in`). */
  source?: string;
}

/** A parsed knowledge pack: every list present (possibly empty). */
export interface KnowledgePack {
  /** File name or `built-in`; used in messages and errors. */
  source: string;
  people: PersonRecord[];
  countries: CountryRecord[];
  cities: CityRecord[];
  organizations: OrganizationRecord[];
  events: EventRecord[];
  terms: TermRecord[];
}

/** A role with years parsed (NaN-free: missing start = -Infinity, open end = +Infinity). */
export interface Role extends RoleRecord {
  startYear: number;
  endYear: number;
}

/** An indexed person. */
export interface Person {
  id: string;
  name: string;
  /** Accepted other spellings (not misspellings). */
  aliases: string[];
  countries: string[];
  orgs: string[];
  roles: Role[];
  /** The pack the person came from. */
  source: string;
}

/** An indexed place (country or city). */
export interface Place {
  id: string;
  kind: 'country' | 'city';
  /** Preferred English name. */
  name: string;
  /** ISO2 of the country (the country itself for countries). */
  country?: string;
  /** Accepted other names (not deprecated). */
  aliases: string[];
  /** Deprecated spellings with notes. */
  deprecated: Array<{ name: string; note?: string }>;
  demonyms: string[];
  population?: number;
  capitalOf?: string;
}

/** An indexed organisation. */
export interface Organization {
  id: string;
  acronym?: string;
  name: string;
  aliases: string[];
  headquarters?: string;
  members: string[];
}

/** A person together with one of their roles. */
export interface RoleHolder {
  person: Person;
  role: Role;
}
