/**
 * Worker thread of {@link LintPool}: builds each engine config once (the same way the CLI does,
 * with `toEngineConfig`), then lints the documents it is sent. Rules, knowledge indexes and
 * compromise are loaded once per worker, on first use.
 * @packageDocumentation
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineConfig } from '../types.js';
import { ruleById } from '../../rules/index.js';
import { lintDocument } from '../engine/lint.js';
import { toEngineConfig } from './config-files.js';
import { nodeFs } from './io.js';
import { packOutcome, type WorkerInit, type WorkerReply, type WorkerTask } from './pool.js';

const init = workerData as WorkerInit;
const engines = new Map<number, Promise<EngineConfig>>();

async function lintTask(task: WorkerTask): Promise<WorkerReply> {
  try {
    let engine = engines.get(task.config);
    if (!engine) engines.set(task.config, (engine = toEngineConfig(init.configs[task.config]!, ruleById, nodeFs, init.fix)));
    return { id: task.id, outcome: packOutcome(await lintDocument({ path: task.path, value: task.text }, await engine)) };
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// A batch of tasks in, their replies out in one message.
parentPort!.on('message', async (batch: WorkerTask[]) => {
  const replies: WorkerReply[] = [];
  for (const task of batch) replies.push(await lintTask(task));
  parentPort!.postMessage(replies);
});
