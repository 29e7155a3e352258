/**
 * JSON texts of a run (each file's result, its corpus facts) kept by file index until the run
 * ends: in memory up to a budget, and past it in a temporary file of which only offsets stay in
 * memory. So a run's memory stays flat however many files it lints (a 100 MB corpus makes ~45 MB
 * of such text; a million articles, gigabytes).
 * @packageDocumentation
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Characters of text a store holds in memory before it writes to its temporary file: 2 M (4 MB,
 * as messages with curly quotes make two-byte strings). 8 M grew the main thread's heap by ~25 MB
 * on the 100 MB bench corpus, where reading the spilled texts back costs well under a second.
 */
export const MEMORY_BUDGET = 2 * 1024 * 1024;

let counter = 0;

/** Texts by index (`0 … n-1`); see the module comment. */
export class PackedStore {
  private readonly memory: Array<string | undefined>;
  /** Byte offset and length in the file of each spilled text; length -1 when in memory or absent. */
  private readonly offsets: Float64Array;
  private readonly lengths: Int32Array;
  /** 1 where the text in memory is held elsewhere too (see {@link PackedStore.set}). */
  private readonly borrowed: Uint8Array;
  private held = 0;
  private fd: number | undefined;
  private path: string | undefined;
  private end = 0;

  constructor(
    readonly length: number,
    private readonly budget = MEMORY_BUDGET,
  ) {
    this.memory = new Array(length);
    this.offsets = new Float64Array(length);
    this.lengths = new Int32Array(length).fill(-1);
    this.borrowed = new Uint8Array(length);
  }

  /**
   * Keep `text` as the `i`th text (replacing any earlier one). A text `heldElsewhere` (kept in
   * memory for the whole run by its owner, such as the cache's entries) is kept by reference: it
   * costs no memory of the store's own, so it neither counts against the budget nor spills.
   */
  set(i: number, text: string | undefined, heldElsewhere = false): void {
    const old = this.memory[i];
    if (old !== undefined && !this.borrowed[i]) this.held -= old.length;
    this.memory[i] = undefined;
    this.borrowed[i] = 0;
    this.lengths[i] = -1;
    if (text === undefined) return;
    if (heldElsewhere) {
      this.memory[i] = text;
      this.borrowed[i] = 1;
      return;
    }
    if (this.held + text.length <= this.budget) {
      this.memory[i] = text;
      this.held += text.length;
      return;
    }
    const fd = this.file();
    const bytes = writeSync(fd, text, this.end, 'utf8');
    this.offsets[i] = this.end;
    this.lengths[i] = bytes;
    this.end += bytes;
  }

  /** The `i`th text, or `undefined` when none was set. */
  get(i: number): string | undefined {
    const text = this.memory[i];
    if (text !== undefined || this.lengths[i] === -1) return text;
    const buffer = Buffer.allocUnsafe(this.lengths[i]!);
    readSync(this.fd!, buffer, 0, buffer.length, this.offsets[i]!);
    return buffer.toString('utf8');
  }

  /** Whether the `i`th text is set. */
  has(i: number): boolean {
    return this.memory[i] !== undefined || this.lengths[i] !== -1;
  }

  /** Drop every text and the temporary file. */
  clear(): void {
    this.memory.fill(undefined);
    this.borrowed.fill(0);
    this.lengths.fill(-1);
    this.held = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.path !== undefined) removeFile(this.path);
    this.fd = this.path = undefined;
    this.end = 0;
  }

  /** The temporary file, created on first need and removed from the directory at once where the system allows (Linux, macOS). */
  private file(): number {
    if (this.fd === undefined) {
      this.path = join(tmpdir(), `seedlint-${process.pid}-${++counter}.tmp`);
      this.fd = openSync(this.path, 'w+', 0o600);
      if (removeFile(this.path)) this.path = undefined;
      else process.once('exit', () => this.path !== undefined && removeFile(this.path));
    }
    return this.fd;
  }
}

function removeFile(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
