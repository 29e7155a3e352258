/**
 * Worker thread of {@link LintPool}: builds each engine config once (the same way the CLI does,
 * with `toEngineConfig`), then lints the documents it is sent. Rules, knowledge indexes and
 * compromise are loaded once per worker, on first use.
 * @packageDocumentation
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineConfig } from '../types.js';
import { ruleById } from '../../rules/index.js';
import { lintDocuments } from '../engine/lint.js';
import { toEngineConfig } from './config-files.js';
import { nodeFs } from './io.js';
import { packOutcome, type WorkerInit, type WorkerReply, type WorkerTask } from './pool.js';

const init = workerData as WorkerInit;
const engines = new Map<number, Promise<EngineConfig>>();

function engineFor(config: number): Promise<EngineConfig> {
  let engine = engines.get(config);
  if (!engine) engines.set(config, (engine = toEngineConfig(init.configs[config]!, ruleById, nodeFs, init.fix)));
  return engine;
}

const failure = (task: WorkerTask, error: unknown): WorkerReply => ({ id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });

/**
 * Lint tasks of one config together (`lintDocuments`); should that fail, each task again on its
 * own, so that an error is the reply of the task that caused it.
 */
async function lintTogether(tasks: readonly WorkerTask[]): Promise<WorkerReply[]> {
  try {
    const packed = await lintDocuments(tasks.map((t) => ({ path: t.path, value: t.text })), await engineFor(tasks[0]!.config), packOutcome);
    return tasks.map((t, i) => ({ id: t.id, outcome: packed[i]! }));
  } catch {
    const replies: WorkerReply[] = [];
    for (const task of tasks) {
      try {
        replies.push({ id: task.id, outcome: (await lintDocuments([{ path: task.path, value: task.text }], await engineFor(task.config), packOutcome))[0]! });
      } catch (error) {
        replies.push(failure(task, error));
      }
    }
    return replies;
  }
}

// A batch of tasks in, their replies out in one message; runs of tasks with one config are linted together.
parentPort!.on('message', async (batch: WorkerTask[]) => {
  const replies: WorkerReply[] = [];
  for (let from = 0; from < batch.length; ) {
    let to = from + 1;
    while (to < batch.length && batch[to]!.config === batch[from]!.config) to++;
    for (const reply of await lintTogether(batch.slice(from, to))) replies.push(reply);
    from = to;
  }
  parentPort!.postMessage(replies);
});
