import type { Position } from '../types.js';

/** Maps offsets to 1-based line/column and back; built once per text. */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly starts: number[];

  /** Length of the text. */
  readonly length: number;

  constructor(text: string, starts?: number[]) {
    this.length = text.length;
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    if (!text.includes('\r')) {
      // The common case: indexOf finds the next line feed far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Rebuild from line starts kept by another thread, without the text. */
  static fromStarts(starts: number[], length: number): LineIndex {
    const index = new LineIndex('', starts);
    (index as { length: number }).length = length;
    return index;
  }

  /** 1-based line and column of a 0-based offset (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  /** 0-based offset of a 1-based line/column. */
  offsetAt(pos: Position): number {
    const start = this.starts[Math.max(0, Math.min(pos.line - 1, this.starts.length - 1))]!;
    return Math.min(start + pos.column - 1, this.length);
  }
}
