import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The project's own texts, for tests that compare two ways of computing the same thing over real
 * prose: the seed and the rule fixtures (news prose, MT damage, headlines, quotes) and, unless
 * `docs` is false, the rule docs. Paths are relative to the repository root (vitest's cwd).
 */
export function projectTexts({ docs = true } = {}): Array<{ file: string; text: string }> {
  const dirs: Array<[string, string]> = [['seeds', '.txt'], ['tests/fixtures', '.txt'], ...(docs ? ([['docs/rules', '.md']] as Array<[string, string]>) : [])];
  return dirs.flatMap(([dir, ext]) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => join(dir, f))
      .map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  );
}
