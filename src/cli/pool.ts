/**
 * A small worker_threads pool for the document phase. Each worker builds its engine configs
 * itself from serialisable {@link ResolvedConfig}s (rules and plugins are loaded in the worker),
 * so only texts go in and only results and compact facts come out.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolve.js';
import { DOCUMENTS_TOGETHER } from '../engine/corpus.js';
import type { DocumentOutcome } from '../engine/lint.js';
import type { Diagnostic } from '../types.js';
import { toFileResult } from '../engine/diagnostic.js';

/** What a worker is started with. */
export interface WorkerInit {
  /** Every config of the run; tasks refer to them by index. */
  configs: ResolvedConfig[];
  fix: boolean;
}

/** One document for a worker. */
export interface WorkerTask {
  id: number;
  path: string;
  text: string;
  /** Index into {@link WorkerInit.configs}. */
  config: number;
}

/**
 * A document's outcome as JSON text: a few hundred bytes a file, where the object graph takes
 * several times that; the main thread keeps every file's result and facts until the run ends.
 */
export interface PackedOutcome {
  /** `JSON.stringify` of the file's result. */
  result: string;
  /** `JSON.stringify` of its {@link FileFacts}, when a corpus rule has some. */
  facts?: string;
}

/**
 * Findings a file's packed result keeps when all of them do not fit in one string (V8's longest,
 * ~537 M characters: ~1.2 M findings, which a degenerate text, such as a million unmatched
 * quotation marks, can make): the first ones by position, then a note of how many more there were.
 */
export const MAX_PACKED_MESSAGES = 100_000;

/**
 * A document's outcome as the run keeps it (in a worker or in process). A result or facts too long
 * for a string are cut, with a note on the file, rather than ending the run.
 */
export function packOutcome({ result, facts }: DocumentOutcome, maxMessages = MAX_PACKED_MESSAGES): PackedOutcome {
  let factsText: string | undefined;
  const notes: Diagnostic[] = [];
  if (facts) {
    try {
      factsText = JSON.stringify(facts);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      notes.push(note(undefined, 'The corpus rules skip this file: its facts would be longer than the longest string JavaScript can hold.'));
    }
  }
  const all = notes.length ? toFileResult(result.filePath, [...result.messages, ...notes], result.output) : result;
  try {
    return { result: JSON.stringify(all), facts: factsText };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const kept = all.messages.slice(0, maxMessages);
    const more = all.messages.length - kept.length;
    const cut = note(all.messages[maxMessages], `${more.toLocaleString('en-US')} more findings from here on are not reported: this file's report would be longer than the longest string JavaScript can hold (its first ${maxMessages.toLocaleString('en-US')} findings are).`);
    return { result: JSON.stringify(toFileResult(result.filePath, [...kept, cut], result.output)), facts: factsText };
  }
}

/** A warning with no rule, at the start of `at` (or of the file), that says what was left out. */
function note(at: Diagnostic | undefined, message: string): Diagnostic {
  const start = at?.loc.start ?? { line: 1, column: 1 };
  const offset = at?.range[0] ?? 0;
  return { ruleId: null, severity: 1, message, category: 'Other', line: start.line, column: start.column, endLine: start.line, endColumn: start.column, range: [offset, offset], loc: { start, end: start } };
}

/** A worker's answer to one task. */
export type WorkerReply = { id: number; outcome: PackedOutcome } | { id: number; error: string };

/**
 * Tasks sent to a worker in one message, and answered in one. Each answer wakes the main thread:
 * one a file woke it 6,180 times in the 20 MB bench run, on two cores that the workers already fill.
 * The worker lints a message's documents together (`lintDocuments`: one compromise call for them all).
 */
export const BATCH = DOCUMENTS_TOGETHER;

/**
 * The compiled worker script (`dist/src/cli/worker.js`), or `undefined` when running from the
 * TypeScript sources (tests, tsx), where linting stays in process.
 */
export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(url)) ? url : undefined;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  inFlight: number;
  /** Set when the worker ran out of memory and was replaced. */
  dead?: boolean;
  /** Its termination, once asked for ({@link LintPool.end}, {@link LintPool.close}). */
  stopping?: Promise<number>;
}

/**
 * Old-generation heap of a lint worker, in MB. Without a limit V8 lets a busy worker's heap grow
 * far past what it keeps alive (rules, compromise, knowledge and one document: ~45 MB), and the
 * workers' heaps are most of a run's memory. Measured on the 20 MB bench corpus, 2 workers: peak
 * RSS 286–360 MB without a limit, 259 MB with 64 MB, at the same speed.
 */
export const WORKER_HEAP_MB = 64;

/**
 * Longest text (in UTF-16 units) sent to a worker; a longer one is linted in the main thread,
 * whose heap has no such limit (with 64 MB, a 256 KB text lints and a 512 KB one does not).
 */
