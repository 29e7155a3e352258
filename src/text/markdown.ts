/**
 * The prose of a Markdown file. Markdown's own syntax is not scraping residue: a front-matter
 * delimiter is no "line of bare punctuation", an inline `<a href>` no leftover tag, a table's
 * alignment no "run of spaces". As Markdown-aware prose linters do (alex, textlint, Vale), seedlint
 * lints only the text of a Markdown file: everything else — front matter, code, HTML, link and
 * image destinations, image alt text, and the markers of headings, lists, block quotes, emphasis,
 * tables, thematic breaks and hard breaks — is blanked out with spaces. Offsets and line breaks
 * stay where they are, so every position found in the blanked text is a position in the file.
 * @packageDocumentation
 */
import { allMatches } from './regex.js';

/** Extensions of the files read as Markdown (lower case). */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'] as const;

/** Whether a path names a Markdown file (by its extension, as the CLI picks files). */
export function isMarkdownPath(path: string): boolean {
  const lower = path.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * A Markdown file's prose: the text with the syntax blanked, and the blanked ranges (never holding
 * a line break) a finding must not reach into. A line's opening markers before its text (`- `,
 * `## `, `> `, indentation) are blanked but not listed: a finding about the whole line (a
 * boilerplate list item) may start at the line's start.
 */
export interface MarkdownProse {
  text: string;
  blanked: Array<[number, number]>;
}

type Node = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Node[] };

const FRONT_MATTER = ['yaml', 'toml'] as const;

/** The Markdown parser (micromark with GFM and front matter, to mdast), loaded on the first Markdown file: its imports (~0.15 s bundled) are never paid by a run of plain text. */
let parser: Promise<(markdown: string) => Node> | undefined;
function loadParser(): Promise<(markdown: string) => Node> {
  parser ??= (async () => {
    const [{ fromMarkdown }, { frontmatterFromMarkdown }, { gfmFromMarkdown }, { frontmatter }, { gfm }] = await Promise.all([
      import('mdast-util-from-markdown'),
      import('mdast-util-frontmatter'),
      import('mdast-util-gfm'),
      import('micromark-extension-frontmatter'),
      import('micromark-extension-gfm'),
    ]);
    const options = {
      extensions: [gfm(), frontmatter([...FRONT_MATTER])],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])],
    };
    return (markdown: string) => fromMarkdown(markdown, options) as Node;
  })();
  return parser;
}

/**
 * Inside a text node, what is still syntax: a character reference (`&amp;`, decoded by the
 * parser), a backslash before punctuation, and the block-quote markers and indentation that open
 * its continuation lines.
 */
const SYNTAX_IN_TEXT = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});|\\(?=[!-/:-@[-`{-~])|(?<=\n)[ \t]*(?:>[ \t]?)*/g;

/** A line's opening block markers: indentation, block quotes, a list item (with a task box) or a heading. */
const LINE_MARKERS = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|#{1,6}[ \t]+)?$/;

/**
 * What can make Markdown syntax: its marker characters anywhere; a line opening with a list, quote,
 * heading-underline or break marker, or indented as code; white space at a line's end (a hard
 * break, or space the parser leaves out of the text). A text with none of these is all prose, so
 * the parser (slow: the CPU of the whole rest of the linting) need not run. A test checks the
 * shortcut against the parser on every project text it applies to.
 */
const MAY_HAVE_SYNTAX = /[`*_[\]<>|#&\\~]|^[ \t]*(?:[-+=>]|\d{1,9}[.)])|^(?: {4}|\t)|[ \t]$/m;

/** Whether a Markdown text has nothing but prose (see {@link MAY_HAVE_SYNTAX}). */
export const isPlainProse = (markdown: string): boolean => !MAY_HAVE_SYNTAX.test(markdown);

/** Blank everything of a Markdown text but its prose (see the module comment). */
export async function markdownProse(markdown: string): Promise<MarkdownProse> {
  if (isPlainProse(markdown)) return { text: markdown, blanked: [] };
  return parsedProse(markdown);
}

/** {@link markdownProse} through the parser, whatever the text (exported for the test of the shortcut). */
export async function parsedProse(markdown: string): Promise<MarkdownProse> {
  const tree = (await loadParser())(markdown);
  const keep = new Uint8Array(markdown.length);
  const visit = (node: Node) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      keep.fill(1, start, end);
      for (const m of allMatches(SYNTAX_IN_TEXT, markdown.slice(start, end))) keep.fill(0, start + m.index!, start + m.index! + m[0].length);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  const out: string[] = [];
  const blanked: Array<[number, number]> = [];
  const lineBreak = (k: number) => markdown.charCodeAt(k) === 10 || markdown.charCodeAt(k) === 13;
  let i = 0;
  while (i < markdown.length) {
    let j = i;
    if (keep[i] || lineBreak(i)) {
      while (j < markdown.length && (keep[j] || lineBreak(j))) j++;
      out.push(markdown.slice(i, j));
    } else {
      while (j < markdown.length && !keep[j] && !lineBreak(j)) j++;
      out.push(' '.repeat(j - i));
      const opensLine = (i === 0 || lineBreak(i - 1)) && j < markdown.length && !lineBreak(j) && LINE_MARKERS.test(markdown.slice(i, j));
      if (!opensLine) blanked.push([i, j]);
    }
    i = j;
  }
  return { text: out.join(''), blanked };
}

/** Whether `[start, end)` overlaps a blanked range (an empty range counts when it lies strictly inside one). */
export function touchesBlanked(blanked: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // Binary search for the first range that ends after `start`.
  let lo = 0;
  let hi = blanked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blanked[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = blanked[lo];
  if (!r) return false;
  return end > start ? r[0] < end : r[0] < start;
}
