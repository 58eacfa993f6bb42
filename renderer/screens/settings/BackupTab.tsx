// Thiết lập › Sao lưu, khôi phục: where the automatic backups go (a USB drive) and how many are kept,
// "sao lưu ngay", the backups found with their dates, and restoring — from one of them or from a file —
// through the host's restore, which checks the backup first and keeps the current ledger aside; the full
// integrity check of the ledger on demand, with the latest one's result; and an encrypted copy for taking
// out of the office, and restoring from one (backups/EncryptedRestore). Backups and the check run in the worker, with a progress bar.
import { useEffect, useState } from 'react';
import type { BackupEntryView } from '../../../shared/api/startup-schemas';
import { formatDecimalVi } from '../../../shared/format/vi-number';
import { call, hostKind, messageOf } from '../../api/client';
import { runJob } from '../../api/jobs';
import { fileToBase64, saveFile } from '../../api/files';
import { BackupSettingsPanel } from '../../backups/BackupSettingsPanel';
import { BackupTable } from '../../backups/BackupTable';
import { afterRestore } from '../../backups/after-restore';
import { EncryptedBackup } from '../../backups/EncryptedBackup';
import { EncryptedRestoreButton } from '../../backups/EncryptedRestore';
import { ChairmanPinPrompt } from '../../backups/ChairmanPinPrompt';
import { type PinRequest, pinRequestOf } from '../../backups/restore-pin';
import { useBackups } from '../../backups/backup-store';
import { Dialog } from '../../components/Dialog';
import { FilePick } from '../../components/FilePick';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBox } from '../../components/ui';

/** `chosen`: the desktop app, whose native dialog gives the file's path (no bytes through the page). */
/** The last part of a path the native dialog gave (Windows or POSIX separators). */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

type Pending = { kind: 'listed'; backup: BackupEntryView } | { kind: 'file'; file: File } | { kind: 'chosen'; path: string };

