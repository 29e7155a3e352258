import { defineRule, formatMessage } from '../src/rule.js';
import {
  SIGNALS, capitalSplice, danglingEnd, isTitleCase, narrativeImperative, orphanPredicate, repetition, selfCoordination, sentenceLines, subjectlessStart, verbless,
  type SignalHit, type SignalLexicon, type SignalName, type Tagger, type UnitLine, type Word,
} from '../src/nlp/garbled-signals.js';
import { tagRange } from '../src/nlp/tag-sentence.js';
import lists from './data/garbled-sentence.json' with { type: 'json' };
import abbreviationList from './data/abbreviations.json' with { type: 'json' };

/** Options of `garbled-sentence`. */
export interface GarbledSentenceOptions {
  /** Minimum summed weight of the signals fired in one sentence to report it. Default `1`. */
  threshold: number;
  /** Signals to run. Default: all but `verbless`. */
  signals: SignalName[];
}

const lex: SignalLexicon = {
  spliceStarters: new Set(lists.spliceStarters),
  danglingEnd: new Set(lists.danglingEnd),
  danglingEndIdioms: new Set(lists.danglingEndIdioms),
  clauseOpeners: new Set(lists.clauseOpeners),
  finiteAux: new Set(lists.finiteAux),
  repeatAllowed: new Set(lists.repeatAllowed),
  abbreviations: new Set(abbreviationList.abbreviations),
  subordinators: new Set(lists.subordinators),
  personalPronouns: new Set(lists.personalPronouns),
  prepositions: new Set(lists.prepositions),
  selfCoordinationAllowed: new Set(lists.selfCoordinationAllowed),
  speakerPronouns: new Set(lists.speakerPronouns),
  callToAction: new Set(lists.callToAction),
  determiners: new Set(lists.determiners),
  nonVerbOpeners: new Set(lists.nonVerbOpeners),
  pastAux: new Set(lists.pastAux),
  formulae: new Set(lists.formulae),
  creditParticiples: new Set(lists.creditParticiples),
  nounPhraseOpeners: new Set(lists.nounPhraseOpeners),
};

/** Weight of each signal in a sentence's score (measured precision on the MQM dev set decides). */
const WEIGHTS: Record<SignalName, number> = {
  'capital-splice': 1,
  'orphan-predicate': 1,
  'dangling-end': 1,
  repetition: 1,
  'subjectless-start': 1,
  verbless: 1,
  'self-coordination': 1,
  'narrative-imperative': 1,
};
/**
 * Signals that are opt-in (the `signals` option turns them on): each fires on none of the dev sets,
 * so its precision is unmeasured, and each tags whole sentences, the costliest use of compromise.
 * `verbless` tagged a quarter of the rule's text on the MQM docs, most of it on clean news;
 * `orphan-predicate` fires only on the seed, where capital-splice finds the same sentence, and cost
 * ~4% of a 20 MB run.
 */
const OPT_IN_SIGNALS: readonly SignalName[] = ['verbless', 'orphan-predicate'];
/** Signals on by default: all but the {@link OPT_IN_SIGNALS}. */
const DEFAULT_SIGNALS: SignalName[] = SIGNALS.filter((s) => !OPT_IN_SIGNALS.includes(s));
/** Hits closer than this many characters are reported as one finding. */
const MERGE_GAP = 60;

const messages = {
  'capital-splice': 'Capitalised “{word}” inside the sentence, likely two sentences joined; expected a sentence break before it, or lower case.',
  'orphan-predicate': 'Second main verb “{word}” without a subject or conjunction of its own; expected a subject, a conjunction, or two sentences.',
  'dangling-end': 'Sentence ends on “{word}”, which needs a continuation; expected the rest of the phrase.',
  repetition: '“{word}” repeated, likely across a join of two fragments; expected it once.',
  'subjectless-start': 'Sentence starts with the verb “{word}” and has no subject; expected a subject before it.',
  verbless: 'Sentence has no main verb; expected a predicate, or the phrases joined to a sentence.',
  'self-coordination': '“{word}” joins a word to itself, likely two different source words collapsed in translation; expected two different words, or one.',
  'narrative-imperative': 'Statement starts with the bare verb “{word}” in narration, so it has no subject; expected a subject (who does it) before the verb.',
  multiple: 'Garbled sentence: {reasons}',
};

