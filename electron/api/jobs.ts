// The long jobs the screen follows (an import, a package import or export, a backup, a document, a
// calendar change, the full integrity check): what each is doing, how far
// it is, and its cancellation. The screen names the job (its id travels with the command that starts
// it) and polls `job.status` while that command runs; finished jobs are remembered a while so the last
// poll still finds how they ended.
import { randomUUID } from 'node:crypto';
import type { JobStatusView } from '../../shared/api/job-schemas';
import { type JobGate, cancelGate, createJobGate, isWriting } from '../workers/job-gate';
import { WorkerCancelledError } from '../workers/run-task';
import type { WorkerProgress } from '../workers/worker-tasks';
import { rejected } from './errors';

export interface JobControls {
  /** Aborted on cancel: runInWorker then stops the worker. */
  signal: AbortSignal;
  /** Passed to a worker that writes the ledger: it may write only once it wins the gate. */
  gate: JobGate;
  onProgress(progress: WorkerProgress): void;
}

export interface JobSpec {
  /** The first words the screen shows ("Đang đọc tệp"). */
  label: string;
  /** The answer of the command once cancelled ("Đã hủy: chưa ghi gì vào sổ."). */
  cancelled: string;
  /** False for a job stopped only by finishing (a backup, a calendar change written in one transaction). Default true. */
  cancellable?: boolean;
}

export interface Jobs {
  /** Runs `work` as the job `jobId` (a fresh id when the screen sent none). */
  run<T>(jobId: string | undefined, spec: JobSpec, work: (controls: JobControls) => Promise<T>): Promise<T>;
  status(jobId: string): JobStatusView;
  cancel(jobId: string): { cancelled: boolean; message: string };
}

interface Job {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  cancellable: boolean;
  progress: WorkerProgress;
  gate: JobGate;
  abort: AbortController;
  endedAt: number | null;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;
const MAX_FINISHED = 20;

export function createJobs(clock: () => number = Date.now): Jobs {
  const jobs = new Map<string, Job>();
  const prune = () => {
    const finished = [...jobs].filter(([, job]) => job.endedAt !== null);
    for (const [id, job] of finished) if (clock() - (job.endedAt ?? 0) > KEEP_FINISHED_MS) jobs.delete(id);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED))) jobs.delete(id);
  };
  return {
    async run(jobId, spec, work) {
      const id = jobId ?? randomUUID();
      if (jobs.get(id)?.state === 'running') throw rejected('Công việc này đang chạy.');
      prune();
      const job: Job = { state: 'running', cancellable: spec.cancellable ?? true, progress: { label: spec.label, done: 0, total: 0 }, gate: createJobGate(), abort: new AbortController(), endedAt: null };
      jobs.set(id, job);
      try {
        const value = await work({ signal: job.abort.signal, gate: job.gate, onProgress: (progress) => (job.progress = progress) });
        job.state = 'done';
        return value;
      } catch (error) {
        job.state = error instanceof WorkerCancelledError || job.abort.signal.aborted ? 'cancelled' : 'failed';
        if (job.state === 'cancelled') throw rejected(spec.cancelled);
        throw error;
      } finally {
        job.endedAt = clock();
      }
    },
    status(jobId) {
      const job = jobs.get(jobId);
      if (!job) return { state: 'unknown', label: '', fraction: null, cancellable: false };
      const { label, done, total } = job.progress;
      const ended = { done: 'Đã xong.', failed: 'Không thực hiện được.', cancelled: 'Đã hủy.' } as const;
      return {
        state: job.state,
        label: job.state === 'running' ? label : ended[job.state],
        fraction: job.state === 'done' ? 1 : total > 0 ? Math.min(1, done / total) : null,
        cancellable: job.cancellable && job.state === 'running' && !isWriting(job.gate),
      };
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job || job.state !== 'running') return { cancelled: false, message: 'Không có công việc nào đang chạy để hủy.' };
      if (!job.cancellable) return { cancelled: false, message: 'Việc này không dừng giữa chừng được: chờ ít giây là xong.' };
      if (cancelGate(job.gate) === 'writing') {
        return { cancelled: false, message: 'Đã bắt đầu ghi vào sổ nên không hủy được nữa: việc ghi là một giao dịch trọn vẹn, chờ ít giây là xong.' };
      }
      job.abort.abort();
      return { cancelled: true, message: 'Đã hủy: chưa ghi gì.' };
    },
  };
}
