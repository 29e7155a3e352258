import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { narrativeImperative, orphanPredicate, selfCoordination, sentenceLines, subjectlessStart, type SignalLexicon, type Tagger, type Word } from '../../src/nlp/garbled-signals.js';
import { projectTexts } from '../helpers/texts.js';
import { getNlp } from '../../src/nlp/compromise.js';
import { knownNonVerb, knownOutsideVerbChain, knownVerbOrAdverb, pluralBeforeVerb, readsAsBareVerb, tagRange, type TaggedTerm } from '../../src/nlp/tag-sentence.js';

const lists = JSON.parse(readFileSync('rules/data/garbled-sentence.json', 'utf8')) as Record<string, unknown>;
const lex = Object.fromEntries(Object.entries(lists).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, new Set(v as string[])])) as unknown as SignalLexicon;

type Signal = (doc: ReturnType<typeof createDoc>, range: [number, number], tokens: never, words: never, lex: SignalLexicon, tagger: Tagger) => Array<{ word: string }>;

/** A tagging signal on the one line of `text`: its hits, and whether it asked the tagger at all. */
function run(text: string, signal: Signal = orphanPredicate as unknown as Signal): { hits: string[]; tagged: boolean } {
  const doc = createDoc('', text);
  const { tokens, words } = doc.sentences().flatMap((s) => sentenceLines(text, s))[0]!;
  let tagged = false;
  const hits = signal(doc, [tokens[0]!.start, tokens[tokens.length - 1]!.end], tokens as never, words as never, lex, (d, s, e) => ((tagged = true), tagRange(d, s, e)));
  return { hits: hits.map((h) => h.word), tagged };
}

describe('orphan-predicate’s word-level pre-check', () => {
  it('sends a sentence of the shape it looks for to the tagger, and the tagger confirms it', () => {
    expect(run('NATO had never commented on Its open door membership policy will not compromise.')).toEqual({ hits: ['will not compromise'], tagged: true });
    expect(run('The ministry has commented on the draft law will be debated next week.')).toEqual({ hits: ['will be'], tagged: true });
  });

  it('tags nothing when the second auxiliary follows punctuation, or an article, pronoun or relative word stands between anchor and preposition', () => {
    expect(run('They can reproduce on the same plant of both sexes; can pollinate on the same plant.')).toEqual({ hits: [], tagged: false });
    expect(run('Those of you who are from Brazil should know this plant.')).toEqual({ hits: [], tagged: false });
    expect(run('You can see this surface under a microscope it is very different.')).toEqual({ hits: [], tagged: false });
  });

  it('tags nothing when a word between anchor and preposition is one compromise knows as neither verb nor adverb', () => {
    expect(knownOutsideVerbChain('many')).toBe(true);
    expect(knownOutsideVerbChain('also')).toBe(false);
    expect(knownOutsideVerbChain('commented')).toBe(false);
    expect(run('The reason is so important there are many other ways in which plants can reproduce.')).toEqual({ hits: [], tagged: false });
  });
});

