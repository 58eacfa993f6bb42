// "Khôi phục từ bản sao lưu mã hóa (.somc)": choose the file and type its passphrase; see whose ledger it
// is, when it was made and what it holds, and what happens to the ledger on this PC — before anything is
// written; then restore (the current ledger backed up and kept aside, never deleted), following the
// progress bar, with the chairman's PIN when the copy predates a sign-off. Thiết lập › Sao lưu, the
// first-run wizard ("Đã có bản sao lưu từ máy cũ?") and the start-up screen show it.
import { type FormEvent, useEffect, useState } from 'react';
import type { PackageRestorePreviewView } from '../../shared/api/package-restore-schemas';
import type { RestoreOutcomeView } from '../../shared/api/startup-schemas';
import { hostKind } from '../api/client';
import { formatIntVi } from '../app/format';
import { Dialog } from '../components/Dialog';
import { FilePick } from '../components/FilePick';
import { JobProgress } from '../components/JobProgress';
import { ErrorBox, Field, FieldError } from '../components/ui';
import { ChairmanPinPrompt } from './ChairmanPinPrompt';
import { useEncryptedRestore } from './encrypted-restore-store';
import '../styles/handoff.css';

const PASSPHRASE_ID = 'encrypted-restore-passphrase';

function SourcePick() {
  const st = useEncryptedRestore();
  if (hostKind() === 'electron') {
    return (
      <div className="inline-row">
        <button type="button" className="button" disabled={st.busy !== null} onClick={() => void st.choosePath()}>
          Chọn tệp…
        </button>
        <span className="mono break">{st.source?.kind === 'path' ? st.source.path : 'Chưa chọn tệp nào'}</span>
      </div>
    );
  }
  return <FilePick label="Chọn bản sao lưu mã hóa" accept=".somc" onChange={(file) => st.setSource(file ? { kind: 'file', file } : null)} />;
}

/** What replacing the ledger on this PC means, in the officer's words. */
function currentLine(p: PackageRestorePreviewView): string {
  const c = p.current;
  if (c === null) return 'Sổ dữ liệu trên máy này chưa mở được; nếu còn tệp sổ, tệp đó được giữ lại thành một tệp riêng (không xóa).';
  if (!c.configured && c.dossiers === 0) return 'Máy này chưa có hồ sơ nào: sổ khôi phục thay cho sổ trống (sổ trống vẫn được giữ lại thành một tệp riêng).';
  return (
    `Sổ đang dùng trên máy này (${c.unitName || 'chưa đặt tên đơn vị'}, ${formatIntVi(c.dossiers)} hồ sơ) được sao lưu trước rồi giữ lại thành một tệp riêng bên cạnh (không xóa). ` +
    'Hồ sơ ghi vào sổ đó sau lúc tạo bản sao lưu sẽ không có trong sổ khôi phục.'
  );
}

function Preview({ preview, onRestored }: { preview: PackageRestorePreviewView; onRestored(outcome: RestoreOutcomeView): void }) {
  const st = useEncryptedRestore();
  const restore = async (pin?: string) => {
    const outcome = await st.restore(pin);
    if (outcome) onRestored(outcome);
  };
  const otherUnit = preview.current?.configured === true && preview.current.unitCode !== preview.unitCode;
  return (
    <div className="restore-preview" data-testid="encrypted-restore-preview">
      <h4>Bản sao lưu này có</h4>
      <dl className="facts">
        <dt>Đơn vị</dt>
        <dd>
          {preview.unitName || '—'} <span className="mono">({preview.unitCode})</span>
          {preview.desk === null ? '' : `, bàn tiếp nhận số ${preview.desk}`}
        </dd>
        <dt>Tạo lúc</dt>
        <dd>
          {preview.createdAtText} <span className="muted">(Sổ Một Cửa {preview.appVersion})</span>
        </dd>
        <dt>Hồ sơ</dt>
        <dd>
          {formatIntVi(preview.dossiers)} hồ sơ, {formatIntVi(preview.historyEvents)} sự kiện lịch sử
        </dd>
        <dt>Cán bộ</dt>
        <dd>{preview.operators.length > 0 ? preview.operators.join(', ') : 'chưa có'}</dd>
        <dt>Kỳ đã ký duyệt</dt>
        <dd>{preview.signedPeriods.length > 0 ? preview.signedPeriods.join(', ') : 'chưa có'}</dd>
        <dt>Tệp</dt>
        <dd className="mono break">{preview.fileName}</dd>
      </dl>
      <p className="hint">Danh mục thủ tục, lịch làm việc, cài đặt đơn vị và khóa ký gói bàn giao (dấu vân tay {preview.fingerprint}) cũng được khôi phục.</p>
      {otherUnit ? (
        <p className="warn-note" role="alert">
          Bản sao lưu này của đơn vị mã {preview.unitCode}, khác với sổ đang dùng (mã {preview.current?.unitCode}). Hãy kiểm tra lại trước khi khôi phục.
        </p>
      ) : null}
      <p>{currentLine(preview)}</p>
      {st.pin ? (
        <ChairmanPinPrompt request={st.pin} busy={st.busy !== null} error={st.error} onSubmit={(pin) => void restore(pin)} onCancel={st.reset} />
      ) : (
        <>
          <ErrorBox message={st.error} details={st.details} />
          <div className="actions">
            <button type="button" className="button danger" disabled={st.busy !== null} onClick={() => void restore()}>
              {st.busy === 'restoring' ? 'Đang khôi phục…' : 'Khôi phục sổ từ bản sao lưu này'}
            </button>
            <button type="button" className="button" disabled={st.busy !== null} onClick={st.reset}>
              Hủy
            </button>
          </div>
        </>
      )}
      {st.busy === 'restoring' ? <JobProgress /> : null}
    </div>
  );
}

