// What every command goes through before its handler: the ledger must have finished opening (or be
// blocked, with its diagnosis; the start-up status also answers while an upgrade runs), and commands
// that log dossiers wait while the computer's clock is earlier than the ledger's latest entry until the
// desk fixes or confirms it.
import { LOGGING_COMMANDS } from '../../shared/api/command-groups';
import type { CommandName } from '../../shared/api/contract';
import type { DeskLedger } from '../desk/desk-ledger';
import type { Handlers } from './dispatch';
import { rejected } from './errors';


/**
 * Commands the start-up screen asks while the first start after an upgrade works in the worker: they
 * answer at once with what is being done instead of waiting for it.
 */
export const ANSWERED_WHILE_UPGRADING: ReadonlySet<CommandName> = new Set<CommandName>(['startup.status']);

/**
 * Commands answered from the host's memory, never from the ledger: how a job goes is asked while that job
 * restores the ledger (the file is being replaced: every other command waits for it).
 */
export const ANSWERED_FROM_MEMORY: ReadonlySet<CommandName> = new Set<CommandName>(['job.status', 'job.cancel']);

type AnyHandler = (input: unknown) => unknown;

export function guardHandlers(handlers: Handlers, desk: DeskLedger): Handlers {
  const guarded: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[CommandName, AnyHandler]>) {
    const logs = LOGGING_COMMANDS.has(name);
    const waitFor = ANSWERED_WHILE_UPGRADING.has(name) ? () => desk.answerable() : () => desk.settled();
    const fromMemory = ANSWERED_FROM_MEMORY.has(name);
    guarded[name] = async (input) => {
      if (fromMemory) return handler(input);
      await waitFor();
      const refusal = logs ? desk.loggingRefusal() : null;
      if (refusal !== null) throw rejected(refusal);
      return handler(input);
    };
  }
  return guarded as unknown as Handlers;
}