describe('subjectless-start’s pre-check', () => {
  const subjectless = subjectlessStart as unknown as Signal;

  it('knows from compromise’s lexicon the words it reads only as nouns or names', () => {
    expect(knownNonVerb('officials')).toBe(true);
    expect(knownNonVerb('marcos')).toBe(true);
    expect(knownNonVerb('introduced')).toBe(false);
    expect(knownNonVerb('flies')).toBe(false); // a noun/verb switch: the context decides
    expect(knownNonVerb('icebergs')).toBe(false); // not in the lexicon: the tagger guesses
    expect(knownNonVerb('constructor')).toBe(false); // not a key of an object's prototype either
  });

  it('knows the words it reads only as verbs or adverbs', () => {
    expect(knownVerbOrAdverb('said')).toBe(true);
    expect(knownVerbOrAdverb('also')).toBe(true);
    expect(knownVerbOrAdverb('plan')).toBe(false); // a noun too
    expect(knownVerbOrAdverb('icebergs')).toBe(false);
    expect(knownVerbOrAdverb('constructor')).toBe(false);
  });

  it('tags no sentence opening with such a word, or whose second word is a known verb or adverb, and still finds a dropped subject', () => {
    expect(run('Officials said the plan was ready.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Forecasters said the storm would pass.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Plants also harvested the light.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Introduced the current rescue environment to the Hong Kong rescue team.', subjectless)).toEqual({ hits: ['Introduced'], tagged: true });
  });

  it('tags no opening with an ending no verb’s -s form has', () => {
    expect(run('Continuous operation of the standby system is required.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Progress was made on the talks.', subjectless)).toEqual({ hits: [], tagged: false });
  });

  it('knows when compromise reads an -s word and the next as a plural subject and its verb', () => {
    expect(pluralBeforeVerb('flies', 'fly')).toBe(true); // a plural/verb switch, then a noun/verb one
    expect(pluralBeforeVerb('icebergs', 'form')).toBe(true); // not in the lexicon, a plural ending
    expect(pluralBeforeVerb('plants', 'grow')).toBe(true); // a bare verb next
    expect(pluralBeforeVerb('holds', 'talks')).toBe(false); // a plural noun next: "Holds" is the verb
    expect(pluralBeforeVerb('takes', 'place')).toBe(false); // known as a verb
    expect(pluralBeforeVerb('updates', 'interface')).toBe(false); // the lexicon has it as a verb first
    expect(pluralBeforeVerb('depends', 'control')).toBe(false); // "-ends" is a verb ending to compromise
  });

  it('tags no opening of a plural subject and its verb, and still tags one whose -s word the lexicon has as a verb', () => {
    expect(run('Flies fly in and pollinate them.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Icebergs form when they break off from a glacier.', subjectless)).toEqual({ hits: [], tagged: false });
    expect(run('Updates interface info.', subjectless)).toEqual({ hits: ['Updates'], tagged: true });
    expect(run('Takes place in the capital every year.', subjectless)).toEqual({ hits: ['Takes'], tagged: true });
  });

  /** Whether the tagger's reading of an opening rules the signal out: the first word no finite verb, or a verb after it. */
  const ruledOut = ([t0, t1]: TaggedTerm[]) => !t0!.tags.has('Verb') || t0!.tags.has('Noun') || t0!.tags.has('Imperative') || !!t1?.tags.has('Verb');

  it('skips only openings the tagger reads as a subject and its verb: the project’s texts, and pairs drawn from compromise’s lists', () => {
    const openings: Array<{ file: string; doc: ReturnType<typeof createDoc>; range: [number, number] }> = [];
    for (const { file, text } of projectTexts()) {
      const doc = createDoc(file, text);
      for (const { words } of doc.sentences().flatMap((s) => sentenceLines(text, s))) {
        const [a, b] = words;
        if (a && b && words.length >= 3 && /^\p{Lu}\p{Ll}+s$/u.test(a.text) && b.index === a.index + 2 && pluralBeforeVerb(a.lower, b.lower)) openings.push({ file, doc, range: [a.start, words[Math.min(5, words.length - 1)]!.end] });
      }
    }
    const fromProject = openings.length;
    // Every 37th plural/verb switch word with every 53rd word the lexicon has as a bare verb or a noun/verb.
    const { lexicon } = getNlp().world().model.one;
    const { switches } = getNlp().world().model.two;
    const firsts = Object.keys(switches).filter((w) => switches[w] === 'Plural|Verb' && /^[a-z]+s$/.test(w)).filter((_, i) => i % 37 === 0);
    const seconds = Object.keys(lexicon).filter((w) => /^[a-z]+$/.test(w) && (switches[w] === 'Noun|Verb' || lexicon[w] === 'Infinitive')).filter((_, i) => i % 53 === 0);
    for (const [i, first] of firsts.entries()) {
      for (const [j, second] of seconds.entries()) {
        if (!pluralBeforeVerb(first, second)) continue;
        const text = `${first[0]!.toUpperCase()}${first.slice(1)} ${second} ${['the new plan', 'on the border', 'with the ministry'][(i + j) % 3]} this week.`;
        openings.push({ file: text, doc: createDoc('', text), range: [0, text.length] });
      }
    }
    expect(fromProject).toBeGreaterThan(0);
    expect(openings.length - fromProject).toBeGreaterThan(100);
    for (const { file, doc, range } of openings) expect(ruledOut(tagRange(doc, range[0], range[1])), file).toBe(true);
  });
});

