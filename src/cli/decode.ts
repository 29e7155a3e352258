/** Bytes to text, or a clear reason why a file cannot be linted as text. */

/** The decoded text, or the problem. */
export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Position (line, column) of byte `at` for the error message. */
function where(bytes: Uint8Array, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, byte ${at - lineStart + 1} of the line (offset ${at})`;
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decode UTF-8. A BOM is dropped (offsets then count from the first character after it, as
 * editors do); a NUL byte in the first 8 KiB marks a binary file; invalid UTF-8 is reported with
 * its position.
 */
export function decode(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes); not linted' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: decoder.decode(body), bom };
  } catch {
    const at = firstInvalidByte(body) + (bom ? 3 : 0);
    return { ok: false, message: `invalid UTF-8 at ${where(bytes, at)}; convert the file to UTF-8` };
  }
}
