// Restoring the ledger from a backup. The backup is checked before anything is touched; the current
// ledger is backed up (when it can still be read) and then kept, renamed aside, never deleted; the
// restored copy is verified before it takes the ledger's name. A current ledger so damaged that its own
// backup fails the check (an index only the full check sees) is kept aside byte for byte instead, under a
// name that says it is damaged (`so.hong-<thời điểm>.db`), and the restore goes on: that is when it is needed.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { openDatabase } from '../ledger/database';
import { LATEST_SCHEMA_VERSION, openLedger } from '../ledger';
import { BackupFailedError, type BackupRun, takeRequiredBackup } from './auto-backup';
import { type BackupChecker, checkInProcess } from './backup-check';
import { restrictLedgerFile } from '../ledger/private-files';
import type { BackupConfig } from './backup-config';
import { ReliabilityError } from './errors';
import { type LedgerProbe, probeLedgerFile } from './ledger-probe';
import { fileStamp } from './vi-time';
import { resetCommitStamp } from './commit-stamp';
import { carrySignedPeriods, countedDossiersMissing, signedPeriodsMissingFrom } from './signed-periods-carry';
import { checkChairmanPin } from '../security/pin-lockout';

export class RestoreRefusedError extends ReliabilityError {}

export interface RestoreRequest {
  ledgerFile: string;
  backupFile: string;
  config: BackupConfig;
  /** Epoch milliseconds. */
  now: number;
  /** Needed when the backup lacks a period the current ledger has signed (it is then carried over). */
  chairmanPin?: string;
  /** The full check of the backup and of the restored copy (the desk runs it in its worker). Default: in this process. */
  checkBackup?: BackupChecker;
}

/** The backup predates a sign-off: the restore waits for the chairman's PIN. */
export class RestoreNeedsChairmanPinError extends RestoreRefusedError {
  constructor(readonly periods: string[]) {
    super(
      `Bản sao lưu này được tạo trước khi Chủ tịch ký duyệt ${periods.join(', ')}: khôi phục sẽ làm mất chữ ký duyệt đó. ` +
        'Sổ sẽ giữ nguyên số liệu đã ký, người ký và thời điểm ký (chép sang sổ khôi phục), nhưng cần mã PIN của Chủ tịch để khôi phục. ' +
        'Chưa khôi phục, sổ hiện tại giữ nguyên.',
    );
  }
}

export interface RestoreOutcome {
  ledgerFile: string;
  restoredFrom: string;
  dossiers: number;
  schemaVersion: number;
  /** The previous ledger's files, renamed aside (empty when there was no ledger). */
  keptOldAs: string[];
  /** The backup of the previous ledger taken first (null when it could not be read: it is kept aside). */
  safetyBackup: BackupRun | null;
  /** Vietnamese: the signed periods carried over from the previous ledger, and what they miss. */
  signedPeriodNotes: string[];
  /** The damaged previous ledger, kept aside as it was because no checked backup of it could be made. */
  damagedKeptAs: string | null;
  /** Vietnamese: where the damaged ledger was kept, when it was. */
  damagedNote: string | null;
}

const SUFFIXES = ['', '-wal', '-shm'] as const;

function asideName(ledgerFile: string, now: number, tag: 'cu' | 'hong'): string {
  const ext = extname(ledgerFile);
  const stem = basename(ledgerFile, ext);
  for (let attempt = 0; ; attempt++) {
    const name = join(dirname(ledgerFile), `${stem}.${tag}-${fileStamp(now)}${attempt > 0 ? `-${attempt + 1}` : ''}${ext}`);
    if (SUFFIXES.every((s) => !existsSync(name + s))) return name;
  }
}

/** Renames the ledger and its WAL files aside (the same bytes, for the user only); returns the new names. */
function moveAside(ledgerFile: string, now: number, tag: 'cu' | 'hong'): Array<[string, string]> {
  const aside = asideName(ledgerFile, now, tag);
  const moved: Array<[string, string]> = [];
  for (const suffix of SUFFIXES) {
    if (!existsSync(ledgerFile + suffix)) continue;
    renameSync(ledgerFile + suffix, aside + suffix);
    moved.push([ledgerFile + suffix, aside + suffix]);
  }
  restrictLedgerFile(aside);
  return moved;
}

interface SafetyBackup {
  run: BackupRun | null;
  /** The backup of the ledger failed because the ledger itself is damaged (the full check says so). */
  damaged: boolean;
}

