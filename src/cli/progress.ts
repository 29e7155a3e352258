/**
 * A progress bar on stderr for long runs: files done, files/s and ETA. Shown only on a terminal,
 * for the stylish format, without `--no-progress`, and only once a run has taken about a second.
 * @packageDocumentation
 */
import type { Out } from './io.js';

/** Receives progress from the lint run. */
export interface Progress {
  /** Called as files finish. */
  update(done: number, total: number): void;
  /** Clear the bar. */
  end(): void;
}

/** When the bar may appear. */
export interface ProgressOptions {
  /** `--format`; only `stylish` shows a bar. */
  format: string;
  /** `false` with `--no-progress`. */
  progress?: boolean;
  stdin?: boolean;
  /** Milliseconds before the bar first appears (default 1000). */
  delay?: number;
  /** Clock (for tests). */
  now?: () => number;
}

const NOOP: Progress = { update() {}, end() {} };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** A progress bar writing to `stderr`, or a no-op when it must not show. */
export function progressBar(stderr: Out, options: ProgressOptions): Progress {
  if (!stderr.isTTY || options.format !== 'stylish' || options.progress === false || options.stdin) return NOOP;
  const now = options.now ?? (() => performance.now());
  const start = now();
  const delay = options.delay ?? 1000;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      const elapsed = t - start;
      if (elapsed < delay || (t - last < 100 && done < total)) return;
      last = t;
      const rate = done / (elapsed / 1000);
      const eta = rate > 0 ? (total - done) / rate : Infinity;
      const width = Math.max(10, Math.min(30, (stderr.columns ?? 80) - 50));
      const filled = total ? Math.round((done / total) * width) : width;
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stderr.write(`\r\x1b[K${bar} ${done}/${total} files  ${rate.toFixed(rate < 10 ? 1 : 0)} files/s  ETA ${duration(eta)}`);
      shown = true;
    },
    end() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