/** One line of a sentence, the unit the signals look at. */
interface Unit extends UnitLine {
  /** First in its paragraph (or a later line of a sentence): a headline or caption may lack a verb. */
  first: boolean;
  /** Index of its block: the lines between two blank lines. */
  block: number;
  range: [number, number];
}

/** A unit kept to the end of the document: its word-level hits and, where it asked for no tags, its other hits. */
interface Pending {
  unit: Unit;
  hits: SignalHit[];
  /** The tagging signals' hits; `undefined` until the ranges they asked for are tagged. */
  tagging: SignalHit[] | undefined;
  /** self-coordination's hits; `undefined` until the verb windows it asked for are tagged. */
  coordination: SignalHit[] | undefined;
}

/**
 * Hits without the narrative imperatives of blocks (lines between blank lines) that hold two or
 * more: a run of commands is a set of instructions (a recipe, a list of public guidance), written
 * so on purpose; a lone one in narration lost its subject.
 */
function withoutInstructions(hits: ReadonlyMap<Unit, SignalHit[]>): Map<Unit, SignalHit[]> {
  const imperatives = new Map<number, number>();
  for (const [unit, list] of hits)
    if (list.some((h) => h.signal === 'narrative-imperative')) imperatives.set(unit.block, (imperatives.get(unit.block) ?? 0) + 1);
  const out = new Map<Unit, SignalHit[]>();
  for (const [unit, list] of hits)
    out.set(unit, (imperatives.get(unit.block) ?? 0) > 1 ? list.filter((h) => h.signal !== 'narrative-imperative') : list);
  return out;
}

/** Where each blank line starts: the line break of every match of `/\n[ \t]*\r?\n/g` (a loop: the rule runs it on every text). */
function blankLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    // (Bounds checked: reading past the end would deoptimise this loop.)
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (j < text.length && text.charCodeAt(j) === 13) j++;
    if (j >= text.length || text.charCodeAt(j) !== 10) continue;
    starts.push(i);
    i = j; // matches do not overlap: the next one starts after this one's second line break
  }
  return starts;
}

/** Longest sentence (in characters) the tagging signals look at; real sentences stay far below. */
const MAX_TAGGED_CHARS = 3000;

/** Words on each side of a word whose part of speech `self-coordination` asks for. */
const VERB_WINDOW = 4;
/** The range tagged to read the word starting at `at`: the words around it only. */
function verbWindow(words: readonly Word[], at: number): [number, number] | undefined {
  const j = words.findIndex((w) => w.start === at);
  if (j < 0) return undefined;
  return [words[Math.max(0, j - VERB_WINDOW)]!.start, words[Math.min(words.length - 1, j + VERB_WINDOW)]!.end];
}

/** Most reasons a merged finding lists. */
const MAX_REASONS = 5;

