/** Small rules used to test the engine and CLI independently of the real rules. */
import { defineRule } from '../../src/rule.js';

/** Flags every occurrence of a word (option `word`, default "foo"); fix replaces it with `replacement`. */
export const wordRule = defineRule<{ word: string; replacement: string }>({
  meta: {
    id: 'test-word',
    description: 'Flags a word.',
    category: 'Fluency/Spelling',
    severity: 'error',
    fixable: true,
    messages: { found: 'Unexpected “{word}”, expected “{replacement}”' },
    schema: {
      type: 'object',
      properties: { word: { type: 'string' }, replacement: { type: 'string' } },
      additionalProperties: false,
    },
    defaultOptions: { word: 'foo', replacement: 'bar' },
    examples: { valid: [{ text: 'A bar.' }], invalid: [{ text: 'A foo.', errors: ['foo'], output: 'A bar.' }] },
  },
  create(context) {
    const { word, replacement } = context.options;
    const re = new RegExp(`\\b${word}\\b`, 'g');
    for (const m of context.doc.text.matchAll(re)) {
      const range: [number, number] = [m.index, m.index + word.length];
      context.report({ messageId: 'found', data: { word, replacement }, range, fix: { range, text: replacement } });
    }
  },
});

/** Corpus rule: a capitalised word spelled differently from its majority spelling (case-folded key). */
export const corpusRule = defineRule<Record<string, never>, Array<{ word: string; at: number }>>({
  meta: {
    id: 'test-corpus',
    description: 'Flags a word spelled against the corpus majority.',
    category: 'Terminology/Inconsistent',
    severity: 'warn',
    fixable: false,
    messages: { minority: 'Unexpected “{actual}”, the other files write “{expected}”' },
    examples: { valid: [], invalid: [] },
  },
  create(context) {
    return [...context.doc.text.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => ({ word: m[0], at: m.index }));
  },
  corpus(files, context) {
    const counts = new Map<string, Map<string, number>>();
    for (const f of files) for (const w of f.facts) {
      const key = w.word.toLowerCase().replace(/[aeiou]/g, '');
      const m = counts.get(key) ?? new Map<string, number>();
      m.set(w.word, (m.get(w.word) ?? 0) + 1);
      counts.set(key, m);
    }
    for (const f of files) for (const w of f.facts) {
      const m = counts.get(w.word.toLowerCase().replace(/[aeiou]/g, ''))!;
      const [top, n] = [...m].sort((a, b) => b[1] - a[1])[0]!;
      if (top !== w.word && n > m.get(w.word)!) context.report(f.filePath, { messageId: 'minority', data: { actual: w.word, expected: top }, range: [w.at, w.at + w.word.length] });
    }
  },
});

/** Throws on every document. */
export const crashingRule = defineRule({
  meta: {
    id: 'test-crash',
    description: 'Always throws.',
    category: 'Other',
    severity: 'error',
    fixable: false,
    messages: { never: 'never' },
    examples: { valid: [], invalid: [] },
  },
  create() {
    throw new Error('boom');
  },
});
