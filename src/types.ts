/**
 * Public types of seedlint: diagnostics, rules, configs and results.
 * @packageDocumentation
 */
import type { Root, Sentence, Paragraph } from 'nlcst';

/** Numeric severity as in the JSON report: 1 warning, 2 error, 3 info. */
export type Severity = 1 | 2 | 3;
/** Severity as written in configs. `off` disables a rule. */
export type SeverityName = 'off' | 'warn' | 'error' | 'info';

/** A 1-based line / column pair (column counts UTF-16 code units). */
export interface Position { line: number; column: number }

/** A replacement of `range` (0-based UTF-16 offsets, end exclusive) by `text`. */
export interface Fix { range: [number, number]; text: string }

/** An optional fix an editor may offer; never applied by `--fix`. */
export interface Suggestion { message: string; fix: Fix }

/** One finding, in the ESLint/textlint-compatible shape of the JSON report. */
export interface Diagnostic {
  ruleId: string | null;
  severity: Severity;
  message: string;
  /** Key of the rule's message template (as in ESLint). */
  messageId?: string;
  /** MQM category, e.g. `Fluency/Grammar`. */
  category: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: [number, number];
  loc: { start: Position; end: Position };
  fix?: Fix;
  suggestions?: Suggestion[];
  url?: string;
  /** A problem that stopped the file from being linted (unreadable, undecodable …). */
  fatal?: boolean;
  /** The text that was found, when the rule names it. */
  actual?: string;
  /** What was expected instead, when the rule knows. */
  expected?: string[];
}

/** Results of one file. */
export interface FileResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text after `--fix`, only when fixing and something changed. */
  output?: string;
}

/** A JSON Schema object (draft-07 subset) describing a rule's options. */
export type JsonSchema = Record<string, unknown>;

/** One documented example; `invalid` examples list what the rule must report. */
export interface RuleExample {
  /** The text linted. */
  text: string;
  /** Options for the rule (default: the rule's defaults). */
  options?: Record<string, unknown>;
  /** Expected findings (invalid examples only): the exact flagged text, or an object. */
  errors?: Array<string | { text: string; messageId?: string }>;
  /** Expected text after applying fixes (invalid examples of fixable rules). */
  output?: string;
  /** Why this example matters; shown in the docs. */
  note?: string;
}

/** Static description of a rule. */
export interface RuleMeta<O extends object = Record<string, unknown>> {
  /** Kebab-case id; equals the rule's file name. */
  id: string;
  /** One sentence: what the rule finds. */
  description: string;
  /** MQM category of its findings, e.g. `Fluency/Grammar`, `Accuracy/Mistranslation`. */
  category: string;
  /** Default severity. */
  severity: Exclude<SeverityName, 'off'>;
  /** Whether findings carry a fix that `--fix` may apply. */
  fixable: boolean;
  /** In the `seedlint:recommended` preset. Default `true`. */
  recommended?: boolean;
  /** Message templates: id → text with `{name}` placeholders. */
  messages: Record<string, string>;
  /** JSON Schema of the options object (default: no options). */
  schema?: JsonSchema;
  /** Defaults for every option in `schema`. */
  defaultOptions?: O;
  /** Documented examples; each runs as a test. */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /** Bumped when behaviour changes, so caches are invalidated. Default `1`. */
  version?: number;
}

/** What a rule reports; positions are 0-based offsets into the document text. */
export interface ReportDescriptor {
  /** Key into `meta.messages`. */
  messageId: string;
  /** Values for the message placeholders. */
  data?: Record<string, string | number>;
  /** The flagged range, [start, end) offsets. */
  range: [number, number];
  fix?: Fix | null;
  suggestions?: Suggestion[];
  actual?: string;
  expected?: string[];
  /**
   * Cap the configured severity for this finding (e.g. a claim to check rather than a certain
   * error): the finding gets the less severe of the two. Default: no cap.
   */
  maxSeverity?: 'warn' | 'info';
}