export default defineRule<GarbledSentenceOptions>({
  meta: {
    id: 'garbled-sentence',
    description: 'Sentences broken by machine translation: joined clauses, a predicate without a subject, a dangling end, repeated fragments.',
    category: 'Fluency/Grammar',
    severity: 'warn',
    fixable: false,
    version: 9,
    messages,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, default: 1, description: 'Minimum summed signal weight (each signal weighs 1) for a sentence to be reported.' },
        signals: { type: 'array', items: { enum: [...SIGNALS] }, uniqueItems: true, default: DEFAULT_SIGNALS, description: 'Signals to run (default: all but verbless and orphan-predicate, which are opt-in: neither fires on the dev sets, so their precision is unmeasured, and both tag whole sentences).' },
      },
    },
    defaultOptions: { threshold: 1, signals: DEFAULT_SIGNALS },
    examples: {
      valid: [
        { text: 'He said the talks would continue.', note: 'A reported clause after "said" is not a second predicate.' },
        { text: 'The talks on the policy will continue.' },
        { text: 'Stoltenberg: It Will Never Compromise On The Open Door Policy', note: 'Title case.' },
        { text: 'She lives in the U.S. and works at No. 10 Downing Street.' },
        { text: 'Confirmed cases have fallen for a third week.', note: 'An -ed form before a noun that a verb follows is part of the subject.' },
        { text: 'The claims will be looked into.', note: 'Prepositions English leaves stranded, and endings such as "as such", are complete.' },
        { text: 'So we waited and waited all night.', note: 'A verb done again and again is emphasis, not a word joined to itself.' },
      ],
      invalid: [
        { text: 'NATO had never commented on Its open door membership policy will not compromise.', errors: ['on Its'], note: 'A capitalised "Its" between two lower-case words: two clauses joined.' },
        {
          text: 'NATO had never commented on Its open door membership policy will not compromise.',
          options: { signals: [...DEFAULT_SIGNALS, 'orphan-predicate'] },
          errors: ['on Its open door membership policy will not compromise'],
          note: 'With orphan-predicate on (opt-in), two signals: a capitalised "Its" and a second predicate "will not compromise".',
        },
        { text: 'The ministry said that the plan would be discussed with the.', errors: ['the.'] },
        { text: 'Introduced the current rescue environment to the Hong Kong rescue team.', errors: ['Introduced'] },
        { text: 'The products are the bank products, the bank products, the bank products, the bank products.', errors: ['the bank products, the bank products, the bank products, the bank products'] },
        { text: 'The doctors serve the local people with benevolence and benevolence.', errors: ['benevolence and benevolence'], note: '"more and more", "stronger and stronger" are fine.' },
        { text: 'The team reached the site on Monday. Continue to operate the standby system.', errors: ['Continue'], note: 'Only in third-person narration; talks and quotations may use imperatives.' },
      ],
    },
  },
  create(context) {
    const { doc, options } = context;
    const enabled = new Set(options.signals);
    const firstSentences = new Set(doc.paragraphs().map((p) => p.children.find((c) => c.type === 'SentenceNode')));
    const blankLines = blankLineStarts(doc.text);
    let block = 0;
    // The tagging signals run first with a stand-in tagger that notes the ranges they ask for, so
    // that compromise tags them all in one call; a unit that asked for none has its final hits.
    // self-coordination's verb checks are noted the same way.
    const wanted: Array<[number, number]> = [];
    const recorder: Tagger = (_doc, start, end) => (wanted.push([start, end]), []);
    const noteVerbAt = (words: readonly Word[], at: number) => {
      const window = verbWindow(words, at);
      if (window) wanted.push(window);
      return false;
    };
    // Only units with a hit or a range to tag are kept past their sentence: the others, most of
    // them, die young with their tokens (kept to the end of the document, every collection
    // during it copied them: ~2% of the instructions of a pass of all rules).
    const kept: Pending[] = [];
    for (const sentence of doc.sentences()) {
      const lines = sentenceLines(doc.text, sentence);
      for (let line = 0; line < lines.length; line++) {
        const { tokens, words } = lines[line]!;
        if (words.length < 3 || isTitleCase(words)) continue;
        const range: [number, number] = [tokens[0]!.start, tokens[tokens.length - 1]!.end];
        while (block < blankLines.length && blankLines[block]! < range[0]) block++;
        const unit: Unit = { tokens, words, first: line > 0 || firstSentences.has(sentence), block, range };
        const hits = wordHits(unit);
        let asked = wanted.length;
        const tagged = taggingHits(unit, recorder);
        const tagging = wanted.length === asked ? tagged : undefined;
        let coordination: SignalHit[] | undefined = [];
        if (enabled.has('self-coordination')) {
          asked = wanted.length;
          const coordinated = selfCoordination(tokens, words, lex, noteVerbAt);
          coordination = wanted.length === asked ? coordinated : undefined;
        }
        if (hits.length || !tagging || tagging.length || !coordination || coordination.length) kept.push({ unit, hits, tagging, coordination });
      }
    }
    // The noted ranges are tagged together, with those of the other documents linted alongside.
    context.whenTagged(wanted, () => {
      const hits = new Map<Unit, SignalHit[]>();
      for (const { unit, hits: list, tagging, coordination } of kept) {
        // (Word-level, self-coordination, then tagging hits: a merged message lists hits at one offset in this order.)
        const all = [...list, ...(coordination ?? selfCoordination(unit.tokens, unit.words, lex, isVerbAt)), ...(tagging ?? taggingHits(unit, tagRange))];
        if (all.length) hits.set(unit, all);
      }
      for (const list of withoutInstructions(hits).values()) report(list);
    });

    /** The signals that tag words (only sentences their word-level checks select). */
    function taggingHits({ tokens, words, first, range }: Unit, tagger: Tagger): SignalHit[] {
      // compromise's tagging grows faster than linearly with sentence length: a run-on block of
      // scraped text with no sentence punctuation is left to the word-level signals.
      if (range[1] - range[0] > MAX_TAGGED_CHARS) return [];
      const hits: SignalHit[] = [];
      if (enabled.has('subjectless-start')) hits.push(...subjectlessStart(doc, range, tokens, words, lex, tagger));
      if (enabled.has('verbless')) hits.push(...verbless(doc, range, tokens, words, lex, first, tagger));
      if (enabled.has('narrative-imperative')) hits.push(...narrativeImperative(doc, range, tokens, words, lex, tagger));
      if (enabled.has('orphan-predicate')) hits.push(...orphanPredicate(doc, range, tokens, words, lex, tagger));
      return hits;
    }
    /** The signals that read words only. */
    function wordHits({ tokens, words }: Unit): SignalHit[] {
      const hits: SignalHit[] = [];
      if (enabled.has('capital-splice')) hits.push(...capitalSplice(tokens, words, lex));
      if (enabled.has('dangling-end')) hits.push(...danglingEnd(tokens, words, lex));
      if (enabled.has('repetition')) hits.push(...repetition(words, lex));
      return hits;
    }
    /**
     * Whether compromise reads the word at `at` as a verb, tagging the words around it only (its
     * cost grows faster than the words it tags, and a hit can sit in a long looping sentence).
     */
    function isVerbAt(words: readonly Word[], at: number): boolean {
      const window = verbWindow(words, at);
      const term = window && tagRange(doc, window[0], window[1]).find((t) => t.start === at);
      return !!term && term.tags.has('Verb') && !term.tags.has('Noun');
    }
    function report(hits: SignalHit[]): void {
      if (!hits.length) return;
      const score = [...new Set(hits.map((h) => h.signal))].reduce((sum, s) => sum + WEIGHTS[s], 0);
      if (score < options.threshold) return;
      hits.sort((a, b) => a.range[0] - b.range[0]);
      // Hits close together are one finding; each group keeps its end as it grows (a degenerate
      // sentence, one word coordinated with itself thousands of times, made a maximum over the whole
      // group at every hit quadratic, and a spread of it overflowed the stack).
      const groups: Array<{ hits: SignalHit[]; end: number }> = [];
      for (const hit of hits) {
        const last = groups[groups.length - 1];
        if (last && hit.range[0] - last.end <= MERGE_GAP) {
          last.hits.push(hit);
          last.end = Math.max(last.end, hit.range[1]);
        } else groups.push({ hits: [hit], end: hit.range[1] });
      }
      for (const { hits: group, end } of groups) {
        const start = group[0]!.range[0];
        if (group.length === 1) {
          context.report({ messageId: group[0]!.signal, data: { word: group[0]!.word }, range: [start, end] });
        } else {
          // Each reason once, and at most MAX_REASONS of them: a sentence looping on one phrase
          // (machine translation's degenerate repetition) listed the same reason thousands of times.
          const all = [...new Set(group.map((h) => formatMessage(messages[h.signal], { word: h.word }).replace(/;.*$/, '')))];
          const more = all.length - MAX_REASONS;
          const reasons = all.slice(0, MAX_REASONS).join('; ') + (more > 0 ? `; and ${more} more` : '') + '.';
          context.report({ messageId: 'multiple', data: { reasons }, range: [start, end] });
        }
      }
    }
  },
});
