import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { narrativeImperative, orphanPredicate, selfCoordination, sentenceLines, subjectlessStart, type SignalLexicon, type Tagger, type Word } from '../../src/nlp/garbled-signals.js';
import { projectTexts } from '../helpers/texts.js';
import { knownNonVerb, knownOutsideVerbChain, knownVerbOrAdverb, tagRange } from '../../src/nlp/tag-sentence.js';

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
});

describe('narrative-imperative’s pre-check', () => {
  const narrative = narrativeImperative as unknown as Signal;

  it('tags no statement opening with a word compromise’s lexicon knows only as a non-verb, and still finds a bare verb', () => {
    expect(knownNonVerb('earlier')).toBe(true);
    expect(run('Earlier this month the team reached the site.', narrative)).toEqual({ hits: [], tagged: false });
    expect(run('Continue to operate the standby system at the site.', narrative)).toEqual({ hits: ['Continue'], tagged: true });
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
