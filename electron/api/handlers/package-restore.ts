// Restoring the ledger from an encrypted backup (a full package, `.somc`) at the desk, so moving to a new
// PC never needs the command line: the file (uploaded, or a path the desktop's open dialog handed out) and
// its passphrase are checked and decrypted in a worker and summed up — nothing written; then exactly those
// bytes are rebuilt in a worker as a ledger beside the current one (a name the start-up sweep removes if
// the process dies) and put in place by the desk's own restore (reliability/restore: checked again, the
// current ledger backed up and kept aside, signed periods carried with the chairman's PIN), the desk
// reopened through the start-up check. The rebuilt copy is removed whatever happens.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { PackageRestorePreviewView } from '../../../shared/api/package-restore-schemas';
import type { FullPackageSummary } from '../../handoff';
import { signedPeriodsOf } from '../../reliability/signed-periods-carry';
import { viInstant } from '../../reliability/vi-time';
import { enterWriting } from '../../workers/job-gate';
import { WorkerCancelledError, runInWorker } from '../../workers/run-task';
import { type ChosenFileRule, readChosenFile } from '../chosen-files';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { ApiError, rejected, unsupported } from '../errors';
import { bytesOf } from '../files';
import { type PendingStore, createPendingStore } from '../handoff/pending-packages';
import { restoreOutcomeView, restoring } from './backups';
import { OPEN_DIALOG_TITLES } from '../dialog-titles';

type PackageRestoreHandlers = Pick<Handlers, 'backup.choosePackageFile' | 'backup.previewPackage' | 'backup.restorePackage'>;

/** Far above any commune's full package (as for packages to import). */
const ENCRYPTED_BACKUP: ChosenFileRule = { dialog: OPEN_DIALOG_TITLES.encryptedBackup, maxBytes: 512 * 1024 * 1024, tooBig: 'quá lớn để là một bản sao lưu mã hóa' };

interface PendingRestore {
  fileName: string;
  bytes: Uint8Array;
  passphrase: string;
  createdAt: number;
}

export type PendingRestores = PendingStore<PendingRestore>;

/** What to do, where the handoff's own words do not say it for this screen. */
const WHY_REFUSED: Partial<Record<string, string>> = {
  wrong_kind: 'Hãy chọn tệp "Sao lưu mã hóa" (gói đầy đủ) tạo ở Thiết lập › Sao lưu, hoặc gói đầy đủ xuất ở Bàn giao USB.',
};

/** The rebuilt ledger beside the current one: `so.db.goi-ma-hoa.dang-khoi-phuc-<pid>-<8 hex>`. */
function stagingFor(ledgerFile: string): string {
  return `${ledgerFile}.goi-ma-hoa.dang-khoi-phuc-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The rebuilt ledger and what a rebuild stopped half-way left (restore.ts writes `<target>.dang-khoi-phuc-<pid>` first). */
function removeStaging(staging: string): void {
  for (const base of [staging, `${staging}.dang-khoi-phuc-${process.pid}`]) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(base + suffix, { force: true });
  }
}

/** The ledger the restore would replace, when it is open. */
function currentLedger(ctx: ApiContext): PackageRestorePreviewView['current'] {
  if (ctx.desk.state().kind !== 'open') return null;
  const session = ctx.desk.hostSession();
  const s = session.settings();
  return { unitName: s.unitName, unitCode: s.unitCode, dossiers: session.dossiers.count(), configured: s.unitName !== '' && s.unitCode !== '' };
}

/** The current ledger's signed periods the package lacks (read as a restore reads them: even from a damaged ledger). */
function periodsAtRisk(ledgerFile: string, summary: FullPackageSummary): string[] {
  const carried = new Set(summary.signedPeriods.map((p) => p.key));
  return signedPeriodsOf(ledgerFile)
    .periods.filter((p) => !carried.has(p.row.period_key))
    .map((p) => p.row.label);
}

export function packageRestoreHandlers(ctx: ApiContext, pending: PendingRestores = createPendingStore<PendingRestore>()): PackageRestoreHandlers {
  return {
    'backup.choosePackageFile': async () => {
      if (!ctx.host.chooseEncryptedBackupFile) throw unsupported('Hộp thoại chọn bản sao lưu mã hóa');
      return { path: await ctx.host.chooseEncryptedBackupFile() };
    },
    'backup.previewPackage': async ({ source, passphrase, jobId }) => {
      const fileName = source.kind === 'upload' ? source.fileName : path.basename(source.path);
      const bytes = source.kind === 'upload' ? bytesOf(source.contentBase64) : readChosenFile(ctx, source.path, ENCRYPTED_BACKUP);
      // Checking the signature and decrypting (scrypt, then every part) takes seconds: in a worker.
      const result = await ctx.jobs.run(jobId, { label: 'Đang mở bản sao lưu', cancelled: 'Đã hủy: chưa ghi gì.' }, ({ signal, onProgress }) =>
        runInWorker({ kind: 'package-summary', bytes, passphrase }, { signal, onProgress }),
      );
      if (result.kind === 'refused') {
        const hint = WHY_REFUSED[result.reason];
        // A wrong passphrase is said at its box, in the handoff's own words.
        if (result.reason === 'wrong_passphrase') throw new ApiError('rejected', result.message, undefined, 'passphrase');
        throw new ApiError('rejected', `Không khôi phục được từ tệp "${fileName}": ${result.message}`, hint ? [hint] : undefined);
      }
      const s = result.summary;
      return {
        previewId: pending.put({ fileName, bytes, passphrase }, ctx.clock()),
        fileName,
        unitCode: s.unitCode,
        unitName: s.unitName,
        desk: s.desk,
        fingerprint: s.fingerprint,
        createdAtText: viInstant(Date.parse(s.createdAt)),
        appVersion: s.appVersion,
        dossiers: s.dossiers,
        historyEvents: s.historyEvents,
        operators: s.operators,
        signedPeriods: s.signedPeriods.map((p) => p.label),
        current: currentLedger(ctx),
        periodsAtRisk: periodsAtRisk(ctx.desk.file, s),
      };
    },
    'backup.restorePackage': async ({ previewId, chairmanPin, jobId }) => {
      const p = pending.peek(previewId, ctx.clock());
      if (!p) throw rejected('Không tìm thấy lần xem trước này (có thể đã quá 30 phút hoặc bản sao lưu đã được khôi phục). Hãy chọn tệp và xem trước lại.');
      const staging = stagingFor(ctx.desk.file);
      try {
        const outcome = await ctx.jobs.run(jobId, { label: 'Đang giải mã bản sao lưu', cancelled: 'Đã hủy khôi phục: sổ hiện tại giữ nguyên.' }, async ({ signal, gate, onProgress }) => {
          const task = { kind: 'package-rebuild', bytes: p.bytes, passphrase: p.passphrase, target: staging, actor: ctx.desk.operator() ?? 'khôi phục', at: ctx.clock() } as const;
          await runInWorker(task, { signal, onProgress });
          // From here the ledger is being replaced: it is not stopped half-way.
          if (!enterWriting(gate)) throw new WorkerCancelledError();
          return restoring(ctx, staging, chairmanPin, onProgress);
        });
        pending.forget(previewId);
        return restoreOutcomeView(ctx, outcome, p.fileName);
      } finally {
        removeStaging(staging);
      }
    },
  };
}
