/** The only module that touches `process`. */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { run } from './run.js';
import { nodeFs } from './io.js';
import { POOL_V8_FLAGS, v8FlagsToSet } from './v8-flags.js';

// Before any worker starts: V8's flags are process-wide, and each worker's isolate reads them.
for (const flag of v8FlagsToSet(process.execArgv)) setFlagsFromString(flag);

// A reader that stops early (`seedlint seeds/ | head`) closes the pipe: Node ignores SIGPIPE, so
// the next write fails with EPIPE, and an unhandled stream error would end the run with a stack
// trace. As with other Unix tools the output just stops there; the run still ends with its own
// exit code. Any other stream error is still one.
const readerGone = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', readerGone);
process.stderr.on('error', readerGone);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  fs: nodeFs,
  cpus: availableParallelism(),
  beforeWorkers: () => {
    for (const flag of v8FlagsToSet(process.execArgv, POOL_V8_FLAGS)) setFlagsFromString(flag);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`seedlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this with the command you ran.\n`);
    process.exitCode = 2;
  },
);
