// The heavy jobs that run in a worker thread, never on the thread that answers the screen: what each is
// given (plain data, copied to the worker) and what it gives back. The worker opens its own connection
// to the ledger file; the answering thread keeps the one writer.
import type { ReportPeriod } from '../../shared/periods/period';
import type { DayNumber } from '../../shared/time/day';
import type { ConsolidatedFormat, ExportOutcome, FullPackageSummary, MergeCounts, PackagePreview, RefusalReason, RestoreOutcome as PackageRestoreOutcome, RulesUpdatePreview } from '../handoff';
import type { ImportProblem } from '../import';
import type { ImportOutcome } from '../services/import-apply';
import type { DossierListFilter } from '../ledger';
import type { BackupRun } from '../reliability/auto-backup';
import type { ImportPlan, PlanOptions } from '../services/import-plan';
import type { BackupConfig } from '../reliability/backup-config';
import type { BackupReason } from '../reliability/backup-files';
import type { BackupCheck } from '../reliability/backup-check';
import type { LedgerProbe, ProbeOptions } from '../reliability/ledger-probe';
import type { BackupResult } from '../services/backup-service';
import type { CalendarChange, CalendarChangeResult } from '../services/calendar-service';
import type { DossierForm } from '../services/dossier-forms';
import type { PrintableDocument } from '../documents/html/doc-html';
import type { StartupWork } from '../reliability/startup';

export type WorkerTask =
  /** The daily backup into each folder that has none today (runDailyBackup). */
  | { kind: 'daily-backup'; ledgerFile: string; config: BackupConfig; now: number }
  /** One backup into every configured folder (takeBackup), e.g. "Sao lưu ngay". */
  | { kind: 'backup'; ledgerFile: string; reason: BackupReason; config: BackupConfig; now: number }
  /** One verified copy of the ledger at `target` (backup.create: where the person chose, or a temporary file the web host sends). */
  | { kind: 'backup-to'; ledgerFile: string; target: string }
  /** The full integrity_check of the ledger (every page and index), too slow for start-up. */
  | { kind: 'integrity-check'; ledgerFile: string }
  /** What a ledger file is and whether it is intact (reliability/ledger-probe), e.g. the current ledger before a restore. */
  | { kind: 'probe'; file: string; options: ProbeOptions }
  /** A backup copied into `target` (an empty file for the user only): the copy a restore puts in place of the ledger. */
  | { kind: 'copy-ledger'; from: string; target: string }
  /** The full check of a backup file (or the ledger) before a restore or on demand (reliability/backup-check). */
  | { kind: 'backup-check'; file: string }
  /** The ledger view as CSV (dossier.exportCsv): every dossier the filter selects, read in full. */
  | { kind: 'ledger-csv'; ledgerFile: string; filter: DossierListFilter; today: DayNumber }
  /** Reading and checking every row of a ledger file to import (the dry run, and again before writing). */
  | { kind: 'import-plan'; ledgerFile: string; bytes: Uint8Array; fileName: string; options?: PlanOptions }
  /**
   * A USB package written to `out` (handoff.export): the full package, encrypted with the passphrase, or
   * the report package of a period with its PDF. The unit key already exists (made on the answering
   * thread), so the worker's connection only reads.
   */
  | { kind: 'handoff-export'; ledgerFile: string; actor: string; at: number; out: string; package: { kind: 'full'; passphrase: string } | { kind: 'report'; period: ReportPeriod } }
  /**
   * The writes (workers/ledger-write-tasks): a ledger file imported (read and checked again, then
   * written), a handoff package, a rules update. `gate` (job-gate): cancelled before writing, nothing is.
   */
  | { kind: 'import-apply'; ledgerFile: string; actor: string; bytes: Uint8Array; fileName: string; options: PlanOptions; update: boolean; at: number; gate?: Int32Array }
  /** The dry run of a handoff package over a read-only connection: what importing it would do, or why it is refused. */
  | { kind: 'handoff-preview'; ledgerFile: string; bytes: Uint8Array; fileName: string; passphrase: string | null; trustNewUnit: boolean }
  | { kind: 'handoff-import'; ledgerFile: string; actor: string; bytes: Uint8Array; fileName: string; passphrase: string | null; trustNewUnit: boolean; expected: MergeCounts; at: number; gate?: Int32Array }
  | { kind: 'rules-import'; ledgerFile: string; actor: string; bytes: Uint8Array; fileName: string; expected: string; at: number; gate?: Int32Array }
  /**
   * An encrypted backup (a full package) about to be restored: verified, decrypted with the passphrase and
   * summed up for the screen; a refused package is an answer (its reason and Vietnamese message).
   */
  | { kind: 'package-summary'; bytes: Uint8Array; passphrase: string }
  /**
   * The same package rebuilt as a new ledger file at `target` (beside the ledger, a name the start-up
   * sweep removes if the process dies), which the desk then restores from like any backup.
   */
  | { kind: 'package-rebuild'; bytes: Uint8Array; passphrase: string; target: string; actor: string; at: number }
  /** The receiving office's Biểu 06 of a period (every unit's report and their sum) as a document; null when no unit sent one. */
  | { kind: 'consolidated-document'; ledgerFile: string; periodKey: string; format: ConsolidatedFormat; issuedOn: DayNumber }
  /**
   * The long part of a first start after an upgrade (reliability/startup runStartupWork): the backup
   * before it, the migrations, the due dates a new calendar moves; before the desk opens its connection.
   */
  | { kind: 'startup-work'; ledgerFile: string; now: number; appVersion: string; actor: string; config: BackupConfig; upgrade: boolean }
  /** A report document: the period's figures compiled and the document rendered, both in the worker. */
  | { kind: 'report-document'; ledgerFile: string; period: ReportPeriod; format: 'pdf' | 'xlsx' | 'docx'; issuedOn: DayNumber; now?: number; includePersonalData: boolean }
  /** Sổ theo dõi hồ sơ (Mẫu 07) of the dossiers received in [from, to], as a PDF (up to a year of dossiers). */
  | { kind: 'ledger-book'; ledgerFile: string; from: DayNumber; to: DayNumber; volume: string; today: DayNumber }
  /** The same book as the HTML page the desktop app prints. */
  | { kind: 'ledger-book-print'; ledgerFile: string; from: DayNumber; to: DayNumber; volume: string; today: DayNumber }
  /** A dossier's form (Mẫu 01, 02, 04) as a PDF. */
  | { kind: 'dossier-form'; ledgerFile: string; id: string; form: DossierForm }
  /**
   * A document made as above, written to `out` (a path the native save dialog gave) instead of coming
   * back: a large export never travels through the answering thread. `gate`: cancelled before writing, nothing is.
   */
  | { kind: 'save-document'; out: string; document: DocumentTask; gate?: Int32Array }
  /** A day off added or taken back, and the due dates it moves (calendar-service), written by the worker as the one writer. */
  | { kind: 'calendar-change'; ledgerFile: string; actor: string; change: CalendarChange; at: number; gate?: Int32Array };

