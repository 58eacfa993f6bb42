// How far a long job is, and cancelling it (api/jobs).
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';

export function jobHandlers(ctx: ApiContext): Pick<Handlers, 'job.status' | 'job.cancel'> {
  return {
    'job.status': ({ jobId }) => ctx.jobs.status(jobId),
    'job.cancel': ({ jobId }) => ctx.jobs.cancel(jobId),
  };
}
