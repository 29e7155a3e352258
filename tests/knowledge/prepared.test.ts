import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Knowledge, builtInKnowledgePack, getKnowledge, parseKnowledgePack } from '../../src/knowledge/index.js';
import { preparedFiles, sourcePack } from '../../src/knowledge/prepared.js';

const DIR = 'rules/data/knowledge';
const raw = new Knowledge([sourcePack(DIR)], { prepared: false });

/** Everything a lookup returns, by ids and names (entities from two knowledge bases are different objects). */
function lookups(kb: Knowledge, names: string[]) {
  const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
  return names.map((n) => [
    n,
    ids(kb.peopleByName(n)), ids(kb.peopleBySurname(n)), ids(kb.peopleByMisspelling(n)), ids(kb.peopleByPhonetic(n)),
    ids(kb.placesByName(n)), kb.country(n)?.id, kb.termFor(n).map((t) => JSON.stringify(t)),
    kb.holders('foreign_minister', { country: n }).map((h) => `${h.person.id} ${h.role.startYear}`),
  ]);
}

describe('prepared knowledge indexes', () => {
  it('are what scripts/build-knowledge.ts makes from the shipped pack', () => {
    for (const [name, text] of Object.entries(preparedFiles(raw.prepare())))
      expect(readFileSync(join(DIR, 'prepared', name), 'utf8') === text, `${DIR}/prepared/${name} is stale: run npx tsx scripts/build-knowledge.ts --prepared-only`).toBe(true);
  });


  it('hold the same records as the source files', () => {
    const source = sourcePack(DIR);
    const built = builtInKnowledgePack();
    for (const list of ['people', 'countries', 'cities', 'organizations', 'events'] as const) expect(built[list]).toEqual(source[list]);
  });

  it('give the same lookups as indexes built from the records', () => {
    const pack = sourcePack(DIR);
    const names = [
      ...pack.people.filter((_, i) => i % 7 === 0).flatMap((p) => [p.name, p.name.split(' ').at(-1)!]),
      ...pack.cities.filter((_, i) => i % 9 === 0).flatMap((c) => [c.name, ...(c.aliases ?? []).slice(0, 2).map((a) => (typeof a === 'string' ? a : a.name))]),
      ...pack.countries.flatMap((c) => [c.name, c.id, ...(c.demonyms ?? [])]),
      ...getKnowledge().terms.map((t) => t.term),
      'U.S.', 'UK', 'Kiev', 'Merkell', 'Nobody Atall',
    ];
    expect(lookups(getKnowledge(), names)).toEqual(lookups(raw, names));
    expect(getKnowledge().places.map((p) => p.id)).toEqual(raw.places.map((p) => p.id));
    expect(getKnowledge().people.map((p) => JSON.stringify(p))).toEqual(raw.people.map((p) => JSON.stringify(p)));
    expect(getKnowledge().terms.map((t) => JSON.stringify(t))).toEqual(raw.terms.map((t) => JSON.stringify(t)));
  });

  it('give the same lookups with a user pack that extends and overrides built-in entries', () => {
    const kuleba = sourcePack(DIR).people.find((p) => p.name === 'Dmytro Kuleba')!;
    const user = parseKnowledgePack(
      JSON.stringify({
        people: [
          { id: kuleba.id, name: kuleba.name, aliases: ['Dmitry Kuleba', { name: 'Dmytro Kulba', kind: 'misspelling' }], roles: [{ role: 'foreign_minister', country: 'UA', start: '2031' }] },
          { id: 'x:zz:ann', name: 'Annabel Exampleton', roles: [{ role: 'foreign_minister', country: 'UA', start: '2030' }] },
        ],
        countries: [{ id: 'ZZ', name: 'Zedland', demonyms: ['Zed', 'Ukrainian'], aliases: [{ name: 'Old Zedland', kind: 'deprecated' }] }],
        cities: [{ id: 'zz:kyiv', name: 'Kyiv', country: 'ZZ', aliases: ['Zedville', { name: 'Kiev', kind: 'deprecated', note: 'house style' }] }],
        terms: [{ term: 'Lvov', preferred: 'Lwów' }],
      }),
      'house.json',
    );
    const names = ['Dmytro Kuleba', 'Dmitry Kuleba', 'Kuleba', 'Dmytro Kulba', 'Annabel Exampleton', 'Exampleton', 'Kyiv', 'Zedville', 'Zedland', 'Zed', 'Ukrainian', 'UA', 'ZZ', 'Kiev', 'Lvov', 'Old Zedland'];
    const prepared = new Knowledge([builtInKnowledgePack(), user]);
    const built = new Knowledge([builtInKnowledgePack(), user], { prepared: false });
    expect(lookups(prepared, names)).toEqual(lookups(built, names));
    expect(prepared.terms.map((t) => JSON.stringify(t))).toEqual(built.terms.map((t) => JSON.stringify(t)));
    expect(prepared.places.map((p) => p.id)).toEqual(built.places.map((p) => p.id));
  });
});
