import { describe, it, expect } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

function stderr(isTTY: boolean) {
  const out = { text: '', isTTY, columns: 100, write: (s: string) => (out.text += s) };
  return out;
}

describe('progress bar', () => {
  it('appears on a TTY after about a second, with files/s and ETA, and is cleared at the end', () => {
    let t = 0;
    const err = stderr(true);
    const bar = progressBar(err, { format: 'stylish', now: () => t });
    t = 500;
    bar.update(10, 100);
    expect(err.text).toBe(''); // a short run shows nothing
    t = 2000;
    bar.update(50, 100);
    expect(err.text).toContain('50/100 files');
    expect(err.text).toContain('25 files/s');
    expect(err.text).toContain('ETA 2s');
    bar.end();
    expect(err.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('never shows off a TTY, for machine formats, with --no-progress, or for stdin', () => {
    for (const [tty, options] of [
      [false, { format: 'stylish' }],
      [true, { format: 'json' }],
      [true, { format: 'sarif' }],
      [true, { format: 'stylish', progress: false }],
      [true, { format: 'stylish', stdin: true }],
    ] as const) {
      let t = 0;
      const err = stderr(tty);
      const bar = progressBar(err, { ...options, now: () => t });
      t = 5000;
      bar.update(1, 2);
      bar.end();
      expect(err.text).toBe('');
    }
  });
});
