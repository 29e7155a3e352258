import { defineRule } from '../src/rule.js';
import { getKnowledge, nameKey, nearMiss, translitKey, type Knowledge } from '../src/knowledge/index.js';
import { findNameMentions, surnameBucket } from '../src/knowledge/name-mentions.js';
import { compatible, distinctPeople, nameConsistencyCorpus, pluralOf, type NameConsistencyOptions, type Spelling } from './corpus/name-consistency.js';

/** Transliteration keys of the given-name tokens ('' when there are none). */
const givenKeys = (given: string) => (given ? given.split(/\s+/).map(translitKey) : ['']);

/** Ids of the people the pack knows by `surname`. */
const peopleIds = (kb: Knowledge, surname: string) => kb.peopleBySurname(surname).map((p) => p.id);

export default defineRule<NameConsistencyOptions, Spelling[]>({
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
  corpus: nameConsistencyCorpus,
});
