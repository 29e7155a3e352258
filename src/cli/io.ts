import { closeSync, fstatSync, openSync, promises as fsp, readdirSync, readSync, realpathSync, statSync, writeSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';

/** The file-system operations the CLI uses; injected so tests can run the CLI in process. */
export interface FileSystem {
  /**
   * Read a file. With `maxBytes`, a larger file is not read: the promise rejects with an error
   * whose `code` is `EFBIG` and whose `size` is the file's size in bytes.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Write a file: text, bytes, or a sequence of pieces (text or bytes) written one after another. */
  writeFile(path: string, data: string | Uint8Array | Iterable<Piece>): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<Stats>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  /**
   * The file's {@link stampOf stamp} now, or `undefined` (none: changed too recently, or not a
   * readable file). Optional, with {@link readFileStamped}: without them a cached run reads and
   * hashes every file.
   */
  stamp?(path: string): string | undefined;
  /** {@link readFile}, with the stamp the file had when it was read (taken from the open file, before reading it). */
  readFileStamped?(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; stamp?: string }>;
  /** Open a file to read parts of it. Optional: without it, such a reader reads the whole file. */
  openRead?(path: string): Promise<ReadHandle>;
}

/** An open file, read a part at a time; the file it was opened on, even when replaced meanwhile. */
export interface ReadHandle {
  /** Its size in bytes when opened. */
  readonly size: number;
  /** `length` bytes from `position` (fewer at the end of the file). */
  read(position: number, length: number): Uint8Array;
  close(): void;
}

/** A file already read, as a {@link ReadHandle}. */
export const bytesHandle = (bytes: Uint8Array): ReadHandle => ({
  size: bytes.length,
  read: (position, length) => bytes.subarray(position, position + length),
  close: () => undefined,
});

/**
 * How long (ms) a file must have been left unchanged before its stamp vouches for its content: a
 * file changed again within its file system's timestamp granularity (up to 2 s) can keep its
 * times, and size, while its content changes.
 */
export const STAMP_SETTLE_MS = 3000;

/**
 * A file's stamp: its size, modification and change times, inode and device, as one string. As
 * in git's index, an unchanged stamp means unchanged content: writing a file changes its
 * modification time, and restoring that time (`touch -d`) changes its change time, which no call
 * can set. A file last changed less than {@link STAMP_SETTLE_MS} before `now` has no stamp.
 */
export function stampOf(s: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'dev'>, now: number): string | undefined {
  if (Math.max(s.mtimeMs, s.ctimeMs) > now - STAMP_SETTLE_MS) return undefined;
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;
}

/** A piece of output: text, or text already encoded as UTF-8 (a cached result, written as read). */
export type Piece = string | Uint8Array;

/** A writable stream as the CLI sees it. */
export interface Out {
  /** Text, or UTF-8 bytes (a report written to standard output). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Everything the CLI touches outside itself. */
export interface IO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Out;
  stderr: Out;
  readStdin(): Promise<string>;
  fs: FileSystem;
  /** Number of CPUs (for the default of `--jobs`). */
  cpus?: number;
  /**
   * Called once, before the run starts its first lint worker: the CLI's bin sets the V8 flags of
   * such runs there (`POOL_V8_FLAGS`, src/cli/v8-flags.ts). V8's flags are the process's, so the
   * library sets none itself.
   */
  beforeWorkers?(): void;
}

/** The real file system. */
export const nodeFs: FileSystem = {
  readFile: async (p, maxBytes) => (maxBytes === undefined ? fsp.readFile(p) : readUpTo(p, maxBytes).bytes),
  readFileStamped: async (p, maxBytes) => {
    const { bytes, stats } = readUpTo(p, maxBytes);
    return { bytes, stamp: stampOf(stats, Date.now()) };
  },
  openRead: async (p) => {
    const fd = openSync(p, 'r');
    let open = true;
    try {
      return {
        size: fstatSync(fd).size,
        read: (position, length) => {
          const buffer = Buffer.allocUnsafe(length);
          const filled = readFully(fd, buffer, length, position);
          return filled < length ? buffer.subarray(0, filled) : buffer;
        },
        close: () => {
          if (open) closeSync(fd);
          open = false;
        },
      };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  },
  stamp: (p) => {
    const stats = statSync(p, { throwIfNoEntry: false });
    return stats?.isFile() ? stampOf(stats, Date.now()) : undefined;
  },
  writeFile: (p, d) => (typeof d === 'string' || d instanceof Uint8Array ? fsp.writeFile(p, d) : writePieces(p, d)),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: (p, o) => fsp.mkdir(p, o),
  // Listing and config discovery call these once per directory, link and config looked for: synchronous,
  // like the reads (see readUpTo). An archive of 3,000 day directories took 0.43 s to list, 0.26 s
  // with real paths asked for at links only (src/cli/files.ts), and 0.11-0.12 s with these too.
  stat: async (p) => statSync(p),
  readdir: async (p, o) => readdirSync(p, o),
  realpath: async (p) => realpathSync.native(p),
};

/**
 * Read a file of at most `maxBytes` through one descriptor (open, size, read, close: no second
 * look-up of the path), with its metadata from before the read. The calls are synchronous, as
 * ESLint reads the files it lints: a run reads thousands of small files, and each asynchronous
 * call is a round trip through libuv's thread pool — ten times the CPU of the read itself (6,180
 * files: ~1 s against ~0.1 s), CPU the worker threads need. The callers are async: errors reject
 * their promises.
 */
function readUpTo(path: string, maxBytes: number): { bytes: Uint8Array; stats: Stats } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    const { size } = stats;
    if (size > maxBytes) throw Object.assign(new Error(`${path}: file too large`), { code: 'EFBIG', size });
    const buffer = Buffer.allocUnsafe(size);
    const filled = readFully(fd, buffer, size, 0);
    return { bytes: filled < size ? buffer.subarray(0, filled) : buffer, stats };
  } finally {
    closeSync(fd);
  }
}

