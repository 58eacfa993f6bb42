// Restoring the ledger from a backup. The backup is checked before anything is touched; the current
// ledger is backed up (when it can still be read) and then kept, renamed aside, never deleted; the
// restored copy is verified before it takes the ledger's name. A current ledger so damaged that its own
// backup fails the check (an index only the full check sees) is kept aside byte for byte instead, under a
// name that says it is damaged (`so.hong-<thời điểm>.db`), and the restore goes on: that is when it is needed.
import { closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { LATEST_SCHEMA_VERSION, openLedger } from '../ledger';
import { BackupFailedError, type BackupRun } from './auto-backup';
import { PRIVATE_FILE_MODE, restrictLedgerFile } from '../ledger/private-files';
import type { BackupConfig } from './backup-config';
import { ReliabilityError } from './errors';
import type { LedgerProbe } from './ledger-probe';
import { fileStamp } from './vi-time';
import { resetCommitStamp } from './commit-stamp';
import { IN_PROCESS_RESTORE_WORK, type RestoreWork } from './restore-work';
import { type SignedPeriods, carrySignedPeriods, countedDossiersMissing, signedPeriodsMissingFrom } from './signed-periods-carry';
import { signoffArchiveFile } from './signed-periods-archive';
import { removeUnfinishedCopies } from '../services/unfinished-copies';
import { hasChairmanPin } from '../security/chairman-pin';
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
  /** The checks and the backup taken first (the desk runs them in its worker). Default: in this process. */
  work?: RestoreWork;
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

async function safetyBackupOf(request: RestoreRequest, current: LedgerProbe, work: RestoreWork): Promise<SafetyBackup> {
  if (current.status !== 'ok' || (current.schemaVersion ?? 0) > LATEST_SCHEMA_VERSION) return { run: null, damaged: false };
  const run = await work.safetyBackup(request.ledgerFile, { config: request.config, now: request.now });
  if (run.written.length > 0) return { run, damaged: false };
  // A full disk or an unplugged drive still refuses the restore; damage the quick check missed does not.
  if ((await work.checkBackup(request.ledgerFile)).good) throw new BackupFailedError(run, 'khôi phục');
  return { run: null, damaged: true };
}

const STAGING = 'dang-khoi-phuc';

/** Removes the copies a restore killed half-way left beside the ledger (`so.db.dang-khoi-phuc-<pid>`); returns them. */
export function removeUnfinishedRestores(ledgerFile: string): string[] {
  return removeUnfinishedCopies(dirname(resolve(ledgerFile)), STAGING);
}

/** Copies the backup beside the ledger through the online backup API and verifies the copy. */
async function stagedCopy(backupFile: string, ledgerFile: string, work: RestoreWork): Promise<string> {
  const staged = `${ledgerFile}.${STAGING}-${process.pid}`;
  removeStaged(staged);
  try {
    // The copy holds every citizen's personal data: for the user only from its first byte (SQLite keeps the mode).
    closeSync(openSync(staged, 'wx', PRIVATE_FILE_MODE));
    restrictLedgerFile(staged);
    await work.copyInto(backupFile, staged);
  } catch (error) {
    removeStaged(staged);
    throw error;
  }
  const { problem: reason } = await work.checkBackup(staged);
  restrictLedgerFile(staged);
  if (reason !== null) {
    removeStaged(staged);
    throw new RestoreRefusedError(`Bản chép ra từ bản sao lưu không đạt khi kiểm tra lại: ${reason} Sổ hiện tại chưa bị thay đổi.`);
  }
  return staged;
}

function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(staged + suffix, { force: true });
}

const PIN_REFUSAL = 'chưa khôi phục, sổ hiện tại giữ nguyên';

/**
 * The chairman's PIN, checked against the PIN kept in `file` (the current ledger, or — when that cannot be
 * read — the copy about to replace it), wrong tries counted as for a sign-off (keyed to the ledger's path).
 */
function checkPinIn(file: string, ledgerFile: string, pin: string, now: number): void {
  const db = openLedger(file, { mustExist: true });
  try {
    if (!hasChairmanPin(db)) {
      throw new RestoreRefusedError(
        'Sổ hiện tại không đọc được nên không kiểm tra được mã PIN của Chủ tịch trong đó, và bản sao lưu này được tạo trước khi đặt mã PIN. ' +
          'Chưa khôi phục, sổ hiện tại giữ nguyên: hãy chọn một bản sao lưu tạo sau khi đặt mã PIN.',
      );
    }
    checkChairmanPin({ db, ledgerFile, pin, now, refusal: PIN_REFUSAL });
  } finally {
    db.close();
  }
}

