// "Sao lưu mã hóa (mang ra khỏi máy)": a copy of the whole ledger that may leave the office — on a USB
// stick taken home, sent for safekeeping — encrypted with a passphrase typed twice, so a lost stick
// reveals nothing. The automatic backups above stay plain ledger files: the start-up screen restores
// from them with no passphrase when the ledger is damaged, so they belong on this PC or a USB kept here.
import { type FormEvent, useEffect } from 'react';
import { hostKind } from '../api/client';
import { formatIntVi } from '../app/format';
import { JobProgress } from '../components/JobProgress';
import { PassphraseFields } from '../components/PassphraseFields';
import { ErrorBox, Field } from '../components/ui';
import { useEncryptedBackup } from './encrypted-backup-store';
import '../styles/handoff.css';

function Destination() {
  const st = useEncryptedBackup();
  const drives = st.drives?.drives ?? [];
  return (
    <fieldset>
      <legend>Lưu vào</legend>
      {drives.length > 0 ? (
        <ul className="drive-list" role="radiogroup" aria-label="Ổ USB đang cắm">
          {drives.map((d) => (
            <li key={d.path}>
              <label className={`choice${st.folder === d.path ? ' chosen' : ''}`}>
                <input type="radio" name="encrypted-drive" checked={st.folder === d.path} onChange={() => st.set({ folder: d.path })} />
                <span>
                  <strong>{d.label}</strong> <span className="mono muted">{d.path}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{st.drives?.problem ?? (st.detecting ? 'Đang dò ổ USB…' : 'Không thấy ổ USB nào đang cắm. Cắm USB rồi bấm “Dò lại ổ USB”, hoặc chọn một thư mục.')}</p>
      )}
      <div className="inline-row">
        <button type="button" className="button small" disabled={st.detecting} onClick={() => void st.detect()}>
          {st.detecting ? 'Đang dò…' : 'Dò lại ổ USB'}
        </button>
        {hostKind() === 'electron' ? (
          <>
            <button type="button" className="button small" onClick={() => void st.chooseFolder()}>
              Chọn thư mục…
            </button>
            <span className="mono">{st.folder || 'Chưa chọn thư mục'}</span>
          </>
        ) : null}
      </div>
      {hostKind() === 'electron' ? null : (
        <Field label="Thư mục lưu bản sao (trên máy đang chạy Sổ Một Cửa)" htmlFor="encrypted-folder" hint="Ví dụ E:\ hoặc E:\SaoLuuMaHoa trên Windows, /media/canbo/USB trên Linux.">
          <input id="encrypted-folder" className="mono" value={st.folder} onChange={(e) => st.set({ folder: e.target.value })} spellCheck={false} />
        </Field>
      )}
    </fieldset>
  );
}

export function EncryptedBackup() {
  const st = useEncryptedBackup();
  const detect = useEncryptedBackup((s) => s.detect);
  useEffect(() => {
    void detect();
  }, [detect]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void st.write();
  };
  return (
    <section className="card" aria-labelledby="encrypted-backup-title">
      <h3 id="encrypted-backup-title">Sao lưu mã hóa (mang ra khỏi máy)</h3>
      <p className="hint">
        Bản sao đầy đủ mọi hồ sơ và toàn bộ lịch sử, được mã hóa bằng mật khẩu bạn đặt: USB có rơi mất thì người khác cũng không đọc được. Dùng khi bản sao rời khỏi cơ quan.
        Các bản sao lưu tự động ở trên không mã hóa (để khởi động lại được khi sổ hỏng mà không cần mật khẩu): chỉ để trên máy này hoặc USB cất tại cơ quan.
      </p>
      <form onSubmit={submit} noValidate aria-label="Sao lưu mã hóa">
        <PassphraseFields
          idPrefix="encrypted-backup"
          label="Mật khẩu của bản sao"
          passphrase={st.passphrase}
          again={st.again}
          onChange={(patch) => st.set(patch)}
          tellWho="người sẽ khôi phục bản sao"
        />
        <Destination />
        <ErrorBox message={st.error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={st.writing}>
            {st.writing ? 'Đang ghi và kiểm tra…' : 'Sao lưu mã hóa'}
          </button>
        </div>
        {st.writing ? <JobProgress /> : null}
      </form>
      {st.outcome ? (
        <div className="saved encrypted-result" role="status" data-testid="encrypted-backup-result">
          <p>
            <strong>Đã ghi bản sao lưu mã hóa và đọc lại kiểm tra: tốt.</strong> {st.outcome.what}
          </p>
          <dl className="facts">
            <dt>Tệp</dt>
            <dd className="mono break" data-testid="encrypted-backup-path">
              {st.outcome.path}
            </dd>
            <dt>Dung lượng</dt>
            <dd>{formatIntVi(st.outcome.size)} byte</dd>
          </dl>
          <p className="hint">
            Khôi phục trên máy mới: mở Sổ Một Cửa, ở màn hình thiết lập lần đầu bấm “Đã có bản sao lưu từ máy cũ? Khôi phục…” (hoặc Thiết lập › Sao lưu › “Khôi phục từ
            bản sao lưu mã hóa”), chọn tệp này và gõ mật khẩu. Rút USB an toàn trước khi mang đi.
          </p>
        </div>
      ) : null}
    </section>
  );
}