describe('narrative-imperative’s pre-check', () => {
  const narrative = narrativeImperative as unknown as Signal;

  it('tags no statement opening with a word compromise’s lexicon knows only as a non-verb, and still finds a bare verb', () => {
    expect(knownNonVerb('earlier')).toBe(true);
    expect(run('Earlier this month the team reached the site.', narrative)).toEqual({ hits: [], tagged: false });
    expect(run('Continue to operate the standby system at the site.', narrative)).toEqual({ hits: ['Continue'], tagged: false });
  });

  it('knows the words compromise tags as a bare verb first in a sentence, whatever follows', () => {
    expect(readsAsBareVerb('introduce')).toBe(true);
    expect(readsAsBareVerb('continue')).toBe(true);
    expect(readsAsBareVerb('like')).toBe(false); // named by a pattern: "^[like] #Determiner" is a preposition
    expect(readsAsBareVerb('shoot')).toBe(false); // named by a pattern: an expression
    expect(readsAsBareVerb('refine')).toBe(false); // the switch of "fine", under the prefix
    expect(readsAsBareVerb('brief')).toBe(false); // a noun, an adjective or a verb: the context decides
    expect(readsAsBareVerb('plan')).toBe(false);
  });

  it('finds a bare verb without tagging, and still tags a word whose reading the context decides or that follows a mark', () => {
    expect(run('Introduce the current rescue environment to the team.', narrative)).toEqual({ hits: ['Introduce'], tagged: false });
    expect(run('Brief the rescue team on the current situation.', narrative)).toEqual({ hits: ['Brief'], tagged: true });
    expect(run('// Create a new module using the cached data.', narrative)).toEqual({ hits: [], tagged: true });
  });

  it('takes as a bare verb only what the tagger reads so: the project’s texts, and words drawn from compromise’s lexicon in several sentences', () => {
    const bareVerb = (terms: TaggedTerm[]) => {
      const t0 = terms[0]!;
      return t0.tags.has('Verb') && t0.tags.has('Infinitive') && !['Noun', 'Preposition', 'Adverb', 'Adjective', 'Conjunction'].some((t) => t0.tags.has(t));
    };
    let fromProject = 0;
    for (const { file, text } of projectTexts()) {
      const doc = createDoc(file, text);
      for (const { tokens, words } of doc.sentences().flatMap((s) => sentenceLines(text, s))) {
        const first = words[0];
        if (!first || first.index !== 0 || words.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !readsAsBareVerb(first.lower)) continue;
        fromProject++;
        expect(bareVerb(tagRange(doc, tokens[0]!.start, words[Math.min(5, words.length - 1)]!.end)), `${file}: ${first.text}`).toBe(true);
      }
    }
    expect(fromProject).toBeGreaterThan(0);
    const { lexicon } = getNlp().world().model.one;
    const verbs = Object.keys(lexicon).filter((w) => /^[a-z]+$/.test(w) && readsAsBareVerb(w)).filter((_, i) => i % 7 === 0);
    const rests = ['the new plan in the city.', 'to operate the system at the site.', 'its efforts to improve the lives of the poor.', 'our support for the people of Ukraine.', 'a lot of damage to the region.'];
    expect(verbs.length).toBeGreaterThan(100);
    for (const [i, verb] of verbs.entries()) {
      const text = `${verb[0]!.toUpperCase()}${verb.slice(1)} ${rests[i % rests.length]}`;
      expect(bareVerb(tagRange(createDoc('', text), 0, text.length)), text).toBe(true);
    }
  });
});

describe('self-coordination’s pre-check', () => {
  /** Whether the tagger reads the word at `at` as a verb, as the rule asks it: the four words on each side tagged. */
  function readsVerb(doc: ReturnType<typeof createDoc>, words: readonly Word[], at: number): boolean {
    const j = words.findIndex((w) => w.start === at);
    const term = tagRange(doc, words[Math.max(0, j - 4)]!.start, words[Math.min(words.length - 1, j + 4)]!.end).find((t) => t.start === at);
    return !!term && term.tags.has('Verb') && !term.tags.has('Noun');
  }

  /** Its hits on the one line of `text`, and the words whose verb reading it asked the tagger for. */
  function coordination(text: string): { hits: string[]; asked: string[] } {
    const doc = createDoc('', text);
    const { tokens, words } = doc.sentences().flatMap((s) => sentenceLines(text, s))[0]!;
    const asked: string[] = [];
    const isVerbAt = (ws: readonly Word[], at: number) => {
      asked.push(ws.find((w) => w.start === at)!.lower);
      return readsVerb(doc, ws, at);
    };
    return { hits: selfCoordination(tokens, words, lex, isVerbAt).map((h) => h.word), asked };
  }

  it('asks the tagger nothing about a word that heads a noun phrase, and still finds it doubled', () => {
    expect(coordination('The doctors serve the local people with benevolence and benevolence.')).toEqual({ hits: ['benevolence and benevolence'], asked: [] });
    expect(coordination('It praised their customs and customs in the region.')).toEqual({ hits: ['customs and customs'], asked: [] });
  });

  it('still asks about a word after a subject, "to", or in -ing, and lets a verb done again and again be', () => {
    expect(coordination('So we waited and waited all night.')).toEqual({ hits: [], asked: ['waited'] });
    expect(coordination('They want to talk and talk about it.')).toEqual({ hits: [], asked: ['talk'] });
    expect(coordination('He got there by walking and walking all night.')).toEqual({ hits: [], asked: ['walking'] });
  });

  it('skips only words the tagger reads as no verb there, in the project’s texts', () => {
    const asked = (tokens: never, words: never, l: SignalLexicon) => {
      const at: number[] = [];
      selfCoordination(tokens, words, l, (_ws, offset) => (at.push(offset), false));
      return at;
    };
    const withoutPreCheck = { ...lex, nounPhraseOpeners: new Set<string>() };
    let skipped = 0;
    for (const { file, text } of projectTexts()) {
      const doc = createDoc(file, text);
      for (const { tokens, words } of doc.sentences().flatMap((s) => sentenceLines(text, s))) {
        const kept = new Set(asked(tokens as never, words as never, lex));
        for (const at of asked(tokens as never, words as never, withoutPreCheck)) {
          if (kept.has(at)) continue;
          skipped++;
          expect(readsVerb(doc, words, at), `${file}: ${text.slice(at, at + 30)}`).toBe(false);
        }
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});
