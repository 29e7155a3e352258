import { defineRule } from '../src/rule.js';
import { getKnowledge, nameKey, nearMiss, translitKey, type Knowledge } from '../src/knowledge/index.js';
import { findNameMentions, surnameBucket } from '../src/knowledge/name-mentions.js';
import { wordMemo } from '../src/text/word-memo.js';

interface Options {
  minFiles: number;
}

/** One surname spelling in one file (facts for the corpus phase). */
interface Spelling {
  bucket: string;
  surname: string;
  /** Transliteration keys of the first given names seen with it. */
  given: string[];
  ranges: Array<[number, number]>;
  /** Already reported by the document phase. */
  reported: boolean;
  /**
   * Ids of the people the knowledge pack knows by this surname, when there are any: the corpus
   * phase decides from them, so the process that runs it need not load the pack's people.
   */
  people?: string[];
}

/** Transliteration keys of the given-name tokens ('' when there are none). */
const givenKeys = (given: string) => (given ? given.split(/\s+/).map(translitKey) : ['']);

/** Given names are compatible when one side has none, or two first given names sound alike. */
const compatible = (a: string[], b: string[]) =>
  a.includes('') || b.includes('') || a.some((x) => b.some((y) => x === y || (x && y && nearMiss(x, y))));

/**
 * Whether one spelling is the other with a plural ending: the singular and plural of a party or
 * group ("Liberal Democrat candidate", "the Liberal Democrats"), not two spellings of a name.
 */
const pluralOf = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === `${y}s` || y === `${x}s` || x === `${y}es` || y === `${x}es`;
};

/** Two spellings that the pack knows as surnames of different people are different names (Ryabkov / Rybakov). */
const distinctPeople = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((id) => b.includes(id));

/**
 * A surname's {@link nameKey}, remembered: a corpus repeats a few hundred surnames tens of
 * thousands of times (the corpus phase's two passes over the 20 MB bench corpus's 29,668 uses took
 * 62–95 ms keying each use, 50–80 ms this way, at the end of a run, alone on one core). Like every
 * word memo it holds at most 10,000 keys, so a corpus of millions of names does not grow it.
 */
const surnameKey = wordMemo(nameKey);

/** Ids of the people the pack knows by `surname`. */
const peopleIds = (kb: Knowledge, surname: string) => kb.peopleBySurname(surname).map((p) => p.id);