/** Bytes of text encoded before each write of {@link writePieces}. */
const WRITE_BUFFER = 1 << 18;

/**
 * Pieces as UTF-8, in chunks of at most `size` bytes (a piece larger than that alone): each text
 * piece is encoded straight into a buffer, and bytes are copied in. Joining the pieces into larger
 * strings first, and encoding each of those, took ~40-60 ms for the 20 MB bench corpus's 3.8 MB
 * JSON report against ~10-15 ms. With `reuse`, every chunk is a view of one buffer, valid until
 * the next is asked for (for synchronous writes); otherwise each chunk is a buffer of its own.
 */
export function* utf8Chunks(pieces: Iterable<Piece>, size: number, reuse = false): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  const take = () => {
    const chunk = buffer.subarray(0, filled);
    if (!reuse) buffer = Buffer.allocUnsafe(size);
    filled = 0;
    return chunk;
  };
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      // Bytes already: copied as they are (one larger than the buffer goes out as it is, unchanged).
      if (filled > 0 && filled + piece.length > size) yield take();
      if (piece.length > size) yield piece;
      else filled += (buffer.set(piece, filled), piece.length);
      continue;
    }
    // UTF-8 takes at most 3 bytes for a UTF-16 unit (a lone surrogate becomes U+FFFD, 3 bytes).
    if (filled > 0 && filled + piece.length * 3 > size) yield take();
    if (piece.length * 3 > size) yield Buffer.from(piece);
    else filled += buffer.write(piece, filled);
  }
  if (filled > 0) yield take();
}

/**
 * Write text pieces to a new file through one descriptor, synchronously (a report is written at
 * the end of a run, with nothing else to do meanwhile), a buffer of {@link utf8Chunks} at a time.
 * Errors reject the returned promise.
 */
export async function writePieces(path: string, pieces: Iterable<Piece>, bufferBytes = WRITE_BUFFER): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of utf8Chunks(pieces, bufferBytes, true)) writeFully(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/**
 * Read `length` bytes at `position` into the start of `buffer`, going on after a short read;
 * fewer only at the end of the file. Returns the bytes read; errors throw.
 */
export function readFully(fd: number, buffer: Uint8Array, length: number, position: number): number {
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * Write all of `bytes` at `position` (at the file's current offset when `null`): a short write (a
 * full disk, a signal) goes on from where it stopped; errors throw.
 */
export function writeFully(fd: number, bytes: Uint8Array, position: number | null = null): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, position === null ? null : position + at);
}

/**
 * Write a file atomically: a temporary file in the same directory, then a rename. `data` may be
 * a sequence of pieces (a streaming report), written as they come, so the whole text is never in
 * memory.
 */
export async function writeAtomic(fs: FileSystem, path: string, data: string | Uint8Array | Iterable<Piece>): Promise<void> {
  const tmp = `${path}.seedlint-${process.pid}-${Date.now()}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/** A short, user-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return e?.message ?? String(error);
  }
}