function RestoreDialog({ pending, onClose }: { pending: Pending; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pinRequest, setPinRequest] = useState<PinRequest | null>(null);
  async function restore(chairmanPin?: string) {
    setBusy(true);
    setError(null);
    const pin = chairmanPin === undefined ? {} : { chairmanPin };
    try {
      const outcome =
        pending.kind === 'listed'
          ? await call('backup.restoreFrom', { backupFile: pending.backup.file, ...pin })
          : pending.kind === 'chosen'
            ? await call('backup.restoreChosen', { path: pending.path, ...pin })
            : await call('backup.restore', { fileName: pending.file.name, contentBase64: await fileToBase64(pending.file), ...pin });
      onClose();
      if (outcome) afterRestore(outcome);
    } catch (err) {
      const request = pinRequestOf(err);
      if (request) setPinRequest(request);
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  const what =
    pending.kind === 'listed'
      ? `bản sao lưu lúc ${pending.backup.takenAtText} (${pending.backup.dossiers ?? 0} hồ sơ)`
      : pending.kind === 'chosen'
        ? `tệp "${baseName(pending.path)}"`
        : `tệp "${pending.file.name}"`;
  return (
    <Dialog title="Khôi phục sổ từ bản sao lưu" onClose={onClose}>
      <p>
        Thay sổ đang dùng bằng {what}. Sổ đang dùng được sao lưu trước, rồi giữ lại thành một tệp riêng bên cạnh (không xóa). Các hồ sơ ghi sau thời điểm sao lưu
        sẽ không có trong sổ khôi phục.
      </p>
      {pinRequest ? (
        <>
          <ChairmanPinPrompt request={pinRequest} busy={busy} error={error} onSubmit={(p) => void restore(p)} onCancel={onClose} />
        </>
      ) : (
        <>
          <ErrorBox message={error} />
          <div className="actions">
            <button type="button" className="button danger" disabled={busy} onClick={() => void restore()}>
              {busy ? 'Đang khôi phục…' : 'Khôi phục'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              Hủy
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** The latest full integrity check, and the button that runs one now. */
function IntegrityCard() {
  const { settings, busy, running, checkIntegrity } = useBackups();
  const last = settings?.lastIntegrity ?? null;
  return (
    <section className="card" aria-labelledby="integrity-title">
      <div className="row-between">
        <h3 id="integrity-title">Kiểm tra toàn vẹn sổ</h3>
        <button type="button" className="button" disabled={busy || !settings} onClick={() => void checkIntegrity()}>
          Kiểm tra toàn vẹn đầy đủ
        </button>
      </div>
      <p className="hint">
        Đọc lại mọi trang và mọi chỉ mục của sổ (với sổ lớn mất vài chục giây); vẫn làm việc được trong lúc kiểm tra. Khi mở, ứng dụng chỉ kiểm tra nhanh rồi tự kiểm
        tra đầy đủ ở chế độ nền.
      </p>
      {running === 'integrity' ? <JobProgress /> : null}
      {last ? (
        <div className={`backup-status ${last.ok ? 'ok' : 'warn-text'}`} role="status" data-testid="last-integrity">
          <p>
            Lần kiểm tra đầy đủ gần nhất: {last.atText} (mất {formatDecimalVi(last.seconds, 1)} giây). {last.summary}
          </p>
          {last.detail.length > 0 ? (
            <details>
              <summary>Chi tiết kỹ thuật</summary>
              <ul className="plain mono">
                {last.detail.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : (
        <p className="muted">Chưa kiểm tra đầy đủ lần nào từ khi mở ứng dụng.</p>
      )}
    </section>
  );
}

export function BackupTab() {
  const { settings, busy, running, error, lines, load, backupNow } = useBackups();
  const [pending, setPending] = useState<Pending | null>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [chooseError, setChooseError] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  async function saveCopy() {
    setCopying(true);
    setCopyMessage(null);
    try {
      // The copy and its check in the worker, followed on the bar; in Electron the save dialog first.
      const result = await runJob('Đang chuẩn bị sao lưu', (jobId) => call('backup.create', { jobId }), { cancellable: false });
      if (result.file) setCopyMessage(`${await saveFile(result.file)} (${result.dossiers} hồ sơ)`);
      else setCopyMessage(result.savedTo ? `Đã lưu bản sao ${result.dossiers} hồ sơ vào ${result.savedTo}.` : 'Đã hủy lưu bản sao.');
    } catch (err) {
      setCopyMessage(messageOf(err));
    } finally {
      setCopying(false);
    }
  }

  /** Desktop app: the native dialog first; the dialog that confirms then names the file chosen. */
  async function chooseBackupFile() {
    setChooseError(null);
    try {
      const chosen = await call('backup.chooseFile', {});
      if (chosen.path) setPending({ kind: 'chosen', path: chosen.path });
    } catch (err) {
      setChooseError(messageOf(err));
    }
  }

  function choose(backups: BackupEntryView[], file: string) {
    const backup = backups.find((b) => b.file === file);
    if (backup) setPending({ kind: 'listed', backup });
  }

  const last = settings?.lastAutomatic ?? null;
  return (
    <div className="desk-stack">
      <section className="card">
        <div className="row-between">
          <h3>Sao lưu tự động</h3>
          <button type="button" className="button primary" disabled={busy || !settings} onClick={() => void backupNow()}>
            Sao lưu ngay
          </button>
        </div>
        {running === 'backup' ? <JobProgress /> : null}
        <ErrorBox message={error} />
        {lines.length > 0 ? (
          <ul className="plain result-lines" role="status">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        <BackupSettingsPanel embedded />
        {last ? (
          <p className={`backup-status ${last.ok ? 'ok' : 'warn-text'}`}>
            Lần sao lưu tự động gần nhất: {last.atText}. {last.lines.join(' ')}
          </p>
        ) : null}
      </section>
      <section className="card">
        <h3>Các bản sao lưu</h3>
        <p className="hint">Mỗi bản đã được mở ra đọc thử; trước khi khôi phục, bản đó được kiểm tra toàn vẹn đầy đủ. Bản sao lưu có dữ liệu cá nhân của công dân: cất giữ USB cẩn thận.</p>
        {settings ? <BackupTable backups={settings.backups} busy={busy} onRestore={(file) => choose(settings.backups, file)} /> : null}
      </section>
      <section className="card">
        <h3>Khôi phục từ tệp khác</h3>
        <p>Chọn một tệp sao lưu (ví dụ trên USB của máy khác). Tệp được kiểm tra trước; sổ đang dùng được giữ lại thành một tệp riêng.</p>
        {hostKind() === 'electron' ? (
          <>
            <button type="button" className="button danger" onClick={() => void chooseBackupFile()}>
              Chọn tệp sao lưu và khôi phục…
            </button>
            <ErrorBox message={chooseError} />
          </>
        ) : (
          <div className="inline-row">
            <FilePick label="Chọn bản sao lưu" accept=".db" onChange={setRestoreFile} />
            <button type="button" className="button danger" disabled={!restoreFile} onClick={() => restoreFile && setPending({ kind: 'file', file: restoreFile })}>
              Khôi phục…
            </button>
          </div>
        )}
        <h3>Khôi phục từ bản sao lưu mã hóa</h3>
        <p>Tệp .somc tạo bằng “Sao lưu mã hóa” bên dưới (ví dụ mang từ máy cũ sang): cần mật khẩu của bản sao; xem trước rồi mới khôi phục.</p>
        <EncryptedRestoreButton label="Khôi phục từ bản sao lưu mã hóa (.somc)…" className="button danger" onRestored={afterRestore} />
        <h3>Lưu một bản sao ra tệp</h3>
        <p className="hint">Một bản sao đầy đủ, đã kiểm tra, lưu vào nơi bạn chọn (ví dụ để gửi cấp trên).</p>
        <button type="button" className="button" disabled={copying || busy} onClick={() => void saveCopy()}>
          Lưu bản sao ra tệp…
        </button>
        {copying ? <JobProgress /> : null}
        {copyMessage ? <p role="status">{copyMessage}</p> : null}
      </section>
      <IntegrityCard />
      <EncryptedBackup />
      {pending ? <RestoreDialog pending={pending} onClose={() => setPending(null)} /> : null}
    </div>
  );
}
