// The start-up screen: what is wrong with the ledger, said plainly, and every way forward as a button or a
// step — restore the latest good backup (or another one, a file from the USB drive, an encrypted backup
// brought from the old PC), install the newer app, fix or confirm the computer's clock, start a new
// ledger. Never a dead end.
import { useEffect, useState } from 'react';
import { hostKind } from '../api/client';
import type { StartupProblemView } from '../../shared/api/startup-schemas';
import { BackupSettingsPanel } from '../backups/BackupSettingsPanel';
import { BackupTable } from '../backups/BackupTable';
import { ChairmanPinPrompt } from '../backups/ChairmanPinPrompt';
import { EncryptedRestoreButton } from '../backups/EncryptedRestore';
import { useBackups } from '../backups/backup-store';
import { FilePick } from '../components/FilePick';
import { ErrorBox } from '../components/ui';
import { useStartup } from './startup-store';

const TITLES: Record<StartupProblemView['kind'], string> = {
  missing: 'Không tìm thấy sổ dữ liệu',
  empty: 'Tệp sổ dữ liệu trống',
  unreadable: 'Không đọc được sổ dữ liệu',
  'not-a-ledger': 'Tệp này không phải sổ dữ liệu',
  corrupt: 'Sổ dữ liệu bị hỏng',
  'too-new': 'Sổ dữ liệu của phiên bản mới hơn',
  'clock-behind': 'Ngày giờ của máy tính sớm hơn sổ',
  'upgrade-pending': 'Cần sao lưu sổ trước khi nâng cấp',
  'backup-folder-unavailable': 'Không thấy thư mục sao lưu',
  'backup-config-invalid': 'Cài đặt sao lưu không dùng được',
  'disk-full': 'Ổ đĩa đầy',
  'read-only-ledger': 'Không có quyền ghi vào sổ',
  'changes-missing': 'Sổ có thể thiếu hồ sơ đã ghi',
};

function RestoreFromFile() {
  const { busy, restoreUpload, restoreChosen } = useStartup();
  const [file, setFile] = useState<File | null>(null);
  // The desktop app restores from the file where it lies (the native dialog gives its path): a ledger of
  // hundreds of MB never travels through the page.
  if (hostKind() === 'electron') {
    return (
      <button type="button" className="button" disabled={busy} onClick={() => void restoreChosen()}>
        Chọn tệp sao lưu và khôi phục…
      </button>
    );
  }
  return (
    <div className="inline-row">
      <FilePick label="Chọn tệp sao lưu" accept=".db" onChange={setFile} />
      <button type="button" className="button" disabled={busy || file === null} onClick={() => file && void restoreUpload(file)}>
        Khôi phục từ tệp này
      </button>
    </div>
  );
}

function Action({ action, problem }: { action: StartupProblemView['actions'][number]; problem: StartupProblemView }) {
  const { view, busy, restoreFrom, createNew, chooseReadOnly, confirmClock, recheck, restoredWith } = useStartup();
  switch (action.kind) {
    case 'restore-backup':
      // For a ledger from a newer app, an older backup loses what was logged since: not the first choice.
      return (
        <button type="button" className={`button ${problem.kind === 'too-new' ? '' : 'primary'}`} disabled={busy || !action.backupFile} onClick={() => action.backupFile && void restoreFrom(action.backupFile)}>
          {action.label}
        </button>
      );
    case 'choose-backup-file':
      return (
        <div>
          <p className="step-label">{action.label}:</p>
          <RestoreFromFile />
        </div>
      );
    case 'restore-encrypted-backup':
      return (
        <div>
          <p className="step-label">{action.label}:</p>
          <EncryptedRestoreButton label="Khôi phục từ bản sao lưu mã hóa…" onRestored={restoredWith} />
        </div>
      );
    case 'create-new-ledger':
      return (
        <button type="button" className="button" disabled={busy} onClick={() => void createNew()}>
          {action.label}
        </button>
      );
    case 'install-newer-app':
      return <p className="instruction">{action.label}</p>;
    case 'choose-other-ledger':
      return (
        <p className="hint">
          {action.label}: chép tệp sổ đó thành <span className="mono">{view?.ledgerFile}</span> rồi bấm “Kiểm tra lại”.
        </p>
      );
    case 'fix-clock':
    case 'connect-backup-drive':
    case 'free-disk-space':
    case 'check-write-permission':
    case 'recover-wal':
      return (
        <div className="inline-row">
          <span>{action.label}.</span>
          <button type="button" className="button" disabled={busy} onClick={() => void recheck()}>
            Kiểm tra lại
          </button>
        </div>
      );
    case 'read-only':
      return (
        <button type="button" className="button" disabled={busy} onClick={chooseReadOnly}>
          {action.label}
        </button>
      );
    case 'confirm-clock':
      return (
        <button type="button" className="button warn" disabled={busy} onClick={() => void confirmClock()}>
          {action.label}
        </button>
      );
    case 'check-backup-settings':
      return problem.kind === 'upgrade-pending' || problem.kind.startsWith('backup') ? (
        <details className="startup-details" open>
          <summary>{action.label}</summary>
          <BackupSettingsPanel />
        </details>
      ) : null;
  }
}

