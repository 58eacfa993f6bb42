// Runs one heavy task in a worker thread and resolves with its result, so the thread that answers the
// screen stays free. Each task has a worker to itself (two tasks never share one, so a report never
// waits behind a backup); finished workers are kept idle for the next task (at most MAX_IDLE, not
// keeping the process alive). From the sources (tsx, vitest) the worker is heavy-worker.ts loaded
// through tsx; in the bundled app it is dist/electron/heavy-worker.js beside main.js.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackupError } from '../services/backup-service';
import { ReliabilityError } from '../reliability/errors';
import type { WorkerMessage, WorkerProgress, WorkerResults, WorkerTask } from './worker-tasks';

export const BUNDLED_WORKER_FILE = 'heavy-worker.js';

export interface WorkerScript {
  file: string;
  execArgv: string[];
}

/** The worker's script for a module at `moduleUrl` (this one, or main.js once bundled). */
export function workerScriptFor(moduleUrl: string): WorkerScript {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.ts')) {
    const tsx = path.join(path.dirname(createRequire(moduleUrl).resolve('tsx/package.json')), 'dist', 'loader.mjs');
    return { file: path.join(path.dirname(here), 'heavy-worker.ts'), execArgv: ['--import', pathToFileURL(tsx).href] };
  }
  return { file: path.join(path.dirname(here), BUNDLED_WORKER_FILE), execArgv: [] };
}

export class WorkerCancelledError extends Error {
  constructor() {
    super('Đã hủy, chưa ghi gì.');
    this.name = 'WorkerCancelledError';
  }
}

/** The worker's error again on this side: a Vietnamese refusal stays one (the API answers it as such). */
function errorOf(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  const error = message.name === 'BackupError' ? new BackupError(message.message) : message.userFacing ? new ReliabilityError(message.message) : new Error(message.message);
  if (message.code) Object.assign(error, { code: message.code });
  return error;
}

const MAX_IDLE = 2;
const idleWorkers = new Map<string, Worker[]>();

function acquire(script: WorkerScript): Worker {
  const worker = idleWorkers.get(script.file)?.pop() ?? new Worker(script.file, { execArgv: script.execArgv });
  worker.ref();
  return worker;
}

function release(script: WorkerScript, worker: Worker): void {
  const idle = idleWorkers.get(script.file) ?? [];
  idleWorkers.set(script.file, idle);
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // An idle worker that dies is simply forgotten.
  worker.once('exit', () => idle.splice(idle.indexOf(worker) >>> 0, 1));
  idle.push(worker);
}

export interface RunOptions {
  onProgress?: (progress: WorkerProgress) => void;
  /** Aborting ends the worker; the task must then not have written anything (see each task). */
  signal?: AbortSignal;
  script?: WorkerScript;
}

export function runInWorker<K extends WorkerTask['kind']>(task: Extract<WorkerTask, { kind: K }>, options: RunOptions = {}): Promise<WorkerResults[K]> {
  const script = options.script ?? workerScriptFor(import.meta.url);
  if (!existsSync(script.file)) return Promise.reject(new Error(`không có tệp của luồng xử lý nền "${script.file}"`));
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new WorkerCancelledError());
      return;
    }
    const worker = acquire(script);
    let settled = false;
    const finish = (outcome: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      if (reusable) release(script, worker);
      else void worker.terminate();
      outcome();
    };
    // Rejects once the worker has stopped, so the caller may remove what it had begun to write.
    const abort = () => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      const cancelled = () => reject(new WorkerCancelledError());
      worker.terminate().then(cancelled, cancelled);
    };
    options.signal?.addEventListener('abort', abort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'result') finish(() => resolve(message.value as WorkerResults[K]), true);
      else finish(() => reject(errorOf(message)), true);
    });
    worker.on('error', (error) => finish(() => reject(error), false));
    worker.on('exit', (code) => finish(() => reject(new Error(`luồng xử lý nền dừng bất thường (mã ${code})`)), false));
    worker.postMessage(task);
  });
}
