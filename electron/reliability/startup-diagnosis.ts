// The start-up check: before the desk opens a ledger, say what is wrong with it and what to do, never
// just refuse. A damaged or missing ledger → the backups that can replace it, latest good one first;
// a ledger from a newer app → which version to install; a clock earlier than the ledger's latest entry
// → fix the clock (or confirm) before logging anything. Reads only; changes nothing.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION, type StorageFault } from '../ledger';
import { type BackupEntry, latestGoodBackup, listCheckedBackups } from './backup-catalogue';
import { type BackupConfig, loadBackupConfig, resolvedDirectories } from './backup-config';
import { checkClock } from './clock-check';
import { type LedgerProbe, probeLedgerFile, statusOnly } from './ledger-probe';
import { appVersionFor } from './schema-stamps';
import { readCommitStamp } from './commit-stamp';
import { type NewerBackup, findNewerBackup } from './newer-backup';
import { viInstant } from './vi-time';
import { type DamageKind, type StartupAction, type StartupDiagnosis, type StartupProblem, statusOf } from './startup-problems';

export interface DiagnoseOptions {
  ledgerFile: string;
  /** The computer's clock, epoch milliseconds (read by the caller). */
  now: number;
  /** This app's version, for the messages. */
  appVersion: string;
  /** Default: the configuration beside the ledger. */
  config?: BackupConfig;
  /** Default: the newest schema this app knows. */
  supportedVersion?: number;
  /**
   * What the full integrity_check found wrong (it runs in the background once the ledger is open, the
   * start-up check being bounded): the ledger is then diagnosed as damaged with these lines.
   */
  knownDamage?: string[];
  /**
   * SQLite said the disk is full or the ledger cannot be written while the ledger was being opened (a
   * migration on an almost full disk): the ledger is diagnosed as such, whatever the folder shows now.
   */
  knownStorageFault?: StorageFault;
}

const DAMAGE_MESSAGES: Record<DamageKind, (file: string) => string> = {
  missing: (file) => `Không tìm thấy sổ dữ liệu "${file}".`,
  empty: (file) => `Tệp sổ dữ liệu "${file}" trống, không có hồ sơ nào (có thể lần ghi trước bị gián đoạn).`,
  unreadable: (file) => `Không đọc được tệp sổ dữ liệu "${file}": tệp bị hỏng hoặc không phải cơ sở dữ liệu.`,
  'not-a-ledger': (file) => `Tệp "${file}" không phải sổ dữ liệu của Sổ Một Cửa (có thể đã chọn nhầm tệp).`,
  corrupt: (file) => `Sổ dữ liệu "${file}" bị hỏng: kiểm tra toàn vẹn không đạt. Đừng ghi thêm gì vào tệp này.`,
};

function restoreActions(backups: readonly BackupEntry[]): StartupAction[] {
  const latest = latestGoodBackup(backups);
  const actions: StartupAction[] = [];
  if (latest) {
    actions.push({
      kind: 'restore-backup',
      label: `Khôi phục từ bản sao lưu gần nhất còn tốt (${latest.takenAtText}, ${latest.dossiers ?? 0} hồ sơ)`,
      backupFile: latest.file,
    });
  }
  actions.push({ kind: 'choose-backup-file', label: 'Chọn một tệp sao lưu khác (ví dụ trên USB sao lưu)' });
  // The copy carried from the old PC, or kept away from the office: a full package with its passphrase.
  actions.push({ kind: 'restore-encrypted-backup', label: 'Khôi phục từ bản sao lưu mã hóa (.somc), ví dụ bản mang từ máy cũ' });
  return actions;
}

function backupSentence(backups: readonly BackupEntry[], directories: readonly string[]): string {
  const latest = latestGoodBackup(backups);
  const good = backups.filter((b) => b.good).length;
  if (latest) {
    return ` Có ${good} bản sao lưu dùng được; bản gần nhất còn tốt: ${latest.takenAtText} (${latest.dossiers ?? 0} hồ sơ), tệp "${latest.file}". Các hồ sơ ghi sau thời điểm đó cần nhập lại.`;
  }
  const where = directories.map((d) => `"${d}"`).join(', ');
  return ` Không tìm thấy bản sao lưu dùng được trong ${where}. Hãy cắm USB sao lưu rồi kiểm tra lại, hoặc chọn tệp sao lưu.`;
}

