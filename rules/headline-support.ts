import { defineRule } from '../src/rule.js';
import { findHeadline, headlineClaims, type HeadlineClaim } from '../src/text/headline.js';
import { claimWords, coverage, stem, type ClaimWord } from '../src/text/claim-words.js';
import { getNlp } from '../src/nlp/compromise.js';

interface Options {
  minCoverage: number;
  minWords: number;
}

/** Index (among the claim's content words) of its main verb, found with compromise; undefined when it has none. */
function mainVerb(claim: HeadlineClaim, words: ClaimWord[]): number | undefined {
  const titleCase = claim.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length > claim.text.split(/\s+/).length / 2;
  // The view's own term list (what `.json()` copies, with its text rebuilt: several times the cost).
  const terms: Array<{ text: string; tags: ReadonlySet<string> }> = getNlp()(titleCase ? claim.text.toLowerCase() : claim.text).document.flat();
  const isVerb = (t: { tags: ReadonlySet<string> }) => t.tags.has('Verb') && !['Auxiliary', 'Modal', 'Copula', 'Negative'].some((x) => t.tags.has(x));
  const afterAux = (i: number) => {
    const p = terms[i - 1];
    return !!p && (['Auxiliary', 'Modal', 'Negative', 'Adverb'].some((x) => p.tags.has(x)) || p.text.toLowerCase() === 'to');
  };
  let pick = terms.findIndex((t, i) => isVerb(t) && afterAux(i));
  if (pick < 0) pick = terms.findIndex(isVerb);
  if (pick < 0) return undefined;
  const target = stem(terms[pick]!.text.replace(/[^\p{L}'’]/gu, ''));
  const index = words.filter((w) => w.content).findIndex((w) => w.stem === target);
  return index < 0 ? undefined : index;
}

export default defineRule<Options>({
  meta: {
    id: 'headline-support',
    description: 'Finds a quote or reported claim in the headline that no sentence of the body says.',
    category: 'Accuracy/Mistranslation',
    severity: 'warn',
    fixable: false,
    version: 2,
    messages: {
      unsupported:
        'The headline claim “{claim}” is not said in the body: the closest sentence has {percent}% of its words in that order. Check the headline against the body.',
    },
    schema: {
      type: 'object',
      properties: {
        minCoverage: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Share of the claim’s content words a body sentence (or two adjacent sentences) must say, in order, to support it. Default 0.6.',
          default: 0.6,
        },
        minWords: {
          type: 'integer',
          minimum: 1,
          description: 'Claims with fewer content words are not checked. Default 3.',
          default: 3,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { minCoverage: 0.6, minWords: 3 },
    examples: {
      valid: [
        {
          text: 'Mayor: We will reopen the harbour bridge in May\n\nThe mayor said on Monday that the city would reopen the harbour bridge in May after repairs.',
          note: 'The body says the quoted claim.',
        },
        {
          text: 'Floods close schools across the north\n\nHeavy rain closed dozens of schools on Tuesday. More rain is expected.',
          note: 'A descriptive headline makes no quoted claim and is not checked.',
        },
      ],
      invalid: [
        {
          text: 'Minister: We will never raise the tax on diesel for farmers\n\nThe minister spoke to reporters on Friday. The tax on diesel for farmers will not raise, the finance ministry said in a statement.',
          errors: ['We will never raise the tax on diesel for farmers'],
          note: 'The body has the words but not the claim: the tax, not the government, is the subject of “raise”.',
        },
      ],
    },
  },
  create(context) {
    const { doc, options } = context;
    const headline = findHeadline(doc);
    if (!headline) return;
    const claims = headlineClaims(headline);
    if (!claims.length) return;
    const ranges = doc
      .sentences()
      .map((s) => doc.rangeOf(s))
      .filter(([, e]) => e > headline.end)
      .map(([s, e]) => [Math.max(s, headline.end), e] as const);
    // Each sentence alone, then with the next one (window 2i, 2i+1); read lazily, since a supported claim is usually found early.
    const units: ClaimWord[][] = [];
    const unit = (i: number) => (units[i] ??= claimWords(doc.text.slice(ranges[i]![0], ranges[i]![1]), ranges[i]![0]));
    const windows: ClaimWord[][] = [];
    const windowCount = Math.max(0, 2 * ranges.length - 1);
    const window = (k: number) => (windows[k] ??= k % 2 ? [...unit((k - 1) / 2), ...unit((k + 1) / 2)] : unit(k / 2));
    const stemSets: Array<Set<string>> = [];
    const stemsOf = (i: number) => (stemSets[i] ??= new Set(unit(i).filter((w) => w.content).map((w) => w.stem)));
    /**
     * The best coverage of `words` over the windows with `anchor`, stopping once it is enough. A window
     * whose content stems hold no more of the claim's than the best so far cannot raise it (coverage
     * counts claim words found in the window) and is skipped.
     */
    const support = (words: ClaimWord[], anchor: number | undefined) => {
      const stems = words.filter((w) => w.content).map((w) => w.stem);
      let best = 0;
      for (let k = 0; k < windowCount && best < options.minCoverage; k++) {
        const a = stemsOf(k >> 1);
        const b = k % 2 ? stemsOf((k + 1) >> 1) : a;
        let found = 0;
        for (const x of stems) if (a.has(x) || b.has(x)) found++;
        if (found / stems.length <= best) continue;
        best = Math.max(best, coverage(words, window(k), anchor));
      }
      return best;
    };
    /** What is reported for a best coverage: nothing (-1) or its percentage. */
    const outcome = (best: number) => (best >= options.minCoverage ? -1 : Math.round(best * 100));
    for (const claim of claims) {
      const words = claimWords(claim.text, claim.start);
      const content = words.filter((w) => w.content);
      if (content.length < options.minWords) continue;
      // The main verb (compromise: slow to load) matters only when the anchor changes the outcome. It is
      // either none or the first content word with some stem: try those first, and tag only when they differ.
      const tried = new Map<number | undefined, number>([[undefined, support(words, undefined)]]);
      const agreed = outcome(tried.get(undefined)!);
      let differ = false;
      for (let i = 0; i < content.length && !differ; i++) {
        if (content.findIndex((w) => w.stem === content[i]!.stem) !== i) continue;
        tried.set(i, support(words, i));
        differ = outcome(tried.get(i)!) !== agreed;
      }
      let best = tried.get(undefined)!;
      if (differ) {
        const anchor = mainVerb(claim, words);
        best = tried.get(anchor) ?? support(words, anchor);
      }
      if (best >= options.minCoverage) continue;
      context.report({
        messageId: 'unsupported',
        data: { claim: claim.text, percent: Math.round(best * 100) },
        range: [claim.start, claim.end],
      });
    }
  },
});
