// The job registry's one rule: cancel wins until the worker starts writing, then cancelling is refused
// and the job runs to its end (job-gate is the shared word both threads decide on).
import { describe, expect, it } from 'vitest';
import { createJobs } from '../../electron/api/jobs';
import { enterWriting } from '../../electron/workers/job-gate';
import { WorkerCancelledError } from '../../electron/workers/run-task';

const ID = '0b6f1b5e-3c1d-4c53-9a55-6f3f0c1a2b3c';

describe('the job registry', () => {
  it('refuses to cancel once writing started; the job then ends done', async () => {
    const jobs = createJobs();
    let finish = () => {};
    const running = jobs.run(ID, { label: 'Đang đọc tệp', cancelled: 'Đã hủy.' }, async ({ gate, onProgress }) => {
      onProgress({ label: 'Đang kiểm tra dòng 500/1.000', done: 500, total: 1000 });
      expect(jobs.status(ID)).toEqual({ state: 'running', label: 'Đang kiểm tra dòng 500/1.000', fraction: 0.5, cancellable: true });
      expect(enterWriting(gate)).toBe(true);
      await new Promise<void>((resolve) => (finish = resolve));
      return 'written';
    });
    expect(jobs.status(ID).cancellable).toBe(false);
    expect(jobs.cancel(ID)).toMatchObject({ cancelled: false, message: expect.stringContaining('không hủy được nữa') });
    finish();
    await expect(running).resolves.toBe('written');
    expect(jobs.status(ID)).toMatchObject({ state: 'done', fraction: 1 });
  });

  it('a cancel before writing aborts the job, and the worker loses the gate', async () => {
    const jobs = createJobs();
    let wrote: boolean | null = null;
    const running = jobs.run(ID, { label: 'Đang đọc tệp', cancelled: 'Đã hủy nhập: chưa ghi gì vào sổ.' }, ({ gate, signal }) =>
      new Promise((_, reject) =>
        signal.addEventListener('abort', () => {
          wrote = enterWriting(gate);
          reject(new WorkerCancelledError());
        }),
      ),
    );
    expect(jobs.cancel(ID)).toEqual({ cancelled: true, message: 'Đã hủy: chưa ghi gì.' });
    await expect(running).rejects.toThrow('Đã hủy nhập: chưa ghi gì vào sổ.');
    expect(wrote).toBe(false);
    expect(jobs.status(ID).state).toBe('cancelled');
    expect(jobs.status('7d0e4c4a-0000-4000-8000-000000000000').state).toBe('unknown');
  });
});