/** What the restored ledger keeps of the signed periods carried over, in Vietnamese. */
function carriedNotes(ledgerFile: string, signed: SignedPeriods, labels: string[], missingCounted: number): string[] {
  const notes = [`Đã giữ chữ ký duyệt và số liệu đã ký của ${labels.join(', ')} (bản sao lưu được tạo trước khi ký).`];
  if (signed.source === 'archive') {
    notes.push(
      `Sổ cũ không đọc được nên chữ ký duyệt được lấy từ tệp lưu chữ ký duyệt bên cạnh sổ ("${signoffArchiveFile(ledgerFile)}"): ` +
        'tệp này không ghi danh sách hồ sơ đã tính trong kỳ, nên hồ sơ của kỳ đã ký sửa về sau không tự được ghi là đính chính của kỳ đó.',
    );
  } else if (signed.periods.some((p) => p.counted === null)) {
    notes.push('Không đọc được danh sách hồ sơ đã tính trong kỳ đã ký (phần đó của sổ cũ bị hỏng), nên hồ sơ của kỳ đã ký sửa về sau không tự được ghi là đính chính của kỳ đó.');
  }
  if (missingCounted > 0) {
    notes.push(`${missingCounted} hồ sơ đã được tính trong số liệu đã ký không có trong bản sao lưu: hãy nhập lại; mỗi hồ sơ nhập lại được ghi là đính chính của kỳ đã ký.`);
  }
  return notes;
}

export async function restoreLedger(request: RestoreRequest): Promise<RestoreOutcome> {
  const ledgerFile = resolve(request.ledgerFile);
  const backupFile = resolve(request.backupFile);
  if (ledgerFile === backupFile) throw new RestoreRefusedError('Bản sao lưu chính là tệp sổ đang dùng: hãy chọn một bản sao lưu khác.');
  const work = request.work ?? IN_PROCESS_RESTORE_WORK;
  removeUnfinishedRestores(ledgerFile);
  const { problem: reason } = await work.checkBackup(backupFile);
  if (reason !== null) throw new RestoreRefusedError(`${reason} Chưa khôi phục, sổ hiện tại giữ nguyên.`);

  const current = await work.probeCurrent(ledgerFile);
  // Read even when the ledger fails its quick check (else from the archive beside it): never dropped unasked.
  const signed = signedPeriodsMissingFrom(ledgerFile, backupFile);
  const carried = signed.periods;
  const pin = request.chairmanPin;
  if (carried.length > 0 && pin === undefined) throw new RestoreNeedsChairmanPinError(carried.map((p) => p.row.label));
  // A damaged ledger is kept aside byte for byte, never written (not even the count of wrong PINs): the PIN is then checked in the copy.
  const pinInCurrent = carried.length > 0 && current.status === 'ok';
  if (pinInCurrent && pin !== undefined) checkPinIn(ledgerFile, ledgerFile, pin, request.now);
  const missingCounted = carried.length > 0 ? countedDossiersMissing(carried, backupFile) : 0;
  const safety = await safetyBackupOf({ ...request, ledgerFile }, current, work);
  const staged = await stagedCopy(backupFile, ledgerFile, work);
  if (carried.length > 0 && !pinInCurrent && pin !== undefined) {
    try {
      checkPinIn(staged, ledgerFile, pin, request.now);
    } catch (error) {
      removeStaged(staged);
      throw error;
    }
  }
  let moved: Array<[string, string]> = [];
  try {
    moved = moveAside(ledgerFile, request.now, safety.damaged ? 'hong' : 'cu');
    renameSync(staged, ledgerFile);
    restrictLedgerFile(ledgerFile);
  } catch (error) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    removeStaged(staged);
    throw new RestoreRefusedError(
      `Không thay được tệp sổ (${error instanceof Error ? error.message : String(error)}). ` +
        'Hãy đóng Sổ Một Cửa ở mọi cửa sổ khác rồi thử lại; sổ hiện tại giữ nguyên.',
    );
  }
  const damagedKeptAs = safety.damaged ? (moved[0]?.[1] ?? null) : null;
  const db = openLedger(ledgerFile, { mustExist: true });
  try {
    resetCommitStamp(db, ledgerFile, request.now);
    const signedPeriodNotes = carried.length > 0 ? carriedNotes(ledgerFile, signed, carrySignedPeriods(db, carried), missingCounted) : [];
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