export function EncryptedRestore({ onRestored, intro }: { onRestored(outcome: RestoreOutcomeView): void; intro?: string }) {
  const st = useEncryptedRestore();
  const reset = useEncryptedRestore((s) => s.reset);
  // A passphrase or a decrypted preview never waits on a screen left behind.
  useEffect(() => reset, [reset]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void st.open();
  };
  const passphraseProblem = st.errorField === 'passphrase' && !st.preview ? st.error : null;
  const fileProblem = st.errorField === 'file' ? st.error : null;
  return (
    <div className="encrypted-restore">
      <p className="hint">
        {intro ??
          'Bản sao lưu mã hóa là tệp .somc tạo ở Thiết lập › Sao lưu › “Sao lưu mã hóa (mang ra khỏi máy)”, ví dụ trên máy cũ. Xem trước không ghi gì; khi khôi phục, sổ đang dùng được giữ lại thành một tệp riêng.'}
      </p>
      <form onSubmit={submit} noValidate aria-label="Mở bản sao lưu mã hóa">
        <div className="field">
          <span className="step-label">Tệp bản sao lưu mã hóa (.somc)</span>
          <SourcePick />
          <FieldError id="encrypted-restore-file" message={fileProblem} />
        </div>
        <Field label="Mật khẩu của bản sao lưu" htmlFor={PASSPHRASE_ID} hint="Mật khẩu đã đặt khi tạo bản sao lưu.">
          <input
            id={PASSPHRASE_ID}
            type="password"
            autoComplete="off"
            value={st.passphrase}
            aria-invalid={passphraseProblem ? true : undefined}
            aria-describedby={passphraseProblem ? `${PASSPHRASE_ID}-error` : undefined}
            onChange={(e) => st.setPassphrase(e.target.value)}
          />
          <FieldError id={PASSPHRASE_ID} message={passphraseProblem} />
        </Field>
        {!st.preview && !passphraseProblem && !fileProblem ? <ErrorBox message={st.error} details={st.details} /> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={st.busy !== null}>
            {st.busy === 'opening' ? 'Đang mở…' : 'Mở và xem trước (chưa ghi gì)'}
          </button>
        </div>
        {st.busy === 'opening' ? <JobProgress /> : null}
      </form>
      {st.preview ? <Preview preview={st.preview} onRestored={onRestored} /> : null}
    </div>
  );
}

/** A button opening the restore in a dialog (closed once restored; not while it works). */
export function EncryptedRestoreButton({ label, className = 'button', intro, onRestored }: { label: string; className?: string; intro?: string; onRestored(outcome: RestoreOutcomeView): void }) {
  const [open, setOpen] = useState(false);
  const busy = useEncryptedRestore((s) => s.busy !== null);
  const close = () => {
    if (!busy) setOpen(false);
  };
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? (
        <Dialog title="Khôi phục từ bản sao lưu mã hóa" onClose={close} medium>
          <EncryptedRestore
            {...(intro === undefined ? {} : { intro })}
            onRestored={(outcome) => {
              setOpen(false);
              onRestored(outcome);
            }}
          />
        </Dialog>
      ) : null}
    </>
  );
}