export const WORKER_MAX_CHARS = 128 * 1024;

/** A task's worker ran out of memory (and was replaced); the task can be run elsewhere. */
export class WorkerOutOfMemory extends Error {}

/** Batches a worker holds at once: one running and one waiting, so it never idles on the message round trip. */
const PER_WORKER = 2;
/** Tasks a worker holds at once when its batches are full. */
export const TASKS_PER_WORKER = PER_WORKER * BATCH;

/** How much a pool's workers hold: heap, and tasks a message and messages at once. */
export interface PoolLimits {
  /** Old-generation heap of each worker, in MB (default {@link WORKER_HEAP_MB}). */
  heapMb?: number;
  /** Tasks a message (default {@link BATCH}). */
  batch?: number;
  /** Messages a worker holds at once (default {@link PER_WORKER}: one running, one waiting). */
  perWorker?: number;
}

/** A fixed-size pool of lint workers; {@link LintPool.run} resolves with each document's outcome. */
export class LintPool {
  private slots: Slot[] = [];
  private queue: WorkerTask[] = [];
  private waiting = new Map<number, { slot: Slot; resolve: (o: PackedOutcome) => void; reject: (e: Error) => void }>();
  private failed: Error | undefined;
  private readonly heapMb: number;
  private readonly batch: number;
  private readonly perWorker: number;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly init: WorkerInit,
    limits: PoolLimits = {},
  ) {
    this.heapMb = limits.heapMb ?? WORKER_HEAP_MB;
    this.batch = limits.batch ?? BATCH;
    this.perWorker = limits.perWorker ?? PER_WORKER;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.init, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (replies: WorkerReply[]) => this.settle(slot, replies));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.replace(slot);
      else this.fail(error);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closing && !slot.dead && !slot.stopping) this.fail(new Error(`lint worker exited with code ${code}`));
    });
    if (this.ending) this.stopIfDone(slot);
    return slot;
  }

  private ending = false;

  /** Workers not (yet) asked to stop. */
  get live(): number {
    return this.slots.filter((s) => !s.stopping).length;
  }

  /**
   * No more tasks will come: each worker stops as soon as it has answered what it holds. Tearing
   * down a worker's heap takes ~0.1 s; the first worker to run out of tasks starts on it while the
   * others finish their last batches, instead of after them.
   */
  end(): void {
    this.ending = true;
    for (const slot of this.slots) this.stopIfDone(slot);
  }

  private stopIfDone(slot: Slot): void {
    if (this.ending && slot.inFlight === 0 && this.queue.length === 0) slot.stopping ??= slot.worker.terminate();
  }

  /** A worker ran out of memory: its tasks fail with {@link WorkerOutOfMemory}, a new worker takes its place. */
  private replace(slot: Slot): void {
    slot.dead = true;
    // Out of memory with no document in hand: the worker cannot even start; replacing it would loop.
    if (slot.inFlight === 0) return this.fail(new Error('lint worker ran out of memory while starting'));
    for (const [id, entry] of this.waiting) {
      if (entry.slot !== slot) continue;
      this.waiting.delete(id);
      entry.reject(new WorkerOutOfMemory('the lint worker ran out of memory'));
    }
    if (this.closing || this.failed) return;
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.pump();
  }

  private closing = false;

  /** Number of tasks sent or queued and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Lint one document in a worker. */
  run(task: WorkerTask): Promise<PackedOutcome> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.ending) return Promise.reject(new Error('internal: a task after the lint pool was ended'));
    return new Promise((resolve, reject) => {
      this.waiting.set(task.id, { slot: undefined as never, resolve, reject });
      this.queue.push(task);
      this.pump();
    });
  }

  /**
   * Send queued tasks: a batch of whatever is queued to an idle worker, a full batch to one that
   * has a batch running (so batches stay full while the queue keeps up, and no worker waits).
   */
  private pump(): void {
    while (this.queue.length) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.inFlight < this.perWorker && (!best || s.inFlight < best.inFlight)) best = s;
      if (!best || (best.inFlight > 0 && this.queue.length < this.batch)) return;
      const batch = this.queue.splice(0, this.batch);
      best.inFlight++;
      for (const task of batch) this.waiting.get(task.id)!.slot = best;
      best.worker.postMessage(batch);
    }
  }

  private settle(slot: Slot, replies: WorkerReply[]): void {
    slot.inFlight--;
    for (const reply of replies) {
      const entry = this.waiting.get(reply.id);
      if (!entry) continue;
      this.waiting.delete(reply.id);
      if ('error' in reply) entry.reject(new Error(reply.error));
      else entry.resolve(reply.outcome);
    }
    this.pump();
    this.stopIfDone(slot);
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
    this.queue = [];
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => (s.stopping ??= s.worker.terminate())));
  }
}
