import { describe, expect, it } from 'vitest';
import { MARKDOWN_MAX_CHARS, lintDocument, withFixes } from '../../src/engine/lint.js';
import { wordRule } from '../helpers/rules.js';
import { resolveOptions } from '../../src/config/options.js';
import { rules } from '../../rules/index.js';
import { isMarkdownPath, isPlainProse, markdownProse, parsedProse, touchesBlanked } from '../../src/text/markdown.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineConfig } from '../../src/types.js';

/** A news post as a static-site generator keeps it: front matter, links, emphasis, a list, a table, inline HTML, a hard break. */
const POST = `---
title: "Ukraine's foreign minister meets NATO allies"
date: 2023-04-05T10:00:00+02:00
tags: [ukraine, nato]
---

# Ukraine's foreign minister meets NATO allies

**Brussels** — Ukrainian Foreign Minister Dmytro Kuleba met his NATO counterparts on Wednesday, the
[alliance said](https://www.nato.int/cps/en/natohq/news_213479.htm) in a statement.

> "We will never compromise on the open door policy," Kuleba told reporters.

Key points of the meeting:

- Air defence deliveries were discussed.
- The allies agreed to *speed up* training.

| Country | Pledge (EUR m) |
|---------|---------------:|
| Germany |            500 |
| France  |            200 |

![Kuleba at NATO headquarters](/images/kuleba.jpg)

The statement is on the <a href="https://nato.int">NATO website</a>.${'  '}
Officials gave the figures in \`EUR m\` .
`;

const config = (): EngineConfig => ({
  rules: rules.filter((r) => r.meta.recommended !== false).map((rule) => ({ rule, severity: 1 as const, options: resolveOptions(rule, undefined) })),
});

describe('markdownProse', () => {
  it('keeps every offset and line break, and blanks only syntax', async () => {
    const { text } = await markdownProse(POST);
    expect(text.length).toBe(POST.length);
    expect([...text].map((c, i) => (c === '\n') === (POST[i] === '\n')).every(Boolean)).toBe(true);
    for (let i = 0; i < POST.length; i++) if (text[i] !== POST[i]) expect(text[i]).toBe(' ');
  });

  it('blanks front matter, markers, link destinations, images, inline code and HTML, and keeps the prose', async () => {
    const { text } = await markdownProse(POST);
    const lines = text.split('\n');
    expect(lines.slice(0, 5).every((l) => l.trim() === '')).toBe(true); // front matter
    expect(lines[6]!.trim()).toBe("Ukraine's foreign minister meets NATO allies"); // "# " blanked
    expect(text).toContain('  Brussels   — Ukrainian Foreign Minister Dmytro Kuleba');
    expect(text).toContain(' alliance said ');
    expect(text).not.toContain('https://');
    expect(text).not.toContain('images/kuleba.jpg');
    expect(text).not.toContain('Kuleba at NATO headquarters');
    expect(text).not.toContain('<a href');
    expect(text).toContain(' NATO website ');
    expect(text).not.toContain('EUR m`');
    expect(text).not.toContain('|');
    expect(text).toContain('"We will never compromise on the open door policy," Kuleba told reporters.');
  });

  it('blanks character references and escapes inside text, and block-quote markers on continuation lines', async () => {
    const md = 'Tom &amp; Jerry \\*really\\* met.\n\n> First line of the quote\n> goes on here.\n';
    const { text } = await markdownProse(md);
    expect(text).toBe('Tom       Jerry  *really * met.\n\n  First line of the quote\n  goes on here.\n');
  });

  it('lists the blanked syntax a finding must not reach, but not a line’s opening markers', async () => {
    const md = '- Share this article\n\nSee `code` here.\n';
    const { blanked } = await markdownProse(md);
    expect(blanked.map(([s, e]) => md.slice(s, e))).toEqual(['`code`']);
    expect(touchesBlanked(blanked, 0, 20)).toBe(false); // the whole list line
    expect(touchesBlanked(blanked, md.indexOf('See'), md.indexOf('here'))).toBe(true);
    expect(touchesBlanked(blanked, md.indexOf('here'), md.indexOf('here') + 4)).toBe(false);
  });

  it('skips the parser only for texts the parser would leave unchanged (every seed and fixture it applies to)', async () => {
    const dirs = ['seeds', 'tests/fixtures'];
    const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
    const plain = texts.filter(isPlainProse);
    expect(plain.length).toBeGreaterThan(3);
    for (const text of plain) expect(await parsedProse(text)).toEqual({ text, blanked: [] });
    for (const syntax of ['A *word*.', 'See [this](x).', 'Line one  \nLine two.', '- item', '    code', 'Title\n=====', 'AT&amp;T', 'a | b', 'Text \n']) {
      expect(isPlainProse(syntax)).toBe(false);
    }
  });

  it('reads .md, .markdown, .mdown and .mkd files as Markdown, in any case', () => {
    expect(['a.md', 'B.MD', 'c.markdown', 'd.mdown', 'e.mkd'].every(isMarkdownPath)).toBe(true);
    expect(['a.txt', 'md', 'a.md.txt'].some(isMarkdownPath)).toBe(false);
  });
});

