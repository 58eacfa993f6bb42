// A long job the screen follows: the command that starts it carries an id chosen here, and job.status is
// asked every POLL_MS while that command runs, so the progress bar (components/JobProgress) shows what
// is being done; "Hủy" asks job.cancel. One job at a time is shown (the ledger has one writer anyway).
import { create } from 'zustand';
import type { JobStatusView } from '../../shared/api/job-schemas';
import { ApiCallError, call, messageOf } from './client';

const POLL_MS = 200;

interface JobState {
  id: string | null;
  status: JobStatusView | null;
  /** False for a job that only ends by finishing (a backup, a calendar change): no "Hủy" is offered. */
  cancellable: boolean;
  /** The answer to "Hủy" when the job could not be stopped any more (it is writing). */
  note: string | null;
  cancel(): Promise<void>;
}

export const useJob = create<JobState>((set, get) => ({
  id: null,
  status: null,
  cancellable: true,
  note: null,
  async cancel() {
    const id = get().id;
    if (id === null) return;
    try {
      const answer = await call('job.cancel', { jobId: id });
      if (get().id === id) set({ note: answer.cancelled ? null : answer.message });
    } catch (error) {
      if (get().id === id) set({ note: messageOf(error) });
    }
  },
}));

/** The command that ran the job failed because the job was cancelled: nothing was written. */
export class JobCancelledError extends ApiCallError {}

async function poll(id: string): Promise<void> {
  while (useJob.getState().id === id) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    let status: JobStatusView;
    try {
      status = await call('job.status', { jobId: id });
    } catch {
      continue; // a missed poll only delays the bar; the command itself answers how the job ended
    }
    if (useJob.getState().id === id && status.state === 'running') useJob.setState({ status });
  }
}

/**
 * Runs `start` (the command, given the job's id) while showing its progress; `first` is shown until the
 * first answer. `cancellable: false` for a job that cannot be stopped half-way (no "Hủy").
 */
export async function runJob<T>(first: string, start: (jobId: string) => Promise<T>, options: { cancellable?: boolean } = {}): Promise<T> {
  const id = crypto.randomUUID();
  const cancellable = options.cancellable ?? true;
  useJob.setState({ id, status: { state: 'running', label: first, fraction: null, cancellable }, cancellable, note: null });
  void poll(id);
  try {
    return await start(id);
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    const ended = await call('job.status', { jobId: id }).catch(() => null);
    throw ended?.state === 'cancelled' ? new JobCancelledError({ code: error.code, message: error.message }) : error;
  } finally {
    if (useJob.getState().id === id) useJob.setState({ id: null, status: null, note: null });
  }
}
