// The start-up screen: what the check found, and its ways forward that need no file (recheck, confirm the
// clock, start a new ledger, acknowledge changes found missing). Restoring goes through the backup handlers.
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { startupViewOf } from '../presenters/startup';

type StartupHandlers = Pick<Handlers, 'startup.status' | 'startup.recheck' | 'startup.confirmClock' | 'startup.createNew' | 'startup.acknowledgeLosses'>;

export function startupHandlers(ctx: ApiContext): StartupHandlers {
  const view = () => startupViewOf(ctx.desk, ctx.appVersion);
  return {
    'startup.status': view,
    'startup.recheck': async () => {
      await ctx.desk.recheck();
      return view();
    },
    'startup.confirmClock': () => {
      ctx.desk.confirmClock();
      return view();
    },
    'startup.createNew': async () => {
      await ctx.desk.createNew();
      return view();
    },
    'startup.acknowledgeLosses': () => {
      ctx.desk.acknowledgeLosses();
      return view();
    },
  };
}
