// Where automatic backups go (up to five folders; a USB drive is typical) and how many of each kind are
// kept (a whole number, checked at its box before anything is sent). Used in Thiết lập and on the
// start-up screen (a backup is needed before an upgrade).
import { type FormEvent, useEffect, useState } from 'react';
import { BACKUP_KEEP_RULE, type BackupSettingsView } from '../../shared/api/startup-schemas';
import { parseWholeNumberText } from '../../shared/format/whole-number-text';
import { focusField } from '../components/DateInput';
import { ErrorBox, Field, FieldError } from '../components/ui';

export function BackupFolders(props: { settings: BackupSettingsView; busy: boolean; error: string | null; onSave(directories: string[], keep: number): void }) {
  const [folders, setFolders] = useState<string[]>(props.settings.directories);
  const [keep, setKeep] = useState(String(props.settings.keep));
  const [keepError, setKeepError] = useState<string | null>(null);
  useEffect(() => {
    setFolders(props.settings.directories);
    setKeep(String(props.settings.keep));
    setKeepError(null);
  }, [props.settings]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const kept = parseWholeNumberText(keep, BACKUP_KEEP_RULE);
    setKeepError(kept.ok ? null : kept.message);
    if (!kept.ok) {
      setTimeout(() => focusField('backup-keep'), 0);
      return;
    }
    props.onSave(
      folders.map((f) => f.trim()).filter((f) => f !== ''),
      kept.value,
    );
  };
  return (
    <form className="backup-folders" onSubmit={submit} noValidate>
      <p className="hint">
        Mỗi ngày, lần mở máy đầu tiên (và vài giờ một lần khi máy vẫn mở), sổ được sao lưu vào từng thư mục dưới đây và kiểm tra lại bản sao. Nên có một thư
        mục trên USB, ví dụ <span className="mono">E:\SaoLuuSoMotCua</span>: ổ cứng của máy hỏng thì USB vẫn còn.
      </p>
      {folders.map((folder, i) => {
        // Shown for saved folders only (the list from the host is deduplicated, so indexes match while unchanged).
        const saved = folder === props.settings.directories[i];
        const available = saved ? (props.settings.folders[i]?.available ?? null) : null;
        const fullPath = saved ? props.settings.folders[i]?.path : undefined;
        return (
          <div className="inline-row backup-folder" key={i}>
            <input
              aria-label={`Thư mục sao lưu ${i + 1}`}
              value={folder}
              placeholder="Ví dụ: E:\SaoLuuSoMotCua"
              onChange={(e) => setFolders(folders.map((f, j) => (j === i ? e.target.value : f)))}
            />
            {fullPath !== undefined && fullPath !== folder ? <small className="muted mono">{fullPath}</small> : null}
            {available === false ? <span className="badge badge-warn">Không thấy ổ đĩa (USB chưa cắm?)</span> : null}
            {available === true ? <span className="badge badge-ok">Sẵn sàng</span> : null}
            {folders.length > 1 ? (
              <button type="button" className="button small" onClick={() => setFolders(folders.filter((_, j) => j !== i))}>
                Bỏ thư mục này
              </button>
            ) : null}
          </div>
        );
      })}
      <div className="inline-row">
        {folders.length < 5 ? (
          <button type="button" className="button small" onClick={() => setFolders([...folders, ''])}>
            + Thêm thư mục (USB)
          </button>
        ) : null}
      </div>
      <Field label="Số bản giữ lại cho mỗi loại (hằng ngày, trước khi nâng cấp, trước khi khôi phục, thủ công)" htmlFor="backup-keep">
        <input
          id="backup-keep"
          inputMode="numeric"
          aria-invalid={keepError ? true : undefined}
          aria-describedby={keepError ? 'backup-keep-error' : undefined}
          value={keep}
          onChange={(e) => {
            setKeep(e.target.value);
            setKeepError(null);
          }}
          className="short"
        />
        <FieldError id="backup-keep" message={keepError} />
      </Field>
      {props.settings.problem ? <p className="hint warn-text">{props.settings.problem}</p> : null}
      <ErrorBox message={props.error} />
      <button type="submit" className="button" disabled={props.busy}>
        Lưu cài đặt sao lưu
      </button>
    </form>
  );
}
