/**
 * Lint files from disk: read, decode, resolve the config, run both engine phases.
 * The seam where parallelism and caching plug in.
 */
import type { Diagnostic, EngineConfig, FileResult, Input } from '../types.js';
import { lintDocument, lintCorpus, mergeResult, withFixes, type FileFacts } from '../engine/lint.js';
import { fatalResult, toFileResult } from '../engine/diagnostic.js';
import { decode } from './decode.js';
import { describeFsError, type FileSystem } from './io.js';

/** A file to lint, with the engine config that applies to it. */
export interface Job {
  /** Path as reported. */
  filePath: string;
  /** Path to read (absolute); absent when `text` is given (stdin). */
  readPath?: string;
  text?: string;
  config: EngineConfig;
}

/** Read and decode a job's text, or a fatal result saying why not. */
export async function readJob(job: Job, fs: FileSystem, maxBytes: number): Promise<{ input: Input; bom: boolean } | FileResult> {
  if (job.text !== undefined) return { input: { path: job.filePath, value: job.text }, bom: false };
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(job.readPath!);
    if (stat.size > maxBytes) {
      return fatalResult(job.filePath, `file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit; not linted (raise --max-file-size to lint it)`);
    }
    bytes = await fs.readFile(job.readPath!);
  } catch (error) {
    return fatalResult(job.filePath, `cannot read file: ${describeFsError(error)}`);
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return fatalResult(job.filePath, decoded.message);
  return { input: { path: job.filePath, value: decoded.text }, bom: decoded.bom };
}

/** An empty file is linted (nothing to find) and noted, so a truncated download does not pass silently. */
function emptyNote(filePath: string): FileResult {
  const r = fatalResult(filePath, 'file is empty; nothing to lint');
  r.messages[0]!.severity = 3;
  delete r.messages[0]!.fatal;
  return toFileResult(filePath, r.messages);
}

/** Results in input order, plus the texts of files that were fixed (for writing back). */
export interface LintRun {
  results: FileResult[];
  /** Fixed text (with BOM restored) by job index. */
  fixed: Map<number, string>;
}

/** Lint jobs in process, one after the other; the corpus phase runs per engine config. */
export async function lintJobs(jobs: readonly Job[], fs: FileSystem, options: { maxBytes: number; fix: boolean }): Promise<LintRun> {
  const results: FileResult[] = [];
  const texts: Array<{ text: string; bom: boolean } | undefined> = [];
  const facts = new Map<EngineConfig, FileFacts[]>();
  for (const job of jobs) {
    const read = await readJob(job, fs, options.maxBytes);
    if ('filePath' in read) {
      results.push(read);
      texts.push(undefined);
      continue;
    }
    texts.push({ text: read.input.value, bom: read.bom });
    if (read.input.value.trim() === '') {
      results.push(emptyNote(job.filePath));
      continue;
    }
    const outcome = await lintDocument(read.input, job.config);
    results.push(outcome.result);
    if (outcome.facts) {
      const list = facts.get(job.config) ?? [];
      list.push(outcome.facts);
      facts.set(job.config, list);
    }
  }
  const extra = new Map<string, Diagnostic[]>();
  for (const [config, list] of facts) for (const [path, ds] of lintCorpus(list, config)) extra.set(path, ds);
  const fixed = new Map<number, string>();
  results.forEach((r, i) => {
    let merged = mergeResult(r, extra.get(r.filePath));
    const t = texts[i];
    if (options.fix && t) {
      merged = withFixes(merged, t.text);
      if (merged.output !== undefined) fixed.set(i, (t.bom ? '\uFEFF' : '') + merged.output);
    }
    results[i] = merged;
  });
  return { results, fixed };
}
