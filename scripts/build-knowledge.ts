/**
 * Build the compact built-in knowledge pack `rules/data/knowledge/*.json` from the full
 * reference data (people.json, places.json, organizations.json, events.json).
 *
 * Usage: npx tsx scripts/build-knowledge.ts <data-dir> [out-dir]
 *        npx tsx scripts/build-knowledge.ts --prepared-only [out-dir]
 *   data-dir  directory holding the full reference data (see its README.md for sources/licences)
 *   out-dir   default: rules/data/knowledge
 *
 * Then (or, with --prepared-only, from the pack already in out-dir) it writes the pack's
 * prepared data to out-dir/prepared/ (see src/knowledge/prepared.ts): the name, surname,
 * phonetic, role and place-name indexes the knowledge base would otherwise build on every start,
 * and the people, country and city records as JSON texts (parsed one by one when used). Run
 * time reads the prepared files, not people.json / places.json.
 * tests/knowledge/prepared.test.ts checks the shipped files match the shipped pack.
 *
 * What is dropped: per-record `sources`, QIDs, titles, Factbook `listed` years, coordinates,
 * founding texts and purposes. What is kept: names, aliases (with their kind when it is
 * not a plain variant), countries/orgs, roles with dates, place kinds, notes of deprecated
 * spellings, organisation acronyms/aliases/HQ/members, events. Output is deterministic.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Knowledge } from '../src/knowledge/index.js';
import { preparedFiles, sourcePack } from '../src/knowledge/prepared.js';

const [dataDir, outDir = 'rules/data/knowledge'] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: tsx scripts/build-knowledge.ts <data-dir>|--prepared-only [out-dir]\n');
  process.exit(2);
}

/** Write the prepared indexes of the pack in out-dir. */
function writePrepared() {
  mkdirSync(join(outDir, 'prepared'), { recursive: true });
  const files = preparedFiles(new Knowledge([sourcePack(outDir)], { prepared: false }).prepare());
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, 'prepared', name), text);
  process.stderr.write(`wrote ${Object.keys(files).join(', ')} to ${join(outDir, 'prepared')}\n`);
}

if (dataDir === '--prepared-only') {
  writePrepared();
  process.exit(0);
}

type Any = Record<string, any>;
const read = (file: string): Any => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const clean = <T extends Any>(o: T): T => {
  for (const k of Object.keys(o)) if (o[k] === undefined || o[k] === null || (Array.isArray(o[k]) && o[k].length === 0)) delete o[k];
  return o;
};
/** One record per line: small diffs, readable, still compact. */
const write = (file: string, meta: Any, key: string, records: unknown[]) => {
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  writeFileSync(join(outDir, file), `{"meta":${JSON.stringify(meta)},\n"${key}":[\n${body}\n]}\n`);
};
/** Aliases: a plain string for accepted variants, `{name, kind, note?}` otherwise. */
const alias = (a: Any) => (a.kind ? clean({ name: a.name, kind: a.kind, note: a.note }) : a.name);
const metaOf = (m: Any, extra: Any = {}) => ({
  schema_version: 1,
  built_from: `${m.kind} generated ${m.generated}`,
  description: m.description,
  licence: m.licence,
  sources: m.sources,
  ...extra,
});

mkdirSync(outDir, { recursive: true });

// People: roles without titles/sources; identical roles (same type, country/org, start) merged.
const people = read('people.json');
const personRecords = people.people.map((p: Any) => {
  const roles = new Map<string, Any>();
  for (const r of p.roles) {
    const key = `${r.role}|${r.country ?? ''}|${r.org ?? ''}|${r.start ?? ''}`;
    const prev = roles.get(key);
    if (prev) {
      if (!prev.end || (r.end && r.end > prev.end)) prev.end = r.end ?? prev.end;
      continue;
    }
    roles.set(key, clean({ role: r.role, country: r.country, org: r.org, start: r.start, end: r.end }));
  }
  return clean({
    id: p.id,
    name: p.name,
    aliases: p.aliases.map(alias),
    countries: p.countries,
    orgs: p.orgs,
    roles: [...roles.values()],
  });
});
write('people.json', metaOf(people.meta, { role_types: people.meta.role_types, count: personRecords.length }), 'people', personRecords);

// Places: countries and cities.
const places = read('places.json');
const countries = places.countries.map((c: Any) =>
  clean({
    id: c.id,
    iso3: c.iso3,
    un_member: c.un_member || undefined,
    name: c.name,
    official_name: c.official_name,
    capital: c.capital,
    demonyms: [...new Set([c.demonyms?.m, c.demonyms?.f, c.demonyms?.adjective_cia].filter(Boolean))],
    aliases: c.aliases.map(alias),
  }),
);
const cities = places.cities.map((c: Any) =>
  clean({
    id: c.id,
    name: c.name,
    country: c.country,
    capital_of: c.capital_of,
    population: c.population,
    aliases: c.aliases.map(alias),
  }),
);
const placeMeta = metaOf(places.meta, { count_countries: countries.length, count_cities: cities.length });
writeFileSync(
  join(outDir, 'places.json'),
  `{"meta":${JSON.stringify(placeMeta)},\n"countries":[\n${countries.map((r: Any) => JSON.stringify(r)).join(',\n')}\n],\n"cities":[\n${cities
    .map((r: Any) => JSON.stringify(r))
    .join(',\n')}\n]}\n`,
);

// Organizations.
const orgs = read('organizations.json');
const orgRecords = orgs.organizations.map((o: Any) =>
  clean({
    id: o.id,
    acronym: o.acronym,
    name: o.name,
    aliases: o.aliases.map((a: Any) => a.name),
    established: o.established,
    headquarters: o.headquarters,
    members: o.members_current ?? o.members,
  }),
);
write('organizations.json', metaOf(orgs.meta, { count: orgRecords.length }), 'organizations', orgRecords);

// Events: kept whole except sources.
const events = read('events.json');
const eventRecords = events.events.map((e: Any) => {
  const { source: _s, sources: _ss, city_id: _c, ...rest } = e;
  return clean(rest);
});
write('events.json', metaOf(events.meta, { count: eventRecords.length }), 'events', eventRecords);

process.stderr.write(
  `wrote ${personRecords.length} people, ${countries.length} countries, ${cities.length} cities, ${orgRecords.length} organizations, ${eventRecords.length} events to ${outDir}\n`,
);
writePrepared();
