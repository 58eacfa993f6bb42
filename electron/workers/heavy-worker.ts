// The worker thread's entry (bundled to dist/electron/heavy-worker.cjs; run through tsx from the sources):
// runs the tasks it is sent, one at a time, each with its own connection to the ledger file, and posts
// the result or the error of each. It stays alive between tasks (run-task keeps a few idle ones).
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { formatIntVi } from '../../shared/format/vi-number';
import { nativeBindingBeside, openDatabase, useNativeBinding } from '../ledger/database';
import {
  HandoffError,
  PackageRefusedError,
  consolidatePeriod,
  exportFullPackage,
  exportReportPackage,
  previewPackageImport,
  renderConsolidated,
  restoreFromPackage,
  summariseFullPackage,
} from '../handoff';
import { LedgerFileError } from '../import';
import { LedgerError } from '../ledger';
import { runDailyBackup, takeBackup } from '../reliability/auto-backup';
import { ReliabilityError } from '../reliability/errors';
import { runStartupWork } from '../reliability/startup';
import { checkBackupFile } from '../reliability/backup-check';
import { probeLedgerFile } from '../reliability/ledger-probe';
import { copyLedgerInto } from '../reliability/restore-work';
import { BackupError, backupLedger } from '../services/backup-service';
import { FormError } from '../services/forms-service';
import { PeriodError } from '../services/report-service';
import { planImport } from '../services/import-plan';
import { sessionOver } from '../services/ledger-session';
import { documentBytes, ledgerBookPrintPage, saveDocument } from './document-tasks';
import { calendarChange, handoffImport, importApply, rulesImport } from './ledger-write-tasks';
import { withConnection } from './worker-connection';
import type { WorkerMessage, WorkerProgress, WorkerTask } from './worker-tasks';

// Installed, this file is inside app.asar: better-sqlite3's native module is the one unpacked beside the
// archive, named here rather than found through Electron's archive support in worker threads.
useNativeBinding(nativeBindingBeside(fileURLToPath(import.meta.url)));

const BUSY_TIMEOUT_MS = 10_000;
/** Errors whose Vietnamese message is the answer to show (as api/dispatch treats them). */
const USER_FACING = [LedgerError, LedgerFileError, BackupError, ReliabilityError, PeriodError, HandoffError, PackageRefusedError, FormError];
const INTEGRITY_LINES = 20;

const backupProgress = (label: string, done: number, total: number) => progress({ label, done, total });

