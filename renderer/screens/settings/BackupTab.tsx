// Thiết lập › Sao lưu, khôi phục: where the automatic backups go (a USB drive) and how many are kept,
// "sao lưu ngay", the backups found with their dates, and restoring — from one of them or from a file —
// through the host's restore, which checks the backup first and keeps the current ledger aside; and an
// encrypted copy for taking out of the office.
import { useEffect, useState } from 'react';
import type { BackupEntryView, RestoreOutcomeView } from '../../../shared/api/startup-schemas';
import { call, hostKind, messageOf } from '../../api/client';
import { fileToBase64, saveFile } from '../../api/files';
import { notify, useApp } from '../../app/app-store';
import { BackupSettingsPanel } from '../../backups/BackupSettingsPanel';
import { BackupTable } from '../../backups/BackupTable';
import { EncryptedBackup } from '../../backups/EncryptedBackup';
import { ChairmanPinPrompt } from '../../backups/ChairmanPinPrompt';
import { type PinRequest, pinRequestOf } from '../../backups/restore-pin';
import { useBackups } from '../../backups/backup-store';
import { Dialog } from '../../components/Dialog';
import { FilePick } from '../../components/FilePick';
import { ErrorBox } from '../../components/ui';
import { useOperators } from '../../operators/operator-store';
import { useStartup } from '../../startup/startup-store';

/** `chosen`: the desktop app, whose native dialog gives the file's path (no bytes through the page). */
type Pending = { kind: 'listed'; backup: BackupEntryView } | { kind: 'file'; file: File } | { kind: 'chosen' };

/** After a restore: the ledger was reopened through the start-up check; everything shown is reloaded. */
function afterRestore(outcome: RestoreOutcomeView): void {
  useStartup.getState().restoredWith(outcome);
  void useApp.getState().load();
  void useOperators.getState().load();
  void useBackups.getState().load();
  notify(`Đã khôi phục sổ: ${outcome.dossiers} hồ sơ.`);
}

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
            ? await call('backup.restoreChosen', pin)
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
        ? 'tệp sao lưu bạn sắp chọn'
        : `tệp "${pending.file.name}"`;
  return (
    <Dialog title="Khôi phục sổ từ bản sao lưu" onClose={onClose}>
      <p>
        Thay sổ đang dùng bằng {what}. Sổ đang dùng được sao lưu trước, rồi giữ lại thành một tệp riêng bên cạnh (không xóa). Các hồ sơ ghi sau thời điểm sao lưu
        sẽ không có trong sổ khôi phục.
      </p>
      {pinRequest ? (
        <>
          {pending.kind === 'chosen' ? <p className="hint">Sau khi nhập mã PIN, hãy chọn lại đúng tệp sao lưu đó.</p> : null}
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

export function BackupTab() {
  const { settings, busy, error, lines, load, backupNow } = useBackups();
  const [pending, setPending] = useState<Pending | null>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  async function saveCopy() {
    try {
      const result = await call('backup.create', {});
      if (result.file) setCopyMessage(`${await saveFile(result.file)} (${result.dossiers} hồ sơ)`);
      else setCopyMessage(result.savedTo ? `Đã lưu bản sao ${result.dossiers} hồ sơ vào ${result.savedTo}.` : 'Đã hủy lưu bản sao.');
    } catch (err) {
      setCopyMessage(messageOf(err));
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
          <button type="button" className="button danger" onClick={() => setPending({ kind: 'chosen' })}>
            Chọn tệp sao lưu và khôi phục…
          </button>
        ) : (
          <div className="inline-row">
            <FilePick label="Chọn bản sao lưu" accept=".db" onChange={setRestoreFile} />
            <button type="button" className="button danger" disabled={!restoreFile} onClick={() => restoreFile && setPending({ kind: 'file', file: restoreFile })}>
              Khôi phục…
            </button>
          </div>
        )}
        <h3>Lưu một bản sao ra tệp</h3>
        <p className="hint">Một bản sao đầy đủ, đã kiểm tra, lưu vào nơi bạn chọn (ví dụ để gửi cấp trên).</p>
        <button type="button" className="button" onClick={() => void saveCopy()}>
          Lưu bản sao ra tệp…
        </button>
        {copyMessage ? <p role="status">{copyMessage}</p> : null}
      </section>
      <EncryptedBackup />
      {pending ? <RestoreDialog pending={pending} onClose={() => setPending(null)} /> : null}
    </div>
  );
}
