// One ledger writer at a time while a worker writes it (an import, a package, a rules update, a change of
// the calendar with the due dates it moves): those
// commands no longer hold the API queue (the screen keeps reading and polling their progress), so every
// other command that may change the ledger is answered "busy" until the worker is done — at once, never
// after a wait. Reads keep answering; a command not listed as a read counts as a write.
import type { CommandName } from '../../shared/api/contract';
import type { Handlers } from './dispatch';
import { ApiError } from './errors';

/** Commands whose writing is done by a worker (api/dispatch.ts runs them off the queue). */
export const WORKER_WRITE_COMMANDS: ReadonlySet<string> = new Set(['import.apply', 'handoff.import', 'rules.import', 'calendar.addEdit', 'calendar.removeEdit', 'backup.restorePackage']);

/** Commands that never change the ledger on this thread. */
export const READ_COMMANDS: ReadonlySet<string> = new Set([
  'app.info', 'settings.get', 'catalogue.list', 'catalogue.usage', 'catalogue.documents', 'deadline.preview',
  'dossier.get', 'dossier.list', 'dossier.count', 'dossier.exportCsv', 'forms.render', 'forms.ledgerBook', 'alerts.board',
  'daily.lists', 'daily.exportCsv', 'citizen.lookup', 'report.compile', 'report.cell', 'report.export', 'report.narrative',
  'calendar.year', 'import.chooseFile', 'import.plan', 'import.planForeign', 'import.profiles', 'backup.create', 'backup.settings', 'backup.now',
  'host.saveFile', 'host.openExternal', 'handoff.identity', 'handoff.drives', 'handoff.chooseFolder',
  'handoff.choosePackageFile', 'handoff.preview', 'handoff.conflicts', 'handoff.units', 'handoff.periodStatus',
  'handoff.consolidated', 'handoff.exportConsolidated', 'handoff.export', 'rules.senders', 'rules.preview',
  'startup.status', 'operators.list', 'job.status', 'job.cancel', 'forms.print', 'host.printers', 'host.choosePrinter',
  'document.save', 'backup.checkIntegrity', 'backup.choosePackageFile', 'backup.chooseFile', 'backup.previewPackage',
]);

const BUSY_MESSAGES: Record<string, string> = {
  'import.apply': 'đang nhập dữ liệu từ tệp vào sổ',
  'handoff.import': 'đang nhập gói bàn giao vào sổ',
  'rules.import': 'đang nhập bản cập nhật quy định vào sổ',
  'calendar.addEdit': 'đang tính lại hạn trả theo lịch làm việc vừa sửa',
  'calendar.removeEdit': 'đang tính lại hạn trả theo lịch làm việc vừa sửa',
  'backup.restorePackage': 'đang khôi phục sổ từ bản sao lưu mã hóa',
};

export function busyText(writer: string): string {
  return `Sổ đang bận (${BUSY_MESSAGES[writer] ?? 'đang ghi dữ liệu'}): lần này chưa ghi gì, hãy thử lại khi việc đó xong (thường chỉ vài giây).`;
}

type AnyHandler = (input: unknown) => unknown;

/**
 * The outermost wrapper of every handler. It decides when the dispatcher calls the handler (in the
 * command's turn, before any await), so a write queued after an import is refused, never interleaved.
 */
export function guardLedgerWriter(handlers: Handlers): Handlers {
  let writer: string | null = null;
  const guarded: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[CommandName, AnyHandler]>) {
    const reads = READ_COMMANDS.has(name);
    const worker = WORKER_WRITE_COMMANDS.has(name);
    guarded[name] = async (input) => {
      if (!reads && writer !== null) throw new ApiError('busy', busyText(writer));
      if (!worker) return handler(input);
      writer = name;
      try {
        return await handler(input);
      } finally {
        writer = null;
      }
    };
  }
  return guarded as unknown as Handlers;
}