/** Text, tree and shared, lazily computed analysis of one document. */
export interface Doc {
  readonly path: string;
  readonly text: string;
  /** nlcst tree from retext-english, built once. */
  readonly tree: Root;
  /** Paragraph nodes, in order. */
  paragraphs(): Paragraph[];
  /** Sentence nodes, in order. */
  sentences(): Sentence[];
  /** Lines of the text with their start offsets (line breaks excluded). */
  lines(): ReadonlyArray<{ text: string; start: number }>;
  /** The text of a node. */
  textOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string;
  /** [start, end) offsets of a node. */
  rangeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number];
  /** 1-based line/column of an offset. */
  positionAt(offset: number): Position;
  /** Compute once per document and share between rules. */
  memo<T>(key: string, compute: () => T): T;
}

/** What a rule sees while linting one document. */
export interface RuleContext<O extends object = Record<string, unknown>> {
  readonly id: string;
  readonly options: Readonly<O>;
  readonly doc: Doc;
  /** Knowledge packs given in config (parsed), in addition to the built-in pack. */
  readonly knowledge: ReadonlyArray<unknown>;
  report(descriptor: ReportDescriptor): void;
  /**
   * Have the part-of-speech tags of `ranges` (document offsets) cached on the document, then
   * run `then`, which may still report; with no ranges, `then` runs at once. The engine may
   * first run the rules of the other documents it lints together and tag all their ranges in
   * one compromise call: its cost is mostly per call. Before `then` runs, the document lets go
   * of its tree and of its memos that may hold nodes (objects other than the tags, which
   * `tagRange` then answers from memory): `then` reads the text, the tags and what the rule kept
   * (`doc.tree` is gone, and `sentences()` and `paragraphs()` throw).
   */
  whenTagged(ranges: ReadonlyArray<readonly [number, number]>, then: () => void): void;
}

/** What a cross-document rule sees in the corpus phase. */
export interface CorpusContext<O extends object = Record<string, unknown>> {
  readonly id: string;
  readonly options: Readonly<O>;
  readonly knowledge: ReadonlyArray<unknown>;
  /** Report on a file (by path) of the corpus. */
  report(filePath: string, descriptor: ReportDescriptor): void;
}

/** Per-file facts a rule hands to its corpus phase; must be JSON-serialisable. */
export type Facts = unknown;

/** A seedlint rule. */
export interface Rule<O extends object = Record<string, unknown>, F = Facts> {
  meta: RuleMeta<O>;
  /**
   * Document phase: inspect `context.doc`, report, and optionally return facts for the corpus
   * phase. Return `undefined` or an empty array when the file has nothing for it: such files are
   * left out of the corpus phase (and its memory).
   */
  create(context: RuleContext<O>): F | void;
  /**
   * Corpus phase, over the facts of every file linted together. Must stay linear in corpus size.
   * `files` may be iterated more than once, and each pass may rebuild the facts from their
   * serialised form (the CLI keeps them as JSON until now), so keep only what matters: e.g. a
   * first pass that counts, a second that collects the few facts a finding needs.
   */
  corpus?(files: Iterable<{ filePath: string; facts: F }>, context: CorpusContext<O>): void;
}

/** A rule enabled with a severity and validated options. */
export interface EnabledRule {
  rule: Rule<any, any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A unified attacher (e.g. a retext plugin) enabled from config. */
export interface EnabledPlugin {
  name: string;
  attacher: (...args: any[]) => unknown;
  options?: unknown;
  severity: Severity;
}

/** Configuration the engine runs with: no file names, no I/O, only resolved objects. */
export interface EngineConfig {
  rules: EnabledRule[];
  plugins?: EnabledPlugin[];
  /** Parsed user knowledge packs. */
  knowledge?: unknown[];
  /** Apply fixes and return `output`. */
  fix?: boolean;
}

/** One text to lint. */
export interface Input { path: string; value: string }