function damageProblem(kind: DamageKind, probe: LedgerProbe, backups: BackupEntry[], directories: string[]): StartupProblem {
  const actions = restoreActions(backups);
  if (kind === 'missing' || kind === 'empty') actions.push({ kind: 'create-new-ledger', label: 'Tạo sổ mới (chưa có hồ sơ nào)' });
  actions.push({ kind: 'choose-other-ledger', label: 'Mở một tệp sổ khác' });
  return {
    kind,
    severity: 'blocking',
    message: DAMAGE_MESSAGES[kind](probe.file) + backupSentence(backups, directories),
    actions,
    detail: probe.detail,
    backups,
  };
}

/** A full disk or a ledger that cannot be written: what it is and what to do; never a restore (it cannot help). */
function storageProblem(fault: StorageFault, file: string): StartupProblem {
  const directory = dirname(file);
  const recheck = 'rồi bấm "Kiểm tra lại"';
  if (fault === 'disk-full') {
    return {
      kind: 'disk-full',
      severity: 'blocking',
      message: `Ổ đĩa chứa sổ dữ liệu "${file}" đã đầy (thư mục "${directory}"): không ghi được hồ sơ nào. Sổ không bị hỏng, đừng khôi phục bản sao lưu.`,
      actions: [
        { kind: 'free-disk-space', label: `Giải phóng dung lượng ổ đĩa (xóa bớt hoặc chuyển tệp không cần sang ổ khác, dọn Thùng rác) ${recheck}` },
        { kind: 'choose-other-ledger', label: 'Hoặc chép sổ sang ổ đĩa còn chỗ trống rồi mở tệp đó' },
      ],
      directory,
    };
  }
  return {
    kind: 'read-only-ledger',
    severity: 'blocking',
    message: `Không có quyền ghi vào sổ dữ liệu "${file}" (tệp, thư mục "${directory}" hoặc ổ đĩa chỉ cho đọc): không ghi được hồ sơ nào. Sổ không bị hỏng, đừng khôi phục bản sao lưu.`,
    actions: [
      { kind: 'check-write-permission', label: `Bỏ thuộc tính "chỉ đọc" của tệp sổ và cấp quyền ghi cho thư mục (hoặc tháo khóa chống ghi của USB) ${recheck}` },
      { kind: 'choose-other-ledger', label: 'Hoặc chép sổ sang một thư mục ghi được rồi mở tệp đó' },
    ],
    directory,
  };
}

/**
 * Acknowledged changes the ledger no longer holds: its history ends before the durable mark of the last
 * acknowledged change, or its -wal was removed after a crash (a -shm left without it), or the newest
 * backup of this ledger taken since that mark holds more than it (the ledger was replaced by an older
 * copy, stamp included).
 */
function missingChangesProblem(probe: LedgerProbe, ledgerFile: string, config: BackupConfig, supported: number, backups: () => BackupEntry[]): StartupProblem | null {
  const stamp = readCommitStamp(ledgerFile);
  const behind = stamp !== null && probe.historySeq !== null && stamp.historySeq > probe.historySeq;
  const newer = probe.historySeq !== null ? findNewerBackup(ledgerFile, config, { historySeq: probe.historySeq, stamp }, supported) : null;
  if (!behind && !probe.walRemoved && !newer) return null;
  const missing = behind ? stamp.historySeq - (probe.historySeq ?? 0) : newer ? newer.historySeq - (probe.historySeq ?? 0) : null;
  if (newer && !behind && !probe.walRemoved) return newerBackupProblem(ledgerFile, newer, missing ?? 0);
  const what = behind
    ? `Sổ dữ liệu "${ledgerFile}" thiếu ít nhất ${missing} thay đổi đã được ghi và xác nhận (hồ sơ mới tiếp nhận hoặc hồ sơ đã sửa), lần cuối lúc ${viInstant(stamp.at)}: có thể hồ sơ đã bị mất.`
    : `Tệp nhật ký ghi "${ledgerFile}-wal" của sổ đã bị xóa sau khi máy tắt đột ngột: các hồ sơ ghi ngay trước đó có thể đã bị mất.`;
  const latest = latestGoodBackup(backups());
  const fromBackup = latest ? ` So với bản sao lưu gần nhất (${latest.takenAtText}, ${latest.dossiers ?? 0} hồ sơ) để biết hồ sơ nào cần nhập lại.` : '';
  const actions: StartupAction[] = [{ kind: 'recover-wal', label: `Tìm lại tệp "${ledgerFile}-wal", đặt cạnh tệp sổ, rồi bấm "Kiểm tra lại"` }];
  if (newer) actions.push(restoreNewerAction(newer));
  return {
    kind: 'changes-missing',
    severity: 'info',
    message:
      `${what} Thường do tệp "${ledgerFile}-wal" bị xóa, hoặc chỉ chép tệp .db sang nơi khác sau khi máy tắt đột ngột. ` +
      `Cách khôi phục: nếu còn tệp "-wal" (trong Thùng rác, ổ USB hay bản chép cũ), đóng ứng dụng, đặt nó lại cạnh tệp sổ với đúng tên rồi mở lại; ` +
      `nếu không, kiểm tra sổ giấy và nhập lại các hồ sơ tiếp nhận gần đây.${fromBackup}`,
    actions,
    missing,
  };
}

