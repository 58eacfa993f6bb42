// Backup (a consistent copy of the live ledger) and restore (the current ledger is kept beside it first).
import { useState } from 'react';
import { call, messageOf } from '../../api/client';
import { fileToBase64, saveFile } from '../../api/files';
import { notify, useApp } from '../../app/app-store';
import { FilePick } from '../../components/FilePick';
import { ErrorBox } from '../../components/ui';

export function BackupTab() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [confirm, setConfirm] = useState(false);

  async function backup() {
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup.create', {});
      if (result.file) setMessage(`${await saveFile(result.file)} (${result.dossiers} hồ sơ)`);
      else setMessage(result.savedTo ? `Đã sao lưu ${result.dossiers} hồ sơ vào ${result.savedTo}.` : 'Đã hủy sao lưu.');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!restoreFile) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup.restore', { fileName: restoreFile.name, contentBase64: await fileToBase64(restoreFile) });
      setMessage(`Đã khôi phục sổ gồm ${result.dossiers} hồ sơ. Sổ trước khi khôi phục được giữ tại ${result.previousCopy}.`);
      notify('Đã khôi phục sổ dữ liệu.');
      setConfirm(false);
      void useApp.getState().load();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="report-grid">
      <section className="card">
        <h3>Sao lưu</h3>
        <p>Tạo một bản sao đầy đủ, đã kiểm tra, của sổ đang dùng. Nên sao lưu cuối mỗi ngày vào USB.</p>
        <p className="hint">Bản sao lưu có dữ liệu cá nhân của công dân: cất giữ cẩn thận.</p>
        <button type="button" className="button primary" disabled={busy} onClick={() => void backup()}>
          Tạo bản sao lưu
        </button>
      </section>
      <section className="card">
        <h3>Khôi phục từ bản sao lưu</h3>
        <p>Thay sổ đang dùng bằng một bản sao lưu. Sổ hiện tại được giữ lại thành một tệp riêng trước khi thay.</p>
        <FilePick label="Chọn bản sao lưu" accept=".db" onChange={setRestoreFile} />
        <label className="check">
          <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} /> Tôi hiểu sổ đang dùng sẽ được thay bằng bản sao lưu này
        </label>
        <button type="button" className="button danger" disabled={busy || !restoreFile || !confirm} onClick={() => void restore()}>
          Khôi phục
        </button>
      </section>
      <ErrorBox message={error} />
      {message ? (
        <p className="success" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
