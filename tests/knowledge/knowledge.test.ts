import { describe, expect, it } from 'vitest';
import {
  getKnowledge, parseKnowledgePack, KnowledgePackError, nearMiss, fullNameNearMiss, nameKey,
} from '../../src/knowledge/index.js';

describe('built-in knowledge', () => {
  const kb = getKnowledge();

  it('is built once', () => {
    expect(getKnowledge()).toBe(kb);
    expect(getKnowledge([])).toBe(kb);
  });

  it('finds role holders with dates', () => {
    const fm = kb.holders('foreign_minister', { country: 'FR' });
    expect(fm.length).toBeGreaterThan(1);
    for (const h of fm) expect(h.role.startYear).toBeLessThanOrEqual(h.role.endYear);
    const nato = kb.holders('secretary_general', { org: 'NATO', year: 2016 }).map((h) => h.person.name);
    expect(nato).toEqual(['Jens Stoltenberg']);
  });

  it('looks people up by name, alias, surname and sound', () => {
    expect(kb.peopleByName('Angela Merkel').map((p) => p.name)).toContain('Angela Merkel');
    const [p] = kb.peopleByName('Angela Merkel');
    expect(kb.peopleBySurname('Merkel')).toContain(p);
    expect(kb.peopleByPhonetic('Merkell')).toContain(p);
  });

  it('resolves countries by demonym and abbreviation, organisations by acronym', () => {
    expect(kb.country('French')?.id).toBe('FR');
    expect(kb.country('U.S.')?.id).toBe('US');
    expect(kb.country('American')?.id).toBe('US');
    expect(kb.organization('NATO')?.name).toBe('North Atlantic Treaty Organization');
    expect(kb.organization('north atlantic treaty organization')?.acronym).toBe('NATO');
  });

  it('knows places and deprecated spellings', () => {
    expect(kb.placesByName('Lviv')[0]?.country).toBe('UA');
    const [lvov] = kb.termFor('Lvov');
    expect(lvov?.preferred).toBe('Lviv');
    expect(lvov?.historical).toBe(false);
    expect(kb.termFor('Leningrad')[0]?.historical).toBe(true);
  });

  it('indexes events by organisation and city', () => {
    expect(kb.eventsByOrg('NATO').some((e) => e.type === 'nato_summit')).toBe(true);
    expect(kb.eventsByCity('Vilnius').length).toBeGreaterThan(0);
  });
});

describe('names', () => {
  it('normalises keys', () => {
    expect(nameKey('Jean-Yves  Le Drian')).toBe('jean yves le drian');
    expect(nameKey('Žygimantas')).toBe('zygimantas');
  });
  it('near misses need shared sound or one edit', () => {
    expect(nearMiss('Merkell', 'Merkel')).toBe(true);
    expect(nearMiss('Macron', 'Marcon')).toBe(true);
    expect(nearMiss('Macron', 'Johnson')).toBe(false);
    expect(fullNameNearMiss('Emanuel Macron', 'Emmanuel Macron')).toBe(true);
    expect(fullNameNearMiss('Brigitte Macron', 'Emmanuel Macron')).toBe(false);
  });
});

describe('user packs', () => {
  it('parses CSV term lists with and without a header', () => {
    const a = parseKnowledgePack('deprecated,preferred,note,exceptions\nfoo bar,Foo Bar,house style,"the foo bar club|foo bar inc"\n', 'a.csv');
    expect(a.terms).toEqual([{ term: 'foo bar', preferred: 'Foo Bar', note: 'house style', exceptions: ['the foo bar club', 'foo bar inc'], source: 'a.csv' }]);
    const b = parseKnowledgePack('# comment\nColour,Color\n\n', 'b.csv');
    expect(b.terms.map((t) => [t.term, t.preferred])).toEqual([['Colour', 'Color']]);
    expect(parseKnowledgePack('term\tpreferred\nx\ty\n', 'c.tsv').terms[0]?.preferred).toBe('y');
  });

  it('parses TBX (2008 and v3)', () => {
    const v2 = `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>
      <termEntry id="e1"><langSet xml:lang="de"><tig><term>Alt</term></tig></langSet>
        <langSet xml:lang="en-GB"><tig><term>e-mail</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>email</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet></termEntry>
      <termEntry id="e2"><langSet xml:lang="en"><tig><term>AT&amp;T</term></tig></langSet></termEntry>
      </body></text></martif>`;
    expect(parseKnowledgePack(v2, 'terms.tbx').terms).toEqual([{ term: 'e-mail', preferred: 'email', source: 'terms.tbx' }]);
    const v3 = `<tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body><conceptEntry id="c7"><langSec xml:lang="en">
      <termSec><term>web site</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      <termSec><term>website</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec></conceptEntry></body></text></tbx>`;
    expect(parseKnowledgePack(v3, 'v3.tbx').terms.map((t) => t.term + '>' + t.preferred)).toEqual(['web site>website']);
  });

  it('parses JSON packs and merges them over the built-in pack', () => {
    const pack = parseKnowledgePack(
      JSON.stringify({
        people: [{ id: 'x:zz:ann-example', name: 'Annabel Exampleton', roles: [{ role: 'foreign_minister', country: 'ZZ', start: '2030' }] }],
        terms: [{ term: 'Lvov', preferred: 'Lwów', exceptions: ['Lvov Street'] }],
      }),
      'house.json',
    );
    const kb = getKnowledge([pack]);
    expect(kb).not.toBe(getKnowledge());
    expect(kb.holders('foreign_minister', { country: 'ZZ' })[0]?.person.name).toBe('Annabel Exampleton');
    expect(kb.termFor('Lvov').map((t) => t.preferred)).toEqual(['Lwów']);
    expect(getKnowledge([pack])).not.toBe(getKnowledge());
  });

  it('throws an error naming the file and the entry', () => {
    const bad = (content: string, name: string) => () => parseKnowledgePack(content, name);
    expect(bad('term,preferred\nKiev,\n', 'a.csv')).toThrow(/"a\.csv": line 2 "Kiev": no preferred form/);
    expect(bad('term,preferred\n"open,x\n', 'q.csv')).toThrow(/"q\.csv".*unterminated/);
    expect(bad('{"people":[{"id":"p1","name":"A B","roles":[{"role":"foreign_minister"}]}]}', 'p.json')).toThrow(/"p\.json": people\[0\] "A B": role "foreign_minister" needs "country" or "org"/);
    expect(bad('{"terms":[{"term":"x"}]}', 't.json')).toThrow(/"t\.json": terms\[0\] "x": missing or empty "preferred"/);
    expect(bad('{oops', 'j.json')).toThrow(KnowledgePackError);
    expect(bad('<martif><text><body><termEntry id="t9"><langSet xml:lang="en"><tig><term>a</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>b</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig><tig><term>c</term></tig></langSet></termEntry></body></text></martif>', 'x.tbx')).toThrow(/"x\.tbx": entry "t9": deprecated term "a" has no preferredTerm/);
    expect(bad('<martif><termEntry id="t1"><langSet xml:lang="en"></martif>', 'y.tbx')).toThrow(/"y\.tbx": entry 1: unclosed/);
    expect(bad('a,b', 'z.txt')).toThrow(/unknown pack format/);
  });
});
