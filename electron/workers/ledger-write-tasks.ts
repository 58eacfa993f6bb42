// The worker's ledger writes (an import of a ledger file, a handoff package, a rules update, a change of the
// office's calendar with the due dates it moves): each reads
// and checks first — telling the screen how far it is — then, only if the job was not cancelled
// meanwhile (job-gate), writes in one transaction over the worker's own connection. The answering
// thread refuses every other write while one runs (api/ledger-writer), so this is the one writer.
import { formatIntVi } from '../../shared/format/vi-number';
import { importPackage, importRulesUpdate } from '../handoff';
import { openLedger } from '../ledger';
import { changeCalendar } from '../services/calendar-service';
import { applyImport } from '../services/import-apply';
import { planImport } from '../services/import-plan';
import { type LedgerSession, sessionOver } from '../services/ledger-session';
import { enterWriting } from './job-gate';
import { WorkerCancelledError } from './run-task';
import type { WorkerProgress, WorkerResults, WorkerTask } from './worker-tasks';

/** Longer than the desk's wait: a background read-write of the answering thread (a checkpoint) may hold the lock a moment. */
const WRITE_WAIT_MS = 10_000;

type Report = (progress: WorkerProgress) => void;
type Task<K extends WorkerTask['kind']> = Extract<WorkerTask, { kind: K }>;

async function withWriter<T>(ledgerFile: string, actor: string, work: (session: LedgerSession) => Promise<T> | T): Promise<T> {
  const db = openLedger(ledgerFile, { mustExist: true, busyTimeoutMs: WRITE_WAIT_MS });
  try {
    return await work(sessionOver(db, ledgerFile, actor));
  } finally {
    db.close();
  }
}

/** Throws when the job was cancelled before its first write; from then on, cancelling is refused. */
function startWriting(task: { gate?: Int32Array }, report: Report, total: number): void {
  if (!enterWriting(task.gate)) throw new WorkerCancelledError();
  report({ label: 'Đang ghi vào sổ', done: 0, total });
}

export function importApply(task: Task<'import-apply'>, report: Report): Promise<WorkerResults['import-apply']> {
  return withWriter(task.ledgerFile, task.actor, async (session) => {
    const plan = await planImport(session, task.bytes, task.fileName, task.options, (label, done, total) => report({ label, done, total }));
    if (plan.problems.length > 0) return { kind: 'rejected', problems: plan.problems };
    const total = plan.items.filter((i) => i.action !== 'unchanged').length;
    startWriting(task, report, total);
    const outcome = applyImport(session, plan, {
      update: task.update,
      at: new Date(task.at),
      onProgress: (written) => report({ label: `Đang ghi vào sổ ${formatIntVi(written)}/${formatIntVi(total)} hồ sơ`, done: written, total }),
    });
    return { kind: 'written', outcome };
  });
}

export function handoffImport(task: Task<'handoff-import'>, report: Report): Promise<WorkerResults['handoff-import']> {
  return withWriter(task.ledgerFile, task.actor, (session) => {
    report({ label: 'Đang mở và kiểm tra gói', done: 0, total: 0 });
    const outcome = importPackage(session, task.bytes, {
      fileName: task.fileName,
      passphrase: task.passphrase,
      trustNewUnit: task.trustNewUnit,
      expected: task.expected,
      at: new Date(task.at),
      beforeWrite: () => startWriting(task, report, 0),
    });
    return { counts: outcome.counts, batchId: outcome.batchId };
  });
}

export function rulesImport(task: Task<'rules-import'>, report: Report): Promise<WorkerResults['rules-import']> {
  return withWriter(task.ledgerFile, task.actor, (session) => {
    report({ label: 'Đang mở và kiểm tra gói cập nhật quy định', done: 0, total: 0 });
    const outcome = importRulesUpdate(session, task.bytes, { fileName: task.fileName, at: new Date(task.at), expected: task.expected, beforeWrite: () => startWriting(task, report, 0) });
    return { writes: outcome.writes, plan: outcome.plan, ruleChanged: outcome.ruleChanged, moved: outcome.moved };
  });
}

/** A day off added or taken back and the due dates it moves, in one transaction (calendar-service); not cancellable. */
export function calendarChange(task: Task<'calendar-change'>, report: Report): Promise<WorkerResults['calendar-change']> {
  return withWriter(task.ledgerFile, task.actor, (session) => {
    startWriting(task, report, 0);
    return changeCalendar(session, task.change, {
      at: new Date(task.at),
      onProgress: (done, total) => report({ label: `Đang tính lại hạn trả của hồ sơ ${formatIntVi(done)}/${formatIntVi(total)}`, done, total }),
    });
  });
}