/** The tasks that make a document's bytes (saved to a path by 'save-document'). */
export type DocumentTask = Extract<WorkerTask, { kind: 'ledger-csv' | 'report-document' | 'ledger-book' | 'dossier-form' }>;

export interface IntegrityOutcome {
  ok: boolean;
  /** What SQLite said when not ok (the first lines). */
  detail: string[];
  ms: number;
}

export interface WorkerResults {
  'daily-backup': BackupRun | null;
  backup: BackupRun;
  'integrity-check': IntegrityOutcome;
  'backup-check': BackupCheck;
  'report-document': Uint8Array;
  'ledger-csv': Uint8Array;
  'import-plan': ImportPlan;
  'handoff-export': ExportOutcome;
  'import-apply': { kind: 'rejected'; problems: ImportProblem[] } | { kind: 'written'; outcome: ImportOutcome };
  'handoff-preview': { kind: 'preview'; preview: PackagePreview } | { kind: 'refused'; reason: RefusalReason; message: string };
  'handoff-import': { counts: MergeCounts; batchId: number | null };
  'package-summary': { kind: 'summary'; summary: FullPackageSummary } | { kind: 'refused'; reason: RefusalReason; message: string };
  'package-rebuild': PackageRestoreOutcome;
  'consolidated-document': Uint8Array | null;
  'rules-import': Pick<RulesUpdatePreview, 'writes' | 'plan' | 'ruleChanged' | 'moved'>;
  'backup-to': BackupResult;
  probe: LedgerProbe;
  'copy-ledger': null;
  'ledger-book': Uint8Array;
  'ledger-book-print': PrintableDocument;
  'dossier-form': Uint8Array;
  'save-document': { path: string; bytes: number };
  'calendar-change': CalendarChangeResult;
  'startup-work': StartupWork;
}

export interface WorkerProgress {
  /** Vietnamese: what is being done. */
  label: string;
  done: number;
  total: number;
}

/** Messages from the worker to the answering thread. */
export type WorkerMessage =
  /** Sent once, when the worker's code has loaded (before that, an error is a failed start). */
  | { type: 'ready' }
  | { type: 'progress'; progress: WorkerProgress }
  | { type: 'result'; value: unknown }
  /** `userFacing`: one of the app's Vietnamese refusals (a file that cannot be read …), not a fault. */
  | { type: 'error'; name: string; message: string; code: string | null; userFacing: boolean };
