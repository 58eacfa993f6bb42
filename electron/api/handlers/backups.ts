// Automatic backups and restoring (electron/reliability): where backups go (a USB drive is typical) and
// how many are kept, "sao lưu ngay", the list of backups with their dates, and restoring from one of them
// or from a file the person chose — always through restoreLedger, which checks the backup first and keeps
// the old ledger aside.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RestoreOutcomeView } from '../../../shared/api/startup-schemas';
import { describeRun } from '../../reliability/auto-backup';
import { listBackups } from '../../reliability/backup-catalogue';
import { loadBackupConfig, saveBackupConfig } from '../../reliability/backup-config';
import { type RestoreOutcome, RestoreNeedsChairmanPinError } from '../../reliability/restore';
import type { Progress } from '../../desk/desk-ledger';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { ApiError, rejected, unsupported } from '../errors';
import { assertHandedOut } from '../chosen-files';
import { bytesOf } from '../files';
import { backupSettingsViewOf, integrityCheckViewOf, startupViewOf } from '../presenters/startup';
import { OPEN_DIALOG_TITLES } from '../dialog-titles';

type BackupHandlers = Pick<
  Handlers,
  'backup.settings' | 'backup.saveSettings' | 'backup.now' | 'backup.checkIntegrity' | 'backup.restoreFrom' | 'backup.restore' | 'backup.chooseFile' | 'backup.restoreChosen'
>;


/** What a restore did, for the screen (also the restore from an encrypted backup, package-restore). */
export function restoreOutcomeView(ctx: ApiContext, outcome: RestoreOutcome, from: string): RestoreOutcomeView {
  const lines = outcome.safetyBackup ? describeRun(outcome.safetyBackup) : [];
  if (outcome.damagedNote) lines.push(outcome.damagedNote);
  for (const kept of outcome.keptOldAs) if (kept !== outcome.damagedKeptAs) lines.push(`Đã giữ lại sổ cũ thành tệp "${kept}" (không xóa).`);
  lines.push(...outcome.signedPeriodNotes);
  lines.push(`Đã khôi phục sổ từ "${from}": ${outcome.dossiers} hồ sơ.`);
  return { dossiers: outcome.dossiers, restoredFrom: from, keptOldAs: outcome.keptOldAs, lines, startup: startupViewOf(ctx.desk, ctx.appVersion) };
}

/** A restore that would drop signed periods answers with its own code and the periods, so the screen asks for the PIN. */
export async function restoring(ctx: ApiContext, backupFile: string, chairmanPin: string | undefined, onProgress?: Progress): Promise<RestoreOutcome> {
  try {
    return await ctx.desk.restore(backupFile, chairmanPin, onProgress);
  } catch (error) {
    if (error instanceof RestoreNeedsChairmanPinError) throw new ApiError('needs_chairman_pin', error.message, error.periods);
    throw error;
  }
}

export function backupHandlers(ctx: ApiContext): BackupHandlers {
  const desk = ctx.desk;
  return {
    'backup.settings': () => backupSettingsViewOf(desk),
    'backup.saveSettings': async ({ directories, keep }) => {
      saveBackupConfig(desk.file, { directories, keep });
      // A folder just added (the USB drive) gets today's backup now, not at the next scheduled run.
      await desk.runAutomaticBackup();
      return backupSettingsViewOf(desk);
    },
    // In a worker, after any backup under way; the command does not hold the others (dispatch.ts).
    'backup.now': async ({ jobId }) => {
      const run = await ctx.jobs.run(jobId, { label: 'Đang chuẩn bị sao lưu', cancelled: 'Đã hủy sao lưu.', cancellable: false }, ({ onProgress }) => desk.backupNow(onProgress));
      return { written: run.written.length, lines: describeRun(run), settings: backupSettingsViewOf(desk) };
    },
    // In a worker, after any backup under way; a damaged ledger is then blocked (desk-ledger).
    'backup.checkIntegrity': async ({ jobId }) => {
      const check = await ctx.jobs.run(jobId, { label: 'Đang chuẩn bị kiểm tra toàn vẹn', cancelled: 'Đã hủy kiểm tra.', cancellable: false }, ({ onProgress }) =>
        desk.checkIntegrity(onProgress),
      );
      const view = integrityCheckViewOf(check);
      if (!view) throw rejected('Sổ dữ liệu chưa mở nên chưa kiểm tra được.');
      return { check: view, settings: backupSettingsViewOf(desk) };
    },
    'backup.restoreFrom': async ({ backupFile, chairmanPin }) => {
      const listed = listBackups(desk.file, loadBackupConfig(desk.file).config).some((b) => path.resolve(b.file) === path.resolve(backupFile));
      if (!listed) throw rejected('Tệp này không có trong danh sách bản sao lưu của sổ; hãy dùng "Khôi phục từ tệp khác" để chọn tệp.');
      return restoreOutcomeView(ctx, await restoring(ctx, backupFile, chairmanPin), backupFile);
    },
    // Off the queue: the dialog waits for the person, the commands after it run meanwhile.
    'backup.chooseFile': async () => {
      if (!ctx.host.chooseBackupFile) throw unsupported('Hộp thoại chọn tệp sao lưu');
      return { path: await ctx.host.chooseBackupFile() };
    },
    'backup.restoreChosen': async ({ path: chosen, chairmanPin }) => {
      if (!ctx.host.chooseBackupFile) throw unsupported('Hộp thoại chọn tệp sao lưu');
      assertHandedOut(ctx, chosen, OPEN_DIALOG_TITLES.backup);
      // restoreLedger checks the file first and copies it in; the chosen file itself is never changed.
      return restoreOutcomeView(ctx, await restoring(ctx, chosen, chairmanPin), chosen);
    },
    'backup.restore': async ({ fileName, contentBase64, chairmanPin }) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'so-mot-cua-khoi-phuc-'));
      try {
        const incoming = path.join(dir, 'ban-sao-luu.db');
        writeFileSync(incoming, bytesOf(contentBase64));
        return restoreOutcomeView(ctx, await restoring(ctx, incoming, chairmanPin), fileName);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