function Problem({ problem }: { problem: StartupProblemView }) {
  const { busy, restoreFrom } = useStartup();
  return (
    <section className={`startup-problem startup-${problem.severity}`} aria-label={TITLES[problem.kind]}>
      <p className="startup-message">{problem.message}</p>
      <h2>Cách xử lý</h2>
      <ol className="startup-actions">
        {problem.actions.map((action, i) => (
          <li key={`${action.kind}-${i}`}>
            <Action action={action} problem={problem} />
          </li>
        ))}
      </ol>
      {problem.backups.length > 0 ? (
        <details className="startup-details" open={problem.kind !== 'too-new'}>
          <summary>Các bản sao lưu tìm thấy ({problem.backups.length})</summary>
          <BackupTable backups={problem.backups} busy={busy} onRestore={(file) => void restoreFrom(file)} />
        </details>
      ) : null}
    </section>
  );
}

/** When opening failed without a diagnosis that lists backups: the backups found, and a file to choose. */
function RestoreAnyBackup() {
  const { busy, restoreFrom } = useStartup();
  const { settings, load } = useBackups();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="startup-problem" aria-label="Khôi phục từ bản sao lưu">
      <h2>Cách xử lý</h2>
      <ol className="startup-actions">
        <li>Bấm “Kiểm tra lại” (ví dụ sau khi đóng các chương trình khác đang mở tệp sổ).</li>
        <li>
          <p className="step-label">Hoặc khôi phục từ một bản sao lưu còn tốt:</p>
          {settings ? <BackupTable backups={settings.backups} busy={busy} onRestore={(file) => void restoreFrom(file)} /> : null}
        </li>
        <li>
          <p className="step-label">Hoặc chọn một tệp sao lưu khác (ví dụ trên USB sao lưu):</p>
          <RestoreFromFile />
        </li>
      </ol>
    </section>
  );
}

/** The restore just refused for a backup older than a sign-off: the PIN, then the same restore again. */
function PinRestore() {
  const { busy, error, pinRestore, cancelPinRestore } = useStartup();
  if (!pinRestore) return null;
  return (
    <section className="startup-problem" aria-label="Khôi phục cần mã PIN của Chủ tịch">
      <h2>Cần mã PIN của Chủ tịch</h2>
      <ChairmanPinPrompt request={pinRestore} busy={busy} error={error} onSubmit={(pin) => void pinRestore.retry(pin)} onCancel={cancelPinRestore} />
    </section>
  );
}

export function StartupScreen() {
  const { view, busy, error, recheck, pinRestore } = useStartup();
  if (!view) return null;
  const main = view.problems.find((p) => p.severity !== 'info') ?? view.problems[0] ?? null;
  const clockOnly = view.phase === 'confirm';
  return (
    <div className="wizard-page startup-page">
      <main className={`card startup ${clockOnly ? 'startup-warn' : 'startup-blocked'}`} aria-labelledby="startup-title">
        <p className="eyebrow">Kiểm tra sổ dữ liệu khi khởi động</p>
        <h1 id="startup-title">{main ? TITLES[main.kind] : 'Chưa mở được sổ dữ liệu'}</h1>
        {view.failure ? <ErrorBox message={view.failure} /> : null}
        {view.problems.map((p, i) => (
          <Problem key={`${p.kind}-${i}`} problem={p} />
        ))}
        {view.failure && !view.problems.some((p) => p.backups.length > 0 || p.kind === 'upgrade-pending') ? <RestoreAnyBackup /> : null}
        <PinRestore />
        {pinRestore ? null : <ErrorBox message={error} />}
        {clockOnly ? null : (
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void recheck()}>
              {busy ? 'Đang xử lý…' : 'Kiểm tra lại'}
            </button>
          </div>
        )}
        <p className="startup-foot">
          Tệp sổ: <span className="mono">{view.ledgerFile}</span> · Sổ Một Cửa phiên bản {view.appVersion}
        </p>
      </main>
    </div>
  );
}
