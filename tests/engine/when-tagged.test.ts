import { describe, expect, it } from 'vitest';
import { lint, lintDocument, lintDocuments } from '../../src/engine/lint.js';
import { defineRule } from '../../src/rule.js';
import { tagRange } from '../../src/nlp/tag-sentence.js';
import { resolveOptions } from '../../src/config/options.js';
import garbled from '../../rules/garbled-sentence.js';
import stray from '../../rules/stray-fragment.js';
import { rules } from '../../rules/index.js';
import type { EngineConfig, Rule } from '../../src/types.js';
import { countCalls } from '../helpers/compromise.js';
import { SIGNALS } from '../../src/nlp/garbled-signals.js';
import { projectTexts } from '../helpers/texts.js';

const meta = (id: string) => ({
  id,
  description: 'Test rule.',
  category: 'Fluency/Grammar' as const,
  severity: 'error' as const,
  fixable: false,
  messages: { verb: '“{word}” is tagged a verb', at: '{word}' },
  examples: { valid: [], invalid: [] },
});

/** Reports each word compromise tags a verb, asking for each sentence's tags with `whenTagged`. */
const verbs = defineRule({
  meta: meta('test-verbs'),
  create(context) {
    const { doc } = context;
    const ranges = doc.sentences().map((s) => doc.rangeOf(s));
    context.whenTagged(ranges, () => {
      for (const [s, e] of ranges) {
        for (const t of tagRange(doc, s, e)) if (t.tags.has('Verb')) context.report({ messageId: 'verb', data: { word: t.text }, range: [t.start, t.end] });
      }
    });
  },
});

/** The same, tagging each sentence at once. */
const verbsNow = defineRule({
  meta: meta('test-verbs'),
  create(context) {
    const { doc } = context;
    for (const s of doc.sentences()) {
      const [start, end] = doc.rangeOf(s);
      for (const t of tagRange(doc, start, end)) if (t.tags.has('Verb')) context.report({ messageId: 'verb', data: { word: t.text }, range: [t.start, t.end] });
    }
  },
});

const config = (...list: Rule<any, any>[]): EngineConfig => ({ rules: list.map((rule) => ({ rule, severity: 2, options: resolveOptions(rule, undefined) })) });
const inputs = (texts: readonly string[]) => texts.map((value, i) => ({ path: `d${i}.txt`, value }));
const texts = ['The talks ended on Monday.', 'Both sides left Geneva and flew home.', 'Nothing to see', 'Rescue teams reached the town. They found survivors.'];