function restoreNewerAction(newer: NewerBackup): StartupAction {
  return { kind: 'restore-backup', label: `Khôi phục bản sao lưu lúc ${viInstant(newer.takenAt)} (${newer.dossiers} hồ sơ)`, backupFile: newer.file };
}

/** The ledger holds less than its newest backup: restoring that backup is the way back, offered first. */
function newerBackupProblem(ledgerFile: string, newer: NewerBackup, missing: number): StartupProblem {
  return {
    kind: 'changes-missing',
    severity: 'info',
    message:
      `Bản sao lưu lúc ${viInstant(newer.takenAt)} (${newer.dossiers} hồ sơ, tệp "${newer.file}") có ${missing} thay đổi mà sổ dữ liệu "${ledgerFile}" không có: ` +
      `sổ có thể đã bị thay bằng một bản chép cũ hơn, hồ sơ đã ghi và xác nhận có thể đã bị mất. ` +
      `Cách khôi phục: khôi phục bản sao lưu lúc ${viInstant(newer.takenAt)} (sổ hiện tại được sao lưu trước khi khôi phục); ` +
      `hồ sơ nào ghi vào sổ này sau thời điểm đó thì nhập lại.`,
    actions: [restoreNewerAction(newer), { kind: 'choose-backup-file', label: 'Chọn một tệp sao lưu khác (ví dụ trên USB sao lưu)' }],
    missing,
  };
}

function tooNewProblem(probe: LedgerProbe, supported: number, appVersion: string, backups: BackupEntry[]): StartupProblem {
  const fileVersion = probe.schemaVersion ?? 0;
  const required = appVersionFor(probe.appVersions, fileVersion);
  const install = required ? `Hãy cài Sổ Một Cửa phiên bản ${required} trở lên` : `Hãy cài phiên bản Sổ Một Cửa mới hơn (đọc được lược đồ số ${fileVersion})`;
  const actions: StartupAction[] = [{ kind: 'install-newer-app', label: `${install}.` }];
  const older = latestGoodBackup(backups);
  if (older) {
    actions.push({
      kind: 'restore-backup',
      label: `Hoặc dùng bản sao lưu cũ hơn mà phiên bản này đọc được (${older.takenAtText}); các hồ sơ ghi sau đó sẽ không có`,
      backupFile: older.file,
    });
  }
  actions.push({ kind: 'choose-other-ledger', label: 'Mở một tệp sổ khác' });
  return {
    kind: 'too-new',
    severity: 'blocking',
    message:
      `Sổ dữ liệu "${probe.file}" được tạo bởi phiên bản mới hơn của Sổ Một Cửa (lược đồ số ${fileVersion}); ` +
      `phiên bản ${appVersion} đang cài chỉ đọc được đến lược đồ số ${supported}. ${install}. Sổ chưa bị thay đổi.`,
    actions,
    fileVersion,
    supportedVersion: supported,
    requiredAppVersion: required,
    backups,
  };
}