function isDamage(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

async function run(task: WorkerTask): Promise<unknown> {
  switch (task.kind) {
    case 'daily-backup':
      return withConnection(task.ledgerFile, (db) => runDailyBackup(db, task.ledgerFile, { config: task.config, now: task.now, onProgress: backupProgress }));
    case 'backup':
      // Before a restore the ledger is closed at the desk: nothing else holds its -wal.
      return withConnection(task.ledgerFile, (db) => takeBackup(db, task.ledgerFile, task.reason, { config: task.config, now: task.now, onProgress: backupProgress }), task.reason === 'before-restore');
    case 'backup-to':
      return withConnection(task.ledgerFile, (db) => backupLedger(db, task.target, backupProgress));
    case 'probe':
      return probeLedgerFile(task.file, task.options);
    case 'copy-ledger':
      return copyLedgerInto(task.from, task.target).then(() => null);
    case 'integrity-check':
      return withConnection(task.ledgerFile, (db) => {
        const pages = db.pragma('page_count', { simple: true }) as number;
        const megabytes = (pages * (db.pragma('page_size', { simple: true }) as number)) / 1_048_576;
        // SQLite's check says nothing until it ends: the screen shows what it checks, without a fraction.
        progress({ label: `Đang kiểm tra toàn vẹn đầy đủ ${formatIntVi(pages)} trang của sổ (khoảng ${formatIntVi(Math.ceil(megabytes))} MB)`, done: 0, total: 0 });
        const started = performance.now();
        let lines: string[];
        try {
          lines = (db.pragma(`integrity_check(${INTEGRITY_LINES})`) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '');
        } catch (error) {
          // SQLite stops the check itself on some damage (a page that is not a b-tree page at all).
          if (!isDamage(error)) throw error;
          lines = [error instanceof Error ? error.message : String(error)];
        }
        const ok = lines.length === 1 && lines[0] === 'ok';
        return { ok, detail: ok ? [] : lines, ms: performance.now() - started };
      });
    case 'backup-check':
      return checkBackupFile(task.file);
    case 'ledger-csv':
    case 'report-document':
    case 'ledger-book':
    case 'dossier-form':
      return documentBytes(task, progress);
    case 'ledger-book-print':
      return ledgerBookPrintPage(task, progress);
    case 'save-document':
      return saveDocument(task, progress);
    case 'calendar-change':
      return calendarChange(task, progress);
    case 'import-plan':
      return withConnection(task.ledgerFile, (db) => planImport(sessionOver(db, task.ledgerFile, 'nhập sổ'), task.bytes, task.fileName, task.options ?? {}, (label, done, total) => progress({ label, done, total })));
    case 'handoff-export': {
      // Read-write only for the unit key's transaction (BEGIN IMMEDIATE), which finds the key and writes nothing.
      const db = openDatabase(task.ledgerFile, { fileMustExist: true });
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      try {
        const session = sessionOver(db, task.ledgerFile, task.actor);
        const at = new Date(task.at);
        if (task.package.kind === 'full') return exportFullPackage(session, { out: task.out, passphrase: task.package.passphrase, at });
        return await exportReportPackage(session, { out: task.out, period: task.package.period, at });
      } finally {
        db.close();
      }
    }
    case 'import-apply':
      return importApply(task, progress);
    case 'handoff-preview':
      return withConnection(task.ledgerFile, (db) => {
        progress({ label: 'Đang mở và kiểm tra gói', done: 0, total: 0 });
        try {
          const options = { fileName: task.fileName, passphrase: task.passphrase, trustNewUnit: task.trustNewUnit };
          return { kind: 'preview', preview: previewPackageImport(sessionOver(db, task.ledgerFile, 'xem trước'), task.bytes, options) };
        } catch (error) {
          // A refused package is an answer (the screen says why), not a failure of the job.
          if (error instanceof PackageRefusedError) return { kind: 'refused', reason: error.reason, message: error.message };
          throw error;
        }
      });
    case 'handoff-import':
      return handoffImport(task, progress);
    case 'package-summary':
      progress({ label: 'Đang kiểm tra và giải mã bản sao lưu', done: 0, total: 0 });
      try {
        return { kind: 'summary', summary: summariseFullPackage(task.bytes, task.passphrase) };
      } catch (error) {
        // A refused package is an answer (the screen says why and marks the passphrase when it is that).
        if (error instanceof PackageRefusedError) return { kind: 'refused', reason: error.reason, message: error.message };
        throw error;
      }
    case 'package-rebuild':
      return restoreFromPackage(task.bytes, {
        target: task.target,
        passphrase: task.passphrase,
        actor: task.actor,
        at: new Date(task.at),
        onProgress: (label, done, total) => progress({ label, done, total }),
      });
    case 'rules-import':
      return rulesImport(task, progress);
    case 'consolidated-document':
      return withConnection(task.ledgerFile, (db) => {
        const session = sessionOver(db, task.ledgerFile, 'tổng hợp');
        const consolidated = consolidatePeriod(session, task.periodKey);
        return consolidated && renderConsolidated(session, consolidated, task.format, task.issuedOn);
      });
    case 'startup-work':
      return runStartupWork(task, (label, done, total) => progress({ label, done, total }));
  }
}

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function progress(value: WorkerProgress): void {
  post({ type: 'progress', progress: value });
}

// Every module above has loaded: from here on an error is a task's, not a failed start.
post({ type: 'ready' });

parentPort?.on('message', (task: WorkerTask) => {
  run(task).then(
    (value) => post({ type: 'result', value }),
    (error: unknown) => {
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
      post({
        type: 'error',
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
        code,
        userFacing: USER_FACING.some((kind) => error instanceof kind),
      });
    },
  );
});
