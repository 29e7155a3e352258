/**
 * Quotation marks and brackets of a paragraph: which mark opens or closes what, what is
 * left unpaired, and which spans are quoted. Apostrophes (O’Brien, rock ’n’ roll, ’90s,
 * talkin’) are told apart from single quotes by their context.
 * @packageDocumentation
 */

/** Kind of a paired mark. */
export type MarkKind = 'double' | 'single' | 'bracket';

/** One opening or closing mark. */
export interface Mark { pos: number; char: string; kind: MarkKind }

/** A matched pair of marks (offsets of the two marks). */
export interface MarkPair { open: Mark; close: Mark }

/** Something unpaired: an opening mark never closed, or a closing mark never opened. */
export interface MarkProblem { mark: Mark; problem: 'unclosed' | 'unopened' | 'mismatched'; expected?: string }

/** The analysis of one paragraph. */
export interface QuoteScan {
  pairs: MarkPair[];
  problems: MarkProblem[];
  /** Double quotes left open at the end of the paragraph because the next paragraph continues the quote. */
  continued: Mark[];
}

const OPEN_DOUBLE: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };
const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '（': '）', '【': '】', '〔': '〕' };
const CLOSE_BRACKETS = new Map(Object.entries(BRACKETS).map(([o, c]) => [c, o]));
/** Elisions that start with an apostrophe: ’90s, ’n’, ’em, ’til, ’cause, ’tis. */
const ELISION = /^(?:\d0s|\d\d\b|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b)/i;
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_CONTEXT = /[\s([{“‘"'«—–\-\/:]/;
/** Every character the scanner looks at (quotation marks, brackets); the scan jumps from one to the next. */
const MARK_CHARS = /[“„«”»"‘’'([{（【〔)\]}）】〕]/g;

/** `1)`, `a)`, `iv)` opening a list item, or a `:)` smiley: a `)` that closes nothing by design. */
function isListMarker(text: string, start: number, pos: number): boolean {
  const before = text.slice(Math.max(start, pos - 5), pos);
  return /(?:^|\s)[\p{L}\d]{1,3}$/u.test(before) && (pos - before.length === start || /\s/.test(before)) || /[:;]-?$/.test(before);
}

/** Whether the text at `pos` (start of a paragraph) begins with an opening double quote. */
export function startsWithOpenQuote(text: string, pos: number): boolean {
  const m = /^[ \t]*([“„«"])/.exec(text.slice(pos, pos + 8));
  return Boolean(m);
}

type OpenMark = Mark & { close: string };

/** Close `stack[i]` with `mark`: the marks opened after it are left unclosed (single quotes excepted: apostrophes). */
function closeAt(stack: OpenMark[], pairs: MarkPair[], problems: MarkProblem[], i: number, mark: Mark): void {
  for (const m of stack.splice(i + 1)) if (m.kind !== 'single') problems.push({ mark: m, problem: 'unclosed', expected: m.close });
  const open = stack.pop()!;
  pairs.push({ open, close: mark });
}

/** Index of the innermost open mark of `kind` (`quote`: a single or double quote), or -1. */
function findOpenKind(stack: readonly OpenMark[], kind: MarkKind | 'quote'): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const k = stack[i]!.kind;
    if (k === kind || (kind === 'quote' && k !== 'bracket')) return i;
  }
  return -1;
}

/** Index of the innermost open mark written `char`, or -1. */
function findOpenChar(stack: readonly OpenMark[], char: string | undefined): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.char === char) return i;
  return -1;
}

/**
 * Scan `text.slice(start, end)` (one paragraph). `nextStartsQuote` tells whether the next
 * paragraph opens with a quotation mark, which by news convention continues an open quote.
 */
export function scanQuotes(text: string, start: number, end: number, nextStartsQuote = false): QuoteScan {
  // No closures here: the scan runs once per paragraph, and a mark object only for a mark that is kept.
  const stack: OpenMark[] = [];
  const pairs: MarkPair[] = [];
  const problems: MarkProblem[] = [];
  // Searched in the paragraph only: from `start` in the whole text, the last search of a paragraph
  // ran on to the next mark of the text, however far beyond `end` (for every paragraph in between).
  const para = text.slice(start, end);
  MARK_CHARS.lastIndex = 0;
  for (let found = MARK_CHARS.exec(para); found; found = MARK_CHARS.exec(para)) {
    const pos = start + found.index;
    const ch = found[0];
    const prev = pos > start ? text[pos - 1] : undefined;
    const next = pos + 1 < end ? text[pos + 1] : undefined;
    if (ch === '“' || ch === '„' || ch === '«' || ch === '”' || ch === '»' || ch === '"') {
      const mark: Mark = { pos, char: ch, kind: 'double' };
      const i = findOpenKind(stack, 'double');
      const top = i >= 0 ? stack[i]! : undefined;
      if (ch === '“' || ch === '„' || ch === '«') {
        if (top && ch === top.close) closeAt(stack, pairs, problems, i, mark); // German „…“
        else stack.push({ pos, char: ch, kind: mark.kind, close: OPEN_DOUBLE[ch]! });
      } else if (ch === '”' || ch === '»') {
        if (top && (ch === top.close || top.char === '"')) closeAt(stack, pairs, problems, i, mark);
        else problems.push({ mark, problem: 'unopened' });
      } else {
        const clearlyOpen = (prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && !isSpace(next);
        const clearlyClose = !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]…—–-]/.test(next!));
        if (top) {
          if (clearlyOpen && top.char === '"') {
            // A new quotation opens while the last one is still open: the last one lacks its closing mark.
            problems.push({ mark: top, problem: 'unclosed', expected: top.close });
            stack.splice(i, 1);
            stack.push({ pos, char: ch, kind: mark.kind, close: '"' });
          } else closeAt(stack, pairs, problems, i, mark);
        } else if (clearlyClose && /\d/.test(prev!)) continue; // inch mark: a 55" screen
        else if (clearlyClose && !clearlyOpen) problems.push({ mark, problem: 'unopened' });
        else stack.push({ pos, char: ch, kind: mark.kind, close: '"' });
      }
    } else if (ch === '‘' || ch === '’' || ch === "'") {
      if (isLetter(prev) && isLetter(next)) continue; // O’Brien, don’t
      const mark: Mark = { pos, char: ch, kind: 'single' };
      const i = findOpenKind(stack, 'quote');
      const top = i >= 0 && stack[i]!.kind === 'single' ? i : -1;
      const canOpen = (prev === undefined || OPEN_CONTEXT.test(prev)) && isLetter(next) && ch !== '’';
      if (canOpen && !ELISION.test(text.slice(pos + 1, pos + 6))) stack.push({ pos, char: ch, kind: mark.kind, close: ch === "'" ? "'" : '’' });
      else if (top >= 0 && ch !== '‘' && !isLetter(next)) closeAt(stack, pairs, problems, top, mark);
      // anything else is an apostrophe: countries’, talkin’, ’90s
    } else if (ch in BRACKETS) {
      stack.push({ pos, char: ch, kind: 'bracket', close: BRACKETS[ch]! });
    } else if (CLOSE_BRACKETS.has(ch)) {
      const mark: Mark = { pos, char: ch, kind: 'bracket' };
      const i = findOpenChar(stack, CLOSE_BRACKETS.get(ch));
      if (i >= 0) closeAt(stack, pairs, problems, i, mark);
      else if (!(ch === ')' && isListMarker(text, start, pos))) problems.push({ mark, problem: 'unopened' });
    }
  }
  const continued: Mark[] = [];
  for (const m of stack) {
    if (m.kind === 'single') continue;
    if (m.kind === 'double' && nextStartsQuote) continued.push(m);
    else problems.push({ mark: m, problem: 'unclosed', expected: m.close });
  }
  problems.sort((a, b) => a.mark.pos - b.mark.pos);
  return { pairs, problems, continued };
}

/**
 * Scan every paragraph of a document. A quotation left open at the end of a paragraph and
 * closed in the next one (whose first double mark closes) is taken as one quotation over
 * two paragraphs, not as two errors.
 */
export function scanDocument(text: string, paragraphs: ReadonlyArray<[number, number]>): QuoteScan[] {
  const scans = paragraphs.map(([s, e], i) => {
    const next = paragraphs[i + 1];
    return scanQuotes(text, s, e, next ? startsWithOpenQuote(text, next[0]) : false);
  });
  for (let i = 0; i + 1 < scans.length; i++) {
    const a = scans[i]!;
    const b = scans[i + 1]!;
    const open = a.problems.filter((p) => p.problem === 'unclosed' && p.mark.kind === 'double').pop();
    const close = b.problems.find((p) => p.mark.kind === 'double');
    if (!open || !close || close.problem !== 'unopened') continue;
    if (a.pairs.some((p) => p.open.kind === 'double' && p.close.pos > open.mark.pos)) continue;
    if (b.pairs.some((p) => p.open.kind === 'double' && p.open.pos < close.mark.pos)) continue;
    a.problems.splice(a.problems.indexOf(open), 1);
    b.problems.splice(b.problems.indexOf(close), 1);
    a.continued.push(open.mark);
    b.pairs.push({ open: { ...open.mark, pos: paragraphs[i + 1]![0] }, close: close.mark });
  }
  return scans;
}

/** Quoted spans (between paired or continued double/single quotes) of a whole document. */
export function quotedSpans(text: string, paragraphs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  return spansOfScans(scanDocument(text, paragraphs), paragraphs);
}

/** Quoted spans of a document from its {@link scanDocument} result (which it does not change). */
export function spansOfScans(scans: readonly QuoteScan[], paragraphs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  scans.forEach((scan, i) => {
    for (const p of scan.pairs) if (p.open.kind !== 'bracket') out.push([p.open.pos, p.close.pos + 1]);
    for (const m of scan.continued) out.push([m.pos, paragraphs[i]![1]]);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

/** Whether `pos` lies inside one of `spans` (sorted). */
export function insideSpans(spans: ReadonlyArray<[number, number]>, pos: number): boolean {
  return spans.some(([s, e]) => pos >= s && pos < e);
}

/**
 * {@link insideSpans} for many positions: a binary search over `spans` (sorted by start,
 * possibly nested or overlapping) with the running maximum of their ends.
 */
export function insideSpansOf(spans: ReadonlyArray<[number, number]>): (pos: number) => boolean {
  const maxEnd: number[] = [];
  for (const [, e] of spans) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return (pos) => {
    // Last span starting at or before pos; every span that can contain pos is at or before it.
    let lo = 0;
    let hi = spans.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] <= pos) (k = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return k >= 0 && maxEnd[k]! > pos;
  };
}