describe('whenTagged', () => {
  it('gives the findings a rule makes when it tags at once, in one compromise call for all documents', async () => {
    const { value: together, calls } = await countCalls(() => lintDocuments(inputs(texts), config(verbs)));
    const alone = [];
    for (const input of inputs(texts)) alone.push((await lintDocument(input, config(verbsNow))).result);
    expect(together.map((o) => o.result)).toEqual(alone);
    expect(alone.flatMap((r) => r.messages).length).toBeGreaterThan(4);
    expect(calls).toBe(1);
  });

  it('hands each outcome to `keep` as it is made, and returns what it kept in input order', async () => {
    const some = ['The talks ended.', '', 'Both sides left Geneva.'];
    const order: string[] = [];
    const kept = await lintDocuments(inputs(some), config(verbs), (o) => (order.push(o.result.filePath), o.result.messages.length));
    const counts = [];
    for (const input of inputs(some)) counts.push((await lintDocument(input, config(verbs))).result.messages.length);
    expect(kept).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(0);
    // The empty text has no sentence to tag: its outcome is made before the others wait for their tags.
    expect(order).toEqual(['d1.txt', 'd0.txt', 'd2.txt']);
  });

  it('keeps each rule’s findings in rule order, those its callback adds after the ones it made at once', async () => {
    const early = defineRule({
      meta: meta('test-a'),
      create(context) {
        context.report({ messageId: 'at', data: { word: 'early' }, range: [0, 3] });
        context.whenTagged([[0, 3], [4, 9]], () => context.report({ messageId: 'at', data: { word: 'late' }, range: [0, 3] }));
      },
    });
    const plain = defineRule({ meta: meta('test-b'), create: (context) => context.report({ messageId: 'at', data: { word: 'b' }, range: [0, 3] }) });
    const { result } = await lintDocument({ path: 'a.txt', value: 'The talks ended.' }, config(early, plain));
    expect(result.messages.map((m) => `${m.ruleId}:${m.message}`)).toEqual(['test-a:early', 'test-a:late', 'test-b:b']);
  });

  it('lets go of the tree and of memos that may hold nodes before the callback runs, and keeps the tags', async () => {
    const seen: unknown[] = [];
    const reader = defineRule({
      meta: meta('test-reader'),
      create(context) {
        const { doc } = context;
        doc.memo('test:object', () => ['first']);
        doc.memo('test:primitive', () => 'first');
        context.whenTagged([[0, 15]], () => {
          seen.push(doc.tree, doc.memo('test:object', () => ['again'])[0], doc.memo('test:primitive', () => 'again'), doc.text);
          expect(() => doc.sentences()).toThrow(/let go of its tree/);
        });
      },
    });
    const text = 'The talks ended. Both sides left.';
    const { calls } = await countCalls(() => lintDocuments(inputs([text, text]), config(reader, verbs)));
    expect(seen).toEqual([undefined, 'again', 'first', text, undefined, 'again', 'first', text]);
    // The reader's range and the verbs rule's sentences: one call, and none again in the callbacks.
    expect(calls).toBe(1);
  });

  it('runs the callback at once when there is nothing to tag, with the tree still there', async () => {
    let tree: unknown;
    const rule = defineRule({
      meta: meta('test-none'),
      create(context) {
        context.whenTagged([], () => (tree = context.doc.tree));
        expect(tree).toBeDefined();
      },
    });
    const { result } = await lintDocument({ path: 'a.txt', value: 'The talks ended.' }, config(rule));
    expect(result.messages).toEqual([]);
  });

  it('turns a failing callback, or a rule failing after it asked, into that rule’s failure on that file only', async () => {
    const failing = (when: 'callback' | 'create') =>
      defineRule({
        meta: meta(`test-fails-${when}`),
        create(context) {
          context.report({ messageId: 'at', data: { word: 'lost' }, range: [0, 3] });
          context.whenTagged([[0, 3]], () => {
            if (context.doc.text.startsWith('Bad')) throw new Error('callback broke');
            context.report({ messageId: 'at', data: { word: 'kept' }, range: [0, 3] });
          });
          if (when === 'create' && context.doc.text.startsWith('Bad')) throw new Error('create broke');
        },
      });
    for (const when of ['callback', 'create'] as const) {
      const outcomes = await lintDocuments(inputs(['Bad talks ended.', 'The talks ended.']), config(failing(when), verbs));
      const [bad, good] = outcomes.map((o) => o.result.messages.map((m) => (m.fatal ? `fatal:${m.message}` : `${m.ruleId}:${m.message}`)));
      expect(bad!.filter((m) => m.startsWith('fatal'))).toEqual([`fatal:Rule "test-fails-${when}" failed on this file: ${when} broke`]);
      expect(bad!.some((m) => m.startsWith('test-verbs'))).toBe(true);
      expect(good).toContain(`test-fails-${when}:kept`);
    }
  });

  it('is how stray-fragment and garbled-sentence tag: their ranges of several documents in one call', async () => {
    const some = [
      'The talks would only be effective if the summit revised its decision. Be.',
      'The US wants to get rid of the advanced chip industry. China.',
      'The crowd waited and waited at the gate for hours. Introduced the current rescue environment to the team.',
    ];
    const { value: apart, calls: callsApart } = await countCalls(async () => {
      const out = [];
      for (const input of inputs(some)) out.push((await lintDocument(input, config(stray, garbled))).result);
      return out;
    });
    const { value: together, calls } = await countCalls(() => lintDocuments(inputs(some), config(stray, garbled)));
    expect(together.map((o) => o.result)).toEqual(apart);
    expect(apart.map((r) => r.messages.map((m) => some[apart.indexOf(r)]!.slice(m.range[0], m.range[1])))).toEqual([['Be.'], ['China.'], ['Introduced']]);
    expect(callsApart).toBe(3);
    expect(calls).toBe(1);
  });

  it('gives the default rules the same results whether documents are linted together or one by one', async () => {
    const corpus = projectTexts({ docs: false }).map((t) => t.text);
    const all: EngineConfig = { rules: rules.filter((r) => r.meta.recommended !== false).map((rule) => ({ rule, severity: 2, options: resolveOptions(rule, undefined) })) };
    const one = [];
    for (const input of inputs(corpus)) one.push((await lintDocument(input, all)).result);
    const together = await lintDocuments(inputs(corpus), all);
    expect(together.map((o) => o.result)).toEqual(one);
    expect(one.flatMap((r) => r.messages).filter((m) => m.ruleId === garbled.meta.id).length).toBeGreaterThan(5);
    // garbled-sentence's tagging (other rules call compromise themselves) is shared between documents,
    // shown with every signal on (with the default ones, one of these texts asks for tags).
    const everySignal: EngineConfig = { rules: [{ rule: garbled, severity: 2, options: resolveOptions(garbled, { signals: [...SIGNALS] }) }] };
    const { calls: apart } = await countCalls(async () => {
      for (const input of inputs(corpus)) await lintDocument(input, everySignal);
    });
    const { calls } = await countCalls(() => lintDocuments(inputs(corpus), everySignal));
    expect(apart).toBeGreaterThan(1);
    expect(calls).toBe(1);
    // `lint` lints its inputs in groups the same way.
    expect(await lint(inputs(corpus), all)).toEqual(one);
  });
});