export default defineRule<Options, Spelling[]>({
  meta: {
    id: 'name-consistency',
    description:
      'Finds one person’s name written two ways in a text (the first form, or the one the knowledge pack knows, wins), and, across the files linted together, a spelling that differs from the majority spelling of the same name.',
    category: 'Terminology/Inconsistent',
    severity: 'warn',
    fixable: true,
    version: 3,
    messages: {
      inText: 'Unexpected “{actual}”, expected “{expected}” as written earlier in this text (“{first}”).',
      inCorpus: 'Unexpected “{actual}”, expected “{expected}”, the spelling {count} of the files linted together use.',
    },
    schema: {
      type: 'object',
      properties: {
        minFiles: {
          type: 'integer',
          minimum: 2,
          description: 'Files that must agree on a spelling before another spelling in fewer than half as many files is reported (corpus phase). Default 3.',
          default: 3,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { minFiles: 3 },
    examples: {
      valid: [
        { text: 'Maria Lopez met Mark Lopes. Later, Maria Lopez left.', note: 'Different given names: two people.' },
        { text: 'Sergei Ryabkov and Alexander Rybakov spoke.', note: 'Both spellings are different people the pack knows.' },
      ],
      invalid: [
        {
          text: 'Talks were led by Hendrik Vasterling. Later Hendrik Vastreling said they would go on.',
          errors: ['Vastreling'],
          output: 'Talks were led by Hendrik Vasterling. Later Hendrik Vasterling said they would go on.',
        },
      ],
    },
  },
  create(context) {
    const kb = getKnowledge(context.knowledge);
    const { text } = context.doc;
    const spellings = new Map<string, Spelling>();
    for (const m of findNameMentions(kb, text)) {
      const key = nameKey(m.surname);
      let s = spellings.get(key);
      if (!s) {
        spellings.set(key, (s = { bucket: surnameBucket(m.surname), surname: m.surname, given: [], ranges: [], reported: false }));
        const people = peopleIds(kb, m.surname);
        if (people.length) s.people = people;
      }
      for (const g of givenKeys(m.given)) if (!s.given.includes(g)) s.given.push(g);
      s.ranges.push([m.start, m.end]);
    }
    const buckets = new Map<string, Spelling[]>();
    for (const s of spellings.values()) buckets.set(s.bucket, [...(buckets.get(s.bucket) ?? []), s]);
    for (const group of buckets.values()) {
      if (group.length < 2) continue;
      const known = group.filter((s) => s.people);
      const winner = known.length === 1 ? known[0]! : group.reduce((a, b) => (a.ranges[0]![0] <= b.ranges[0]![0] ? a : b));
      for (const s of group) {
        if (s === winner || !nearMiss(s.surname, winner.surname) || !compatible(s.given, winner.given)) continue;
        if (distinctPeople(s.people ?? [], winner.people ?? []) || pluralOf(s.surname, winner.surname)) continue;
        s.reported = true;
        for (const range of s.ranges)
          context.report({
            messageId: 'inText',
            data: { actual: s.surname, expected: winner.surname, first: winner.surname },
            range,
            fix: { range, text: winner.surname },
            actual: s.surname,
            expected: [winner.surname],
          });
      }
    }
    return [...spellings.values()];
  },
  corpus(files, context) {
    // First pass: the buckets with two or more spellings. Only those can have a finding, so the
    // second pass keeps the uses of those alone (a corpus's facts can be far larger than memory;
    // `files` rebuilds them on each pass). A bucket keeps its first spelling; a name repeated as
    // written (most uses) needs no key.
    const first = new Map<string, { surname: string; key: string }>();
    const mixed = new Set<string>();
    for (const { facts } of files)
      for (const s of facts) {
        const seen = first.get(s.bucket);
        if (!seen) first.set(s.bucket, { surname: s.surname, key: surnameKey(s.surname) });
        else if (seen.surname !== s.surname && !mixed.has(s.bucket) && surnameKey(s.surname) !== seen.key) mixed.add(s.bucket);
      }
    // bucket → spelling key → files using it
    const index = new Map<string, Map<string, Array<{ filePath: string; s: Spelling }>>>();
    for (const { filePath, facts } of files)
      for (const s of facts) {
        if (!mixed.has(s.bucket)) continue;
        let b = index.get(s.bucket);
        if (!b) index.set(s.bucket, (b = new Map()));
        const k = surnameKey(s.surname);
        const uses = b.get(k);
        if (uses) uses.push({ filePath, s });
        else b.set(k, [{ filePath, s }]);
      }
    for (const group of index.values()) {
      const ranked = [...group.values()].sort((a, b) => b.length - a.length);
      const major = ranked[0]!;
      if (major.length < context.options.minFiles || major.length === ranked[1]!.length) continue;
      const majorName = major[0]!.s.surname;
      // The pack's people are the same for every use of a spelling (they are looked up by its key).
      const majorPeople = major[0]!.s.people ?? [];
      // Each given name once: a name in many files brings the same given names many times, and
      // every use of the other spelling is compared with each (a sound-alike test per pair).
      const majorGiven = [...new Set(major.flatMap((u) => u.s.given))];
      for (const uses of ranked.slice(1)) {
        const name = uses[0]!.s.surname;
        const people = uses[0]!.s.people ?? [];
        if (uses.length * 2 >= major.length || !nearMiss(name, majorName) || distinctPeople(people, majorPeople) || pluralOf(name, majorName)) continue;
        if (people.length && !majorPeople.length) continue;
        for (const { filePath, s } of uses) {
          if (s.reported || !compatible(s.given, majorGiven)) continue;
          for (const range of s.ranges)
            context.report(filePath, {
              messageId: 'inCorpus',
              data: { actual: s.surname, expected: majorName, count: major.length },
              range,
              fix: { range, text: majorName },
              actual: s.surname,
              expected: [majorName],
            });
        }
      }
    }
  },
});
