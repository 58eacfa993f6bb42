// A restore's slow parts (reliability/restore-work) in workers, so the thread that answers the window
// never stalls on them: the full check of the backup (remembered for the list of backups), the quick
// check of the current ledger, the backup of it taken first, and the copy put in place — each step said
// to `onProgress` when the restore is followed on the screen.
import { rememberCheck } from '../reliability/backup-check';
import type { RestoreWork } from '../reliability/restore-work';
import { runInWorker } from '../workers/run-task';
import type { WorkerProgress } from '../workers/worker-tasks';

export function restoreInWorkers(signal: AbortSignal, onProgress?: (progress: WorkerProgress) => void): RestoreWork {
  const step = (label: string) => onProgress?.({ label, done: 0, total: 0 });
  const options = { signal, ...(onProgress ? { onProgress } : {}) };
  return {
    async checkBackup(target) {
      step('Đang kiểm tra toàn vẹn bản sẽ khôi phục');
      const check = await runInWorker({ kind: 'backup-check', file: target }, { signal });
      rememberCheck(target, check);
      return check;
    },
    probeCurrent(ledgerFile) {
      step('Đang kiểm tra sổ đang dùng');
      return runInWorker({ kind: 'probe', file: ledgerFile, options: {} }, options);
    },
    safetyBackup(ledgerFile, { config, now }) {
      step('Đang sao lưu sổ đang dùng trước khi thay');
      return runInWorker({ kind: 'backup', ledgerFile, reason: 'before-restore', config, now }, options);
    },
    async copyInto(from, target) {
      step('Đang chép bản khôi phục vào chỗ của sổ');
      await runInWorker({ kind: 'copy-ledger', from, target }, options);
    },
  };
}
