/**
 * Every rule over damaged text: the project's own texts (the seed, the rule fixtures and the rule docs) with
 * deterministic mutations of the kinds scraping and machine translation produce (control
 * characters, lone surrogates, byte-order marks, bidi and zero-width marks, markup, mojibake,
 * quotation marks and brackets, other scripts, long runs of one mark, cut and repeated spans).
 * No rule may fail, every finding must point inside the text with its fix inside its range, and
 * the fixed text must be one the rules read without failing either.
 */
import { describe, it, expect } from 'vitest';
import { lintDocument } from '../../src/engine/lint.js';
import { applyFixes } from '../../src/engine/fix.js';
import { resolveOptions } from '../../src/config/options.js';
import { ruleById } from '../../rules/index.js';
import type { Diagnostic, EngineConfig } from '../../src/types.js';
import { projectTexts } from '../helpers/texts.js';

const config: EngineConfig = {
  rules: [...ruleById.values()].map((rule) => ({ rule, severity: 1 as const, options: resolveOptions(rule, undefined) })),
};

/** Fragments inserted at random places, alone or repeated. */
const FRAGMENTS = [
  '\r\n', '\r', '\n\n\n', '\u200b', '\u202e', '\ufeff', '\u0000', '\t', '\f', '\v', '\u2028', '\u00a0', '\u3000',
  '\ud83d', '\ude00', '😀', '👨‍👩‍👧', 'e\u0301', 'ﬁ', 'İ', 'ǅ', 'ß',
  '“', '”', '"', "'", '«', '»', '(', ')', '[', ']', '{{', '}}', '<b>', '</p>', '&amp;', '&#', '\\', '*', '#', '|', '`', '```', '---', '> ', '1. ', '- ',
  '![x](y)', '[a](b)', 'http://example.com/a?b=c', '@user', '#tag', 'Ã©', 'â€™',
  '...', '. ', '.', ',', '—', '-', '  ', 'Mr.', 'e.g.', 'U.S.', 'No. 10',
  '2024', '12/31/2024', '31.12.2024', '1403', '10:30 Tehran time', 'Friday, March 3',
  '中文字符', 'Привет мир', 'مرحبا', 'Kuleba', 'Kulba', 'Foreign Minister', 'NATO summit in Budapest', 'You can edit this post', 'Be.',
];

/** A seeded generator (a linear congruential one): the same mutations on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let out = text;
  const edits = 1 + Math.floor(random() * 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.5) out = out.slice(0, at) + pick(FRAGMENTS) + out.slice(at);
    else if (kind < 0.7) out = out.slice(0, at) + out.slice(at + Math.floor(random() * 40));
    else if (kind < 0.85) {
      const from = Math.floor(random() * out.length);
      out = out.slice(0, at) + out.slice(from, from + 80) + out.slice(at);
    } else out = out.slice(0, at) + pick(FRAGMENTS).repeat(1 + Math.floor(random() * 50)) + out.slice(at);
  }
  return random() < 0.1 ? out.slice(0, Math.floor(random() * out.length)) : out;
}

/** Problems with one text's findings and fixes, as readable strings (none expected). */
async function problems(text: string, path: string): Promise<string[]> {
  const out: string[] = [];
  const check = (messages: readonly Diagnostic[], value: string, what: string) => {
    for (const m of messages) {
      if (m.fatal) out.push(`${what}: ${m.message}`);
      const [s, e] = m.range;
      if (!(s >= 0 && s <= e && e <= value.length)) out.push(`${what}: ${m.ruleId} range [${s}, ${e}] outside a text of ${value.length}`);
      if (m.fix && !(m.fix.range[0] >= s && m.fix.range[1] <= e)) out.push(`${what}: ${m.ruleId} fix outside its range`);
    }
  };
  const { result } = await lintDocument({ path, value: text }, config);
  check(result.messages, text, 'linted');
  const { output } = applyFixes(text, result.messages);
  if (output !== text) {
    const again = await lintDocument({ path, value: output }, config);
    check(again.result.messages, output, 'fixed');
  }
  return out;
}

describe('every rule on mutated texts', () => {
  // The rule docs too, every other one read as Markdown (its prose only, markup blanked).
  const sources = projectTexts();
  // SEEDLINT_MUTATIONS=N and SEEDLINT_MUTATION_SEED=S explore further than the run CI makes.
  const random = generator(Number(process.env.SEEDLINT_MUTATION_SEED ?? 20261129));
  const cases = Array.from({ length: Number(process.env.SEEDLINT_MUTATIONS ?? 500) }, (_, i) => {
    const source = sources[i % sources.length]!;
    const path = source.file.endsWith('.md') && i % 2 ? 'mutated.md' : 'mutated.txt';
    return { name: `${source.file} as ${path} #${i}`, path, text: mutate(source.text, random) };
  });

  it('no rule fails, every finding and fix is inside the text and its range, and the fixed text lints too', async () => {
    const found: string[] = [];
    for (const { name, path, text } of cases) for (const p of await problems(text, path)) found.push(`${name}: ${p}`);
    expect(found).toEqual([]);
  });

  it('the mutations reach the rules: the texts get findings, and fixes', async () => {
    // A check that cannot fail would prove nothing: the mutated texts must give the rules work.
    let findings = 0;
    let fixable = 0;
    for (const { path, text } of cases.slice(0, 60)) {
      const { result } = await lintDocument({ path, value: text }, config);
      findings += result.messages.length;
      fixable += result.messages.filter((m) => m.fix).length;
    }
    expect(findings).toBeGreaterThan(300);
    expect(fixable).toBeGreaterThan(30);
  });
});