function backupFolderProblems(ledgerFile: string, config: BackupConfig, configProblem: string | null): StartupProblem[] {
  const problems: StartupProblem[] = [];
  if (configProblem) {
    problems.push({
      kind: 'backup-config-invalid',
      severity: 'info',
      message: configProblem,
      actions: [{ kind: 'check-backup-settings', label: 'Xem lại cài đặt sao lưu' }],
    });
  }
  for (const directory of resolvedDirectories(ledgerFile, config)) {
    if (existsSync(directory) || existsSync(dirname(directory))) continue;
    problems.push({
      kind: 'backup-folder-unavailable',
      severity: 'info',
      message: `Không thấy thư mục sao lưu "${directory}" (USB sao lưu chưa cắm?). Bản sao lưu hôm nay sẽ thiếu ở đó.`,
      actions: [
        { kind: 'connect-backup-drive', label: 'Cắm USB sao lưu rồi kiểm tra lại' },
        { kind: 'check-backup-settings', label: 'Xem lại cài đặt sao lưu' },
      ],
      directory,
    });
  }
  return problems;
}

function ledgerProblems(probe: LedgerProbe, options: DiagnoseOptions, config: BackupConfig, supported: number): StartupProblem[] {
  // Only when the ledger is unusable or missing changes: the backups offered are checked in full.
  const allBackups = () => listCheckedBackups(options.ledgerFile, config, supported);
  if (probe.status === 'disk-full' || probe.status === 'read-only') return [storageProblem(probe.status, options.ledgerFile)];
  if (probe.status !== 'ok') return [damageProblem(probe.status, probe, allBackups(), resolvedDirectories(options.ledgerFile, config))];
  const version = probe.schemaVersion ?? 0;
  if (version > supported) return [tooNewProblem(probe, supported, options.appVersion, allBackups())];
  const problems: StartupProblem[] = probe.storage ? [storageProblem(probe.storage, options.ledgerFile)] : [];
  const missing = missingChangesProblem(probe, options.ledgerFile, config, supported, allBackups);
  if (missing) problems.push(missing);
  if (version < supported) {
    problems.push({
      kind: 'upgrade-pending',
      severity: 'info',
      message: `Sổ đang ở lược đồ số ${version}; phiên bản này sẽ sao lưu sổ rồi nâng cấp lên lược đồ số ${supported}.`,
      actions: [{ kind: 'check-backup-settings', label: 'Xem nơi lưu bản sao lưu' }],
      from: version,
      to: supported,
    });
  }
  const clock = checkClock(probe.latestEntry, options.now);
  if (clock) {
    problems.push({
      kind: 'clock-behind',
      severity: 'confirm',
      message: clock.message,
      actions: [
        { kind: 'fix-clock', label: 'Chỉnh lại ngày giờ của máy tính rồi kiểm tra lại' },
        { kind: 'read-only', label: 'Chỉ xem sổ, chưa ghi hồ sơ' },
        { kind: 'confirm-clock', label: 'Tôi đã kiểm tra: ngày giờ của máy tính là đúng, vẫn ghi tiếp' },
      ],
      now: options.now,
      latestEntry: clock.latest,
    });
  }
  return problems;
}

export function diagnoseStartup(options: DiagnoseOptions): StartupDiagnosis {
  const supported = options.supportedVersion ?? LATEST_SCHEMA_VERSION;
  const loaded = options.config ? { config: options.config, problem: null } : loadBackupConfig(options.ledgerFile);
  const probe: LedgerProbe = options.knownDamage
    ? statusOnly(options.ledgerFile, 'corrupt', options.knownDamage)
    : options.knownStorageFault
      ? statusOnly(options.ledgerFile, options.knownStorageFault)
      : probeLedgerFile(options.ledgerFile, { supportedVersion: supported, bounded: true });
  const problems = [
    ...ledgerProblems(probe, options, loaded.config, supported),
    ...backupFolderProblems(options.ledgerFile, loaded.config, loaded.problem),
  ];
  return {
    ledgerFile: options.ledgerFile,
    status: statusOf(problems),
    schemaVersion: probe.schemaVersion,
    dossiers: probe.dossiers,
    problems,
  };
}
