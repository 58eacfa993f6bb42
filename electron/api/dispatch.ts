// The one entry point both hosts call: look the command up in the contract, validate the payload (an
// invalid one is refused before anything runs), run the handler, check its answer against the output
// schema, and turn every failure into a Vietnamese error. Commands run one at a time, in order, so a
// restore or an import never interleaves with another change.
import type { z } from 'zod';
import type { ApiResult } from '../../shared/api/common';
import { API_CONTRACT, type CommandName, type CommandOutput, type ParsedInput, isCommandName } from '../../shared/api/contract';
import { LedgerError, sqliteCodeOf, sqliteErrorText } from '../ledger';
import { LedgerFileError } from '../import';
import { BackupError } from '../services/backup-service';
import { DeadlineRequestError } from '../services/deadline-service';
import { ImportRejectedError } from '../services/import-apply';
import { PeriodError } from '../services/report-service';
import { FormError } from '../services/forms-service';
import { SignoffError } from '../services/signoff-service';
import { SecurityError } from '../security/errors';
import { ReliabilityError } from '../reliability/errors';
import { WorkerStartError } from '../workers/run-task';
import { ApiError } from './errors';
import { validate } from './validate';

export type Handler<C extends CommandName> = (input: ParsedInput<C>) => CommandOutput<C> | Promise<CommandOutput<C>>;
export type Handlers = { [C in CommandName]: Handler<C> };

export type Dispatch = (command: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * Commands that read what they need when their turn comes, then wait for something else — a worker (a
 * backup, a report document), PowerShell listing the USB drives, a native dialog the person answers:
 * the commands after them run meanwhile, so the screen never waits for those.
 */
export const OFF_QUEUE_COMMANDS: ReadonlySet<string> = new Set([
  'backup.now', 'backup.create', 'backup.checkIntegrity', 'handoff.drives', 'host.saveFile',
  // Documents made in a worker: their bytes, or saved where the save dialog says (api/documents).
  'report.export', 'dossier.exportCsv', 'forms.ledgerBook', 'forms.render', 'document.save',
  // A dialog the person answers: the print dialog, the native open dialogs.
  'forms.print', 'import.chooseFile', 'handoff.choosePackageFile', 'handoff.chooseFolder',
  // Jobs in a worker that the screen follows with job.status; the writes among them are the one writer
  // while they run (api/ledger-writer answers every other write "busy").
  'import.plan', 'import.planForeign', 'import.apply', 'handoff.preview', 'handoff.import', 'rules.import', 'handoff.export', 'handoff.exportConsolidated',
  'calendar.addEdit', 'calendar.removeEdit', 'job.status', 'job.cancel',
  // An encrypted backup: its dialog, then decrypted and rebuilt in a worker the screen follows.
  'backup.choosePackageFile', 'backup.previewPackage', 'backup.restorePackage', 'backup.chooseFile',
]);

/**
 * Commands answered from what the host holds in memory, without waiting for the commands before them:
 * the start-up screen asks how the opening goes while every other command waits for the ledger (the
 * first start after an upgrade works in the worker for minutes on a large ledger).
 */
export const UNQUEUED_COMMANDS: ReadonlySet<string> = new Set(['startup.status']);

const USER_ERRORS = [LedgerError, LedgerFileError, BackupError, DeadlineRequestError, ImportRejectedError, PeriodError, FormError, SignoffError, SecurityError, ReliabilityError];

function failure(error: unknown, onInternalError: (e: unknown) => void, ledgerFile: string | undefined): ApiResult<never> {
  if (error instanceof ApiError) {
    const { code, message, details, inputField } = error;
    return { ok: false, error: { code, message, ...(details ? { details } : {}), ...(inputField ? { inputField } : {}) } };
  }
  // Said to the officer in Vietnamese, and logged: a worker that cannot start is a damaged installation.
  if (error instanceof WorkerStartError) onInternalError(error);
  if (USER_ERRORS.some((cls) => error instanceof cls)) {
    const details = error instanceof ImportRejectedError ? error.problems.slice(0, 50).map((p) => `Dòng ${p.line}, cột "${p.column}": ${p.reason}`) : undefined;
    const inputField = error instanceof LedgerError ? error.inputField : undefined;
    return { ok: false, error: { code: 'rejected', message: (error as Error).message, ...(details ? { details } : {}), ...(inputField ? { inputField } : {}) } };
  }
  const sqliteText = sqliteErrorText(error, ledgerFile);
  if (sqliteText !== null) {
    // SQLite's own words (English, with a stack) never reach the officer.
    const busy = /^SQLITE_(BUSY|LOCKED)/.test(sqliteCodeOf(error) ?? '');
    if (!busy) onInternalError(error);
    return { ok: false, error: { code: busy ? 'busy' : 'rejected', message: sqliteText } };
  }
  onInternalError(error);
  const why = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Lỗi không mong đợi, chưa ghi gì vào sổ: ${why}` } };
}

/** `ledgerFile`: where the ledger lies, so that an I/O error on a full or read-only disk is said to be one. */
export function createDispatcher(handlers: Handlers, onInternalError: (e: unknown) => void = (e) => console.error(e), ledgerFile?: string): Dispatch {
  let queue: Promise<unknown> = Promise.resolve();

  async function run(command: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!isCommandName(command)) {
      return { ok: false, error: { code: 'unknown_command', message: `Không có lệnh "${String(command).slice(0, 80)}" trong ứng dụng.` } };
    }
    const spec: { input: z.ZodType; output: z.ZodType } = API_CONTRACT[command];
    const parsed = validate(spec.input, input);
    if (!parsed.ok) {
      return {
        ok: false,
        error: {
          code: 'invalid',
          message: `Dữ liệu gửi lên không hợp lệ, chưa thực hiện gì: ${parsed.problems.join('; ')}`,
          details: parsed.problems,
          ...(parsed.inputField === undefined ? {} : { inputField: parsed.inputField }),
        },
      };
    }
    try {
      const handler = handlers[command] as (i: unknown) => unknown;
      const output = await handler(parsed.data);
      const checked = validate(spec.output, output);
      if (!checked.ok) throw new Error(`câu trả lời của lệnh ${command} sai khuôn dạng (${checked.problems.join('; ')})`);
      return { ok: true, value: checked.data };
    } catch (error) {
      return failure(error, onInternalError, ledgerFile);
    }
  }

  return (command, input) => {
    if (UNQUEUED_COMMANDS.has(command)) return run(command, input);
    const start = queue;
    const next = start.then(() => run(command, input));
    // A command whose heavy part runs in a worker starts in its turn but does not hold the ones after it.
    queue = OFF_QUEUE_COMMANDS.has(command) ? start : next.catch(() => undefined);
    return next;
  };
}
