// The USB handoff's commands (electron/handoff): export, import with its dry run, conflicts, and the
// receiving office's dashboard.
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { exportHandlers } from '../handoff/export-handlers';
import { importHandlers } from '../handoff/import-handlers';
import { officeHandlers } from '../handoff/office-handlers';

type HandoffCommand = Extract<keyof Handlers, `handoff.${string}`>;

export function handoffHandlers(ctx: ApiContext): Pick<Handlers, HandoffCommand> {
  return { ...exportHandlers(ctx), ...importHandlers(ctx), ...officeHandlers(ctx) };
}
