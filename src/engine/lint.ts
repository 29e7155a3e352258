import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic, EngineConfig, EnabledPlugin, FileResult, Input, ReportDescriptor } from '../types.js';
import { createDoc, parse, type EngineDoc } from './doc.js';
import { tagRangesOf, type TagRequest } from '../nlp/tag-sentence.js';
import { LineIndex } from './position.js';
import { fatalResult, fromReport, makeDiagnostic, toFileResult } from './diagnostic.js';
import { DOCUMENTS_TOGETHER, lintCorpus, mergeResult, withFixes, type FileFacts } from './corpus.js';
import { isMarkdownPath, markdownProse, touchesBlanked } from '../text/markdown.js';

export { ENGINE_REVISION, DOCUMENTS_TOGETHER, lintCorpus, mergeResult, withFixes, type FactsSource, type FileFacts } from './corpus.js';

/** The document phase's output for one file. */
export interface DocumentOutcome {
  result: FileResult;
  /** Present when a corpus rule is enabled. */
  facts?: FileFacts;
}

const hasCorpusRules = (config: EngineConfig) => config.rules.some((r) => r.rule.corpus);

/** Report a crashing rule as a diagnostic on the file instead of ending the run. */
function ruleFailure(ruleId: string, error: unknown, index: LineIndex): Diagnostic {
  const why = error instanceof Error ? error.message : String(error);
  return makeDiagnostic(
    { ruleId, severity: 2, fatal: true, category: 'Other', message: `Rule "${ruleId}" failed on this file: ${why}` },
    [0, 0],
    index,
  );
}

const processors = new WeakMap<EnabledPlugin, ReturnType<typeof unified>>();

async function runPlugin(plugin: EnabledPlugin, tree: ReturnType<typeof parse>, text: string, path: string, index: LineIndex) {
  const file = new VFile({ path, value: text });
  let processor = processors.get(plugin);
  if (!processor) {
    processor = unified().use(retextEnglish).use(plugin.attacher as never, plugin.options as never).freeze() as never;
    processors.set(plugin, processor!);
  }
  await processor!.run(structuredClone(tree) as never, file);
  return file.messages.map((m: VFileMessage) => {
    const place = m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined;
    const start = place?.start.offset ?? (place ? index.offsetAt(place.start) : 0);
    const end = place?.end.offset ?? (place ? index.offsetAt(place.end) : start);
    const id = m.source && m.ruleId && m.source !== m.ruleId ? `${m.source}:${m.ruleId}` : (m.ruleId ?? m.source ?? plugin.name);
    return makeDiagnostic(
      {
        ruleId: id,
        severity: plugin.severity,
        message: m.reason,
        category: 'Fluency',
        url: m.url ?? undefined,
        actual: m.actual ?? undefined,
        expected: m.expected?.length ? m.expected : undefined,
      },
      [start, Math.max(start, end)],
      index,
    );
  });
}

/**
 * Largest Markdown file read as Markdown. The CommonMark parser costs ~4 s and ~260 MB of heap per
 * MB here (a news article: tens of milliseconds); a larger file is linted as plain text, with a note.
 */
export const MARKDOWN_MAX_CHARS = 512 * 1024;

/** The note on a Markdown file too large to read as Markdown. */
function markdownTooLarge(length: number, index: LineIndex): Diagnostic {
  return makeDiagnostic(
    {
      ruleId: null,
      severity: 3,
      category: 'Other',
      message: `Markdown file of ${(length / 1048576).toFixed(1)} MB, over the ${MARKDOWN_MAX_CHARS / 1024} KB read as Markdown; linted as plain text, so Markdown syntax may be flagged.`,
    },
    [0, 0],
    index,
  );
}

/** Whether a finding, its fix or a suggested fix overlaps blanked Markdown syntax. */
function reachesSyntax(d: Diagnostic, blanked: ReadonlyArray<readonly [number, number]>): boolean {
  const ranges = [d.range, d.fix?.range, ...(d.suggestions ?? []).map((s) => s.fix.range)];
  return ranges.some((r) => r !== undefined && touchesBlanked(blanked, r[0], r[1]));
}

/**
 * Document phase: parse `input` once, run every enabled rule and plugin on it.
 * Pure: no file system, no process; plugins may be async.
 */
export async function lintDocument(input: Input, config: EngineConfig): Promise<DocumentOutcome> {
  return (await lintDocuments([input], config))[0]!;
}

/**
 * The document phase of several documents, as {@link lintDocument} gives each: their rules run
 * one document at a time, and the ranges they ask to have tagged (`whenTagged`) are tagged in
 * one compromise call for all of them (src/nlp/tag-sentence.ts) before their callbacks run.
 * `keep` turns each outcome into what is kept of it as soon as it is made (a lint worker packs it
 * as JSON), so that the documents' result objects do not wait for the last one.
 */
