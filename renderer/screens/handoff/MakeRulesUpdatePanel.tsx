// At the receiving office: the rules update package made from the JSON file listing the calendar days
// and catalogue changes (format: electron/handoff/README.md), written to the USB stick. The key
// fingerprint shown after writing goes into the letter sending the package: the communes register it.
import { useState } from 'react';
import type { RulesMadeView } from '../../../shared/api/rules-update-schemas';
import { call, hostKind, messageOf } from '../../api/client';
import { fileToBase64 } from '../../api/files';
import { FilePick } from '../../components/FilePick';
import { ErrorBox, Field } from '../../components/ui';

export function MakeRulesUpdatePanel() {
  const [file, setFile] = useState<File | null>(null);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<RulesMadeView | null>(null);
  async function chooseFolder() {
    try {
      const chosen = await call('handoff.chooseFolder', {});
      if (chosen.path) setFolder(chosen.path);
    } catch (err) {
      setError(messageOf(err));
    }
  }
  async function make() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      setMade(await call('rules.make', { source: { fileName: file.name, contentBase64: await fileToBase64(file) }, folder: folder.trim() }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      className="card"
      aria-labelledby="make-rules-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void make();
      }}
    >
      <h2 id="make-rules-title">Tạo gói cập nhật quy định cho các xã</h2>
      <p>
        Gói mang các ngày nghỉ, ngày làm bù và các thay đổi danh mục thủ tục (thêm, đổi thời hạn, thôi áp dụng) cùng ngày hiệu lực và căn cứ, ký bằng khóa của đơn vị. Nội dung
        lấy từ tệp JSON soạn theo mẫu; mọi lỗi trong tệp được chỉ ra từng chỗ trước khi ghi.
      </p>
      <div className="inline-row">
        <FilePick label="Tệp nội dung (JSON)" accept=".json,application/json" onChange={(f) => setFile(f)} />
      </div>
      {hostKind() === 'electron' ? (
        <div className="inline-row">
          <button type="button" className="button" onClick={() => void chooseFolder()}>
            Chọn thư mục…
          </button>
          <span className="mono">{folder || 'Chưa chọn thư mục'}</span>
        </div>
      ) : (
        <Field label="Thư mục lưu gói (ổ USB)" htmlFor="rules-folder" hint="Ví dụ E:\ trên Windows, /media/canbo/USB trên Linux.">
          <input id="rules-folder" className="mono" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />
        </Field>
      )}
      <ErrorBox message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={!file || folder.trim() === '' || busy}>
          {busy ? 'Đang ghi gói…' : 'Tạo gói'}
        </button>
      </div>
      {made ? (
        <div className="success" role="status" data-testid="rules-made">
          <p>
            Đã ghi gói <span className="mono">{made.fileName}</span> ({made.calendarDays} ngày, {made.procedures} thay đổi thủ tục): “{made.title}”.
          </p>
          <p>
            Dấu vân tay khóa ký: <span className="fingerprint" data-testid="rules-made-fingerprint">{made.fingerprint}</span> — hãy ghi trong công văn gửi kèm gói để các xã đăng
            ký trước khi nhập.
          </p>
        </div>
      ) : null}
    </form>
  );
}
