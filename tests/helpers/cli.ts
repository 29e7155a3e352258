/** Run the CLI in process with captured output and the real (or a wrapped) file system. */
import { run } from '../../src/cli/run.js';
import type { Rule } from '../../src/types.js';
import { nodeFs, type FileSystem, type IO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  options: { cwd: string; stdin?: string; fs?: FileSystem; tty?: boolean; env?: Record<string, string>; rules?: ReadonlyArray<Rule<any, any>> },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  // Reports come to stdout as UTF-8 bytes, in chunks that may split a character.
  const decoder = new TextDecoder();
  const io: IO = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (s) => (stdout += typeof s === 'string' ? s : decoder.decode(s, { stream: true })), isTTY: options.tty ?? false },
    stderr: { write: (s) => (stderr += typeof s === 'string' ? s : decoder.decode(s)), isTTY: false },
    readStdin: async () => options.stdin ?? '',
    fs: options.fs ?? nodeFs,
    cpus: 1,
  };
  const code = await run(argv, io, options.rules);
  return { code, stdout, stderr };
}
