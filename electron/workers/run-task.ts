// Runs one heavy task in a worker thread and resolves with its result, so the thread that answers the
// screen stays free. Each task has a worker to itself (two tasks never share one, so a report never
// waits behind a backup); finished workers are kept idle for the next task (at most MAX_IDLE, not
// keeping the process alive). From the sources (tsx, vitest) the worker is heavy-worker.ts loaded
// through tsx; in the bundled app it is dist/electron/heavy-worker.cjs beside main.js (CommonJS: see
// build/bundle-main.ts). A worker that cannot start (a damaged installation) is said in Vietnamese.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackupError } from '../services/backup-service';
import { ReliabilityError } from '../reliability/errors';
import type { WorkerMessage, WorkerProgress, WorkerResults, WorkerTask } from './worker-tasks';

export const BUNDLED_WORKER_FILE = 'heavy-worker.cjs';

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

/**
 * The worker thread could not start: its file is missing or does not load (an installation that is
 * damaged or incomplete). The officer reads what to do; the cause goes to the log (api/dispatch).
 */
export class WorkerStartError extends ReliabilityError {
  constructor(readonly detail: string) {
    super(
      `Ứng dụng không khởi động được phần xử lý nền (${detail}), nên chưa làm được việc này; sổ dữ liệu không bị thay đổi. ` +
        'Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, cài lại Sổ Một Cửa (sổ dữ liệu và bản sao lưu được giữ nguyên) và gửi tệp nhật ký cho người hỗ trợ.',
    );
    this.name = 'WorkerStartError';
  }
}

/** The worker's error again on this side: a Vietnamese refusal stays one (the API answers it as such). */
function errorOf(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  const error = message.name === 'BackupError' ? new BackupError(message.message) : message.userFacing ? new ReliabilityError(message.message) : new Error(message.message);
  if (message.code) Object.assign(error, { code: message.code });
  return error;
}

function startFailure(error: Error): WorkerStartError {
  const failure = new WorkerStartError(error.message.split('\n')[0] ?? error.name);
  failure.cause = error;
  return failure;
}

const MAX_IDLE = 2;
const idleWorkers = new Map<string, Worker[]>();

/** An idle worker, or a new one (`fresh`: it has not loaded its code yet). */
function acquire(script: WorkerScript): { worker: Worker; fresh: boolean } {
  const idle = idleWorkers.get(script.file)?.pop();
  const worker = idle ?? new Worker(script.file, { execArgv: script.execArgv });
  worker.ref();
  return { worker, fresh: idle === undefined };
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
  if (!existsSync(script.file)) return Promise.reject(new WorkerStartError(`không có tệp "${script.file}"`));
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new WorkerCancelledError());
      return;
    }
    const { worker, fresh } = acquire(script);
    /** A new worker says 'ready' once its code has loaded: an error or an exit before that is a failed start. */
    let loaded = !fresh;
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
      if (message.type === 'ready') loaded = true;
      else if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'result') finish(() => resolve(message.value as WorkerResults[K]), true);
      else finish(() => reject(errorOf(message)), true);
    });
    worker.on('error', (error) => finish(() => reject(loaded ? error : startFailure(error)), false));
    worker.on('exit', (code) => {
      const stopped = `luồng xử lý nền dừng bất thường (mã ${code})`;
      finish(() => reject(loaded ? new Error(stopped) : new WorkerStartError(stopped)), false);
    });
    worker.postMessage(task);
  });
}
