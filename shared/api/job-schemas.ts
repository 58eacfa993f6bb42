// Long jobs (an import, a package import or export) the screen follows and may cancel: the screen picks
// the job's id, sends it with the command that starts the job, and asks `job.status` while that command
// runs; `job.cancel` stops it while it is still reading and checking (never once it writes).
import { z } from 'zod';

export const jobId = z
  .string('Mã công việc phải là chữ.')
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Mã công việc không hợp lệ.');

/** The optional field a job-starting command carries. */
export const withJobId = { jobId: jobId.optional() };

export const jobInput = z.strictObject({ jobId });

export const jobStatusView = z.object({
  /** `unknown`: no job of that id (not started yet, or long finished). */
  state: z.enum(['unknown', 'running', 'done', 'failed', 'cancelled']),
  /** What is being done, in Vietnamese ("Đang kiểm tra dòng 12.000/100.000"). */
  label: z.string(),
  /** Progress from 0 to 1; null while the amount of work is not known. */
  fraction: z.number().min(0).max(1).nullable(),
  /** Whether `job.cancel` can still stop it (false once it writes). */
  cancellable: z.boolean(),
});

export const jobCancelView = z.object({ cancelled: z.boolean(), message: z.string() });

export const JOB_COMMANDS = {
  'job.status': { input: jobInput, output: jobStatusView },
  'job.cancel': { input: jobInput, output: jobCancelView },
} as const;

export type JobStatusView = z.infer<typeof jobStatusView>;