export async function lintDocuments<R = DocumentOutcome>(
  inputs: readonly Input[],
  config: EngineConfig,
  keep: (outcome: DocumentOutcome) => R = (outcome) => outcome as R,
): Promise<R[]> {
  const started: Array<{ kept: R } | Waiting> = [];
  for (const input of inputs) {
    const s = await runRules(input, config);
    started.push('outcome' in s ? { kept: keep(s.outcome) } : s);
  }
  const requests: TagRequest[] = [];
  for (const s of started) if ('waits' in s) for (const w of s.waits) requests.push({ doc: s.doc, ranges: w.ranges });
  try {
    if (requests.length) tagRangesOf(requests);
  } catch {
    // Nothing is cached then: each range is tagged alone when a callback asks for it, and an
    // error comes again there, as that rule's failure on that file.
  }
  return started.map((s) => ('kept' in s ? s.kept : keep(s.finish())));
}

/** A rule's callback waiting for the tags of its ranges, with the rule's id and the slot of its findings. */
interface TagWait {
  ranges: ReadonlyArray<readonly [number, number]>;
  then: () => void;
  id: string;
  slot: number;
}

/** A document whose rules have run and whose callbacks wait for tags: what makes its outcome after them. */
type Waiting = { doc: EngineDoc; waits: TagWait[]; finish: () => DocumentOutcome };
/** A document whose rules have run: its outcome, or what waits for tags. */
type Started = { outcome: DocumentOutcome } | Waiting;

async function runRules(input: Input, config: EngineConfig): Promise<Started> {
  // A Markdown file is linted as its prose: its syntax is blanked (same offsets), and a finding or
  // fix that reaches into the syntax is dropped (src/text/markdown.ts).
  const markdown = isMarkdownPath(input.path);
  const prose = markdown && input.value.length <= MARKDOWN_MAX_CHARS ? await markdownProse(input.value) : undefined;
  let doc: EngineDoc;
  try {
    doc = createDoc(input.path, prose ? prose.text : input.value);
  } catch (error) {
    // A text the parser cannot take is a finding on that file; the run goes on with the others.
    const why = error instanceof Error ? error.message : String(error);
    return { outcome: { result: fatalResult(input.path, `The text could not be parsed: ${why}`) } };
  }
  const { index } = doc;
  // Each rule's findings, in rule order (a rule's callbacks may add to them later), then the plugins'.
  const slots: Diagnostic[][] = [];
  if (markdown && !prose) slots.push([markdownTooLarge(input.value.length, index)]);
  const waits: TagWait[] = [];
  const facts: Record<string, unknown> = {};
  const knowledge = config.knowledge ?? [];
  for (const { rule, severity, options } of config.rules) {
    const id = rule.meta.id;
    const found: Diagnostic[] = [];
    const slot = slots.push(found) - 1;
    const asked = waits.length;
    try {
      const result = rule.create({
        id,
        options,
        doc,
        knowledge,
        report: (d: ReportDescriptor) => found.push(fromReport(rule, severity, d, index)),
        whenTagged: (ranges, then) => (ranges.length ? void waits.push({ ranges, then, id, slot }) : then()),
      });
      if (rule.corpus && result !== undefined && !(Array.isArray(result) && result.length === 0)) facts[id] = result;
    } catch (error) {
      waits.length = asked; // a failed rule's callbacks go with its findings
      slots[slot] = [ruleFailure(id, error, index)];
    }
  }
  const plugins: Diagnostic[] = [];
  for (const plugin of config.plugins ?? []) {
    try {
      for (const d of await runPlugin(plugin, doc.tree, input.value, input.path, index)) plugins.push(d);
    } catch (error) {
      plugins.push(ruleFailure(plugin.name, error, index));
    }
  }
  const finish = (): DocumentOutcome => {
    for (const w of waits) {
      try {
        w.then();
      } catch (error) {
        slots[w.slot] = [ruleFailure(w.id, error, index)];
      }
    }
    const messages: Diagnostic[] = [];
    // (One push at a time: a spread overflowed the stack at ~120,000 findings.)
    for (const list of [...slots, plugins]) for (const d of list) messages.push(d);
    const result = toFileResult(input.path, prose ? messages.filter((d) => !reachesSyntax(d, prose.blanked)) : messages);
    return {
      result,
      // A file with nothing for any corpus rule stays out of the corpus phase: a large run keeps
      // facts (and line starts) only for the files that have some.
      facts: Object.keys(facts).length
        ? { filePath: input.path, lineStarts: index.starts, length: input.value.length, facts }
        : undefined,
    };
  };
  if (!waits.length) return { outcome: finish() };
  // What waits for tags keeps the text and the tags, not the tree: a batch's trees would otherwise
  // live until its last document, and every young collection meanwhile would copy them.
  doc.release();
  return { doc, waits, finish };
}

/** Lint texts in process: document phase for each, then the corpus phase. */
export async function lint(inputs: readonly Input[], config: EngineConfig): Promise<FileResult[]> {
  const outcomes: DocumentOutcome[] = [];
  for (let i = 0; i < inputs.length; i += DOCUMENTS_TOGETHER) {
    for (const outcome of await lintDocuments(inputs.slice(i, i + DOCUMENTS_TOGETHER), config)) outcomes.push(outcome);
  }
  const corpus = hasCorpusRules(config)
    ? lintCorpus(outcomes.map((o) => o.facts!).filter(Boolean), config)
    : new Map<string, Diagnostic[]>();
  return outcomes.map((o, i) => {
    const merged = mergeResult(o.result, corpus.get(o.result.filePath));
    return config.fix ? withFixes(merged, inputs[i]!.value) : merged;
  });
}