async function safetyBackupOf(request: RestoreRequest, current: LedgerProbe, check: BackupChecker): Promise<SafetyBackup> {
  if (current.status !== 'ok' || (current.schemaVersion ?? 0) > LATEST_SCHEMA_VERSION) return { run: null, damaged: false };
  const db = openDatabase(request.ledgerFile, { fileMustExist: true });
  try {
    return { run: await takeRequiredBackup(db, request.ledgerFile, 'before-restore', { config: request.config, now: request.now }), damaged: false };
  } catch (error) {
    // A full disk or an unplugged drive still refuses the restore; damage the quick check missed does not.
    if (!(error instanceof BackupFailedError)) throw error;
    db.close();
    if ((await check(request.ledgerFile)).good) throw error;
    return { run: null, damaged: true };
  } finally {
    if (db.open) db.close();
  }
}

/** Copies the backup beside the ledger through the online backup API and verifies the copy. */
async function stagedCopy(backupFile: string, ledgerFile: string, check: BackupChecker): Promise<string> {
  const staged = `${ledgerFile}.dang-khoi-phuc-${process.pid}`;
  rmSync(staged, { force: true });
  const source = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staged);
  } finally {
    source.close();
  }
  const { problem: reason } = await check(staged);
  if (reason !== null) {
    rmSync(staged, { force: true });
    throw new RestoreRefusedError(`Bản chép ra từ bản sao lưu không đạt khi kiểm tra lại: ${reason} Sổ hiện tại chưa bị thay đổi.`);
  }
  return staged;
}

export async function restoreLedger(request: RestoreRequest): Promise<RestoreOutcome> {
  const ledgerFile = resolve(request.ledgerFile);
  const backupFile = resolve(request.backupFile);
  if (ledgerFile === backupFile) throw new RestoreRefusedError('Bản sao lưu chính là tệp sổ đang dùng: hãy chọn một bản sao lưu khác.');
  const check = request.checkBackup ?? checkInProcess;
  const { problem: reason } = await check(backupFile);
  if (reason !== null) throw new RestoreRefusedError(`${reason} Chưa khôi phục, sổ hiện tại giữ nguyên.`);

  const current = probeLedgerFile(ledgerFile);
  const carried = current.status === 'ok' ? signedPeriodsMissingFrom(ledgerFile, backupFile) : [];
  if (carried.length > 0) {
    const labels = carried.map((p) => p.row.label);
    if (request.chairmanPin === undefined) throw new RestoreNeedsChairmanPinError(labels);
    const db = openLedger(ledgerFile, { mustExist: true });
    try {
      checkChairmanPin({ db, ledgerFile, pin: request.chairmanPin, now: request.now, refusal: 'chưa khôi phục, sổ hiện tại giữ nguyên' });
    } finally {
      db.close();
    }
  }
  const missingCounted = carried.length > 0 ? countedDossiersMissing(carried, backupFile) : 0;
  const safety = await safetyBackupOf({ ...request, ledgerFile }, current, check);
  const staged = await stagedCopy(backupFile, ledgerFile, check);
  let moved: Array<[string, string]> = [];
  try {
    moved = moveAside(ledgerFile, request.now, safety.damaged ? 'hong' : 'cu');
    renameSync(staged, ledgerFile);
  } catch (error) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    rmSync(staged, { force: true });
    throw new RestoreRefusedError(
      `Không thay được tệp sổ (${error instanceof Error ? error.message : String(error)}). ` +
        'Hãy đóng Sổ Một Cửa ở mọi cửa sổ khác rồi thử lại; sổ hiện tại giữ nguyên.',
    );
  }
  const damagedKeptAs = safety.damaged ? (moved[0]?.[1] ?? null) : null;
  const db = openLedger(ledgerFile, { mustExist: true });
  try {
    resetCommitStamp(db, ledgerFile, request.now);
    const signedPeriodNotes: string[] = [];
    if (carried.length > 0) {
      const labels = carrySignedPeriods(db, carried);
      signedPeriodNotes.push(`Đã giữ chữ ký duyệt và số liệu đã ký của ${labels.join(', ')} (bản sao lưu được tạo trước khi ký).`);
      if (missingCounted > 0) {
        signedPeriodNotes.push(
          `${missingCounted} hồ sơ đã được tính trong số liệu đã ký không có trong bản sao lưu: hãy nhập lại; mỗi hồ sơ nhập lại được ghi là đính chính của kỳ đã ký.`,
        );
      }
    }
    return {
      signedPeriodNotes,
      ledgerFile,
      restoredFrom: backupFile,
      dossiers: db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      keptOldAs: moved.map(([, to]) => to),
      safetyBackup: safety.run,
      damagedKeptAs,
      damagedNote:
        damagedKeptAs === null
          ? null
          : `Sổ cũ bị hỏng (kiểm tra toàn vẹn đầy đủ không đạt) nên không sao lưu được trước khi khôi phục; đã giữ nguyên tệp đó, không sửa một byte, thành "${damagedKeptAs}" trong thư mục dữ liệu. Đừng mở hay ghi vào tệp này; giữ lại để đối chiếu hoặc nhờ kỹ thuật viên cứu dữ liệu.`,
    };
  } finally {
    db.close();
  }
}
