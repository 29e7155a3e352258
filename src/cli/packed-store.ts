/**
 * JSON texts of a run (each file's result, its corpus facts) kept by file index until the run
 * ends: in memory up to a budget, and past it in a temporary file of which only offsets stay in
 * memory. So a run's memory stays flat however many files it lints (a 100 MB corpus makes ~45 MB
 * of such text; a million articles, gigabytes).
 * @packageDocumentation
 */
import { closeSync, openSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFully, writeFully } from './io.js';

/**
 * Characters of text a store holds in memory before it writes to its temporary file: 2 M (4 MB,
 * as messages with curly quotes make two-byte strings). 8 M grew the main thread's heap by ~25 MB
 * on the 100 MB bench corpus, where reading the spilled texts back costs well under a second.
 */
export const MEMORY_BUDGET = 2 * 1024 * 1024;

/**
 * Bytes the store's file is written and read in at a time. One system call a text cost a 20 MB run
 * ~6,000 writes and, at its end, ~12,000 reads (results and facts), 20 µs and more each on a
 * busy virtual machine: reading the facts back took 113–149 ms there, and texts are written and
 * read back mostly in order.
 */
export const IO_CHUNK = 256 * 1024;

let counter = 0;

/** Texts by index (`0 … n-1`); see the module comment. */
export class PackedStore {
  private readonly memory: Array<string | undefined>;
  /** Byte offset and length in the file of each spilled text; length -1 when in memory or absent. */
  private readonly offsets: Float64Array;
  private readonly lengths: Int32Array;
  private held = 0;
  private fd: number | undefined;
  private path: string | undefined;
  /** Bytes in the file, those still in {@link PackedStore.pending} included. */
  private end = 0;
  /** Texts spilled and not yet written: the file's last {@link PackedStore.pendingBytes} bytes. */
  private pending: Buffer | undefined;
  private pendingBytes = 0;
  /** A window of the file read at once: its bytes from {@link PackedStore.windowStart}. */
  private window: Buffer | undefined;
  private windowStart = 0;
  private windowBytes = 0;

  constructor(
    readonly length: number,
    private readonly budget = MEMORY_BUDGET,
    private readonly chunk = IO_CHUNK,
  ) {
    this.memory = new Array(length);
    this.offsets = new Float64Array(length);
    this.lengths = new Int32Array(length).fill(-1);
  }

  /** Keep `text` as the `i`th text (replacing any earlier one). */
  set(i: number, text: string | undefined): void {
    const old = this.memory[i];
    if (old !== undefined) this.held -= old.length;
    this.memory[i] = undefined;
    this.lengths[i] = -1;
    if (text === undefined) return;
    if (this.held + text.length <= this.budget) {
      this.memory[i] = text;
      this.held += text.length;
      return;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.pendingBytes + bytes > this.chunk) this.flush();
    if (bytes > this.chunk) writeFully(this.file(), Buffer.from(text, 'utf8'), this.end);
    else this.pendingBytes += (this.pending ??= Buffer.allocUnsafe(this.chunk)).write(text, this.pendingBytes, 'utf8');
    this.offsets[i] = this.end;
    this.lengths[i] = bytes;
    this.end += bytes;
  }

  /** The `i`th text, or `undefined` when none was set. */
  get(i: number): string | undefined {
    const text = this.memory[i];
    if (text !== undefined || this.lengths[i] === -1) return text;
    const start = this.offsets[i]!;
    const bytes = this.lengths[i]!;
    const written = this.end - this.pendingBytes;
    if (start >= written) return this.pending!.toString('utf8', start - written, start - written + bytes);
    if (start < this.windowStart || start + bytes > this.windowStart + this.windowBytes) {
      if (bytes > this.chunk) {
        const buffer = Buffer.allocUnsafe(bytes);
        readFully(this.fd!, buffer, bytes, start);
        return buffer.toString('utf8');
      }
      this.window ??= Buffer.allocUnsafe(this.chunk);
      this.windowStart = start;
      this.windowBytes = readFully(this.fd!, this.window, Math.min(this.chunk, written - start), start);
    }
    return this.window!.toString('utf8', start - this.windowStart, start - this.windowStart + bytes);
  }

  /** Write the pending texts to the file. */
  private flush(): void {
    if (!this.pendingBytes) return;
    writeFully(this.file(), this.pending!.subarray(0, this.pendingBytes), this.end - this.pendingBytes);
    this.pendingBytes = 0;
  }

  /** Whether the `i`th text is set. */
  has(i: number): boolean {
    return this.memory[i] !== undefined || this.lengths[i] !== -1;
  }

  /** Drop every text and the temporary file. */
  clear(): void {
    this.memory.fill(undefined);
    this.lengths.fill(-1);
    this.held = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.path !== undefined) removeFile(this.path);
    this.fd = this.path = undefined;
    this.end = this.pendingBytes = this.windowBytes = this.windowStart = 0;
    this.pending = this.window = undefined;
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