describe('Markdown files in the engine', () => {
  it('raises nothing on a clean post’s Markdown syntax that the same text as .txt is flagged for', async () => {
    const asText = await lintDocument({ path: 'post.txt', value: POST }, config());
    const asMarkdown = await lintDocument({ path: 'post.md', value: POST }, config());
    // As plain text, the front-matter rules, table alignment, the HTML link and the hard break are flagged.
    expect(asText.result.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['boilerplate-line', 'spacing', 'markup-residue']));
    expect(asMarkdown.result.messages).toEqual([]);
  });

  it('finds the same errors in Markdown prose as in plain text, at the same positions, and fixes only the prose', async () => {
    const md = [
      '---',
      'title: "NATO ministers meet"',
      '---',
      '',
      '**Brussels** — Ukrainian Foreign Minister Dmytro Kulba met his counterparts on Sunday evening, Tehran time, the',
      '[alliance said](https://www.nato.int/news) in a statement.  The talks went on.',
      '',
      '- End of message / p',
      '',
      'You can edit this post',
      '',
    ].join('\n');
    const found = (await lintDocument({ path: 'news.md', value: md }, config())).result;
    const pick = (m: { ruleId: string | null; range: [number, number] }) => `${m.ruleId}:${md.slice(m.range[0], m.range[1]).trim()}`;
    expect(found.messages.map(pick)).toEqual(
      expect.arrayContaining(['name-role:Kulba', 'source-locale-leak:Tehran time', 'spacing:', 'markup-residue:/ p']),
    );
    expect(found.messages.some((m) => m.ruleId === 'boilerplate-tail')).toBe(true);
    const asText = (await lintDocument({ path: 'news.txt', value: md }, config())).result;
    const at = (r: typeof found, id: string) => r.messages.filter((m) => m.ruleId === id).map((m) => [m.line, m.column, m.endLine, m.endColumn]);
    for (const id of ['name-role', 'source-locale-leak', 'markup-residue', 'boilerplate-tail']) expect(at(found, id)).toEqual(at(asText, id));
    const fixed = withFixes(found, md).output!;
    expect(fixed.startsWith('---\ntitle: "NATO ministers meet"\n---\n')).toBe(true);
    expect(fixed).toContain('[alliance said](https://www.nato.int/news) in a statement. The talks went on.');
    expect(fixed).not.toContain('You can edit this post');
  });

  it('lints a Markdown file over the size limit as plain text, with a note saying so', async () => {
    const block = 'The foo met the press. `foo()` is code.\n\n---\n\n';
    const big = block.repeat(Math.ceil((MARKDOWN_MAX_CHARS + 1) / block.length));
    const cheap: EngineConfig = { rules: [{ rule: wordRule, severity: 2, options: resolveOptions(wordRule, undefined) }] };
    const over = (await lintDocument({ path: 'big.md', value: big }, cheap)).result.messages;
    expect(over[0]).toMatchObject({ ruleId: null, severity: 3, line: 1, column: 1 });
    expect(over[0]!.message).toMatch(/over the 512 KB read as Markdown; linted as plain text/);
    // As plain text, the inline code's "foo" is found too: two per block.
    expect(over.filter((m) => m.ruleId === 'test-word')).toHaveLength(2 * (big.length / block.length));
    const small = block.repeat(3);
    const under = (await lintDocument({ path: 'small.md', value: small }, cheap)).result.messages;
    expect(under.map((m) => m.ruleId)).toEqual(['test-word', 'test-word', 'test-word']);
  });
});
