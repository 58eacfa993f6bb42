// Nhập gói: choose the package, type its passphrase when it is a full package, look at the dry run
// (nothing written yet), then import it in one go. A refused package shows the module's reason and
// changes nothing.
import { hostKind } from '../../api/client';
import { notify } from '../../app/app-store';
import { FilePick } from '../../components/FilePick';
import { ErrorBox, Field } from '../../components/ui';
import { useIdentity } from './identity-store';
import { useImportPackage } from './import-store';
import { PreviewGroups } from './PreviewGroups';

const BUSY_TEXT = { reading: 'Đang đọc tệp…', checking: 'Đang kiểm tra chữ ký, mã kiểm tra và nội dung (chưa ghi gì)…', writing: 'Đang ghi vào sổ…' } as const;

function SourcePick() {
  const st = useImportPackage();
  if (hostKind() === 'electron') {
    return (
      <div className="inline-row">
        <button type="button" className="button" onClick={() => void st.choosePath()}>
          Chọn tệp gói…
        </button>
        <span className="mono">{st.source?.kind === 'path' ? st.source.path : 'Chưa chọn tệp nào'}</span>
      </div>
    );
  }
  return <FilePick label="Chọn tệp gói bàn giao" accept=".somc" onChange={(file) => st.setSource(file ? { kind: 'file', file } : null)} />;
}

export function Refused({ preview }: { preview: { fileName: string; message: string; hint: string | null } }) {
  return (
    <div className="error-box refused" role="alert" data-testid="package-refused">
      <p>
        <strong>Gói {preview.fileName} bị từ chối.</strong> {preview.message}
      </p>
      {preview.hint ? <p className="refused-hint">{preview.hint}</p> : null}
    </div>
  );
}

export function ImportPanel() {
  const st = useImportPackage();
  const office = useIdentity((s) => s.identity?.role === 'receiving_office');
  const preview = st.preview;
  return (
    <div className="import-package">
      <form
        className="card"
        aria-label="Chọn gói để nhập"
        onSubmit={(e) => {
          e.preventDefault();
          if (st.source && st.busy === null) void st.runPreview();
        }}
      >
        <p>
          {office
            ? 'Nhập gói báo cáo của các đơn vị. Gói được kiểm tra chữ ký và mã kiểm tra trước; xem trước cho biết sẽ làm gì, chưa ghi gì vào sổ.'
            : 'Nhập gói đầy đủ từ máy khác của đơn vị. Gói được kiểm tra chữ ký và mã kiểm tra trước; xem trước cho biết sẽ làm gì, chưa ghi gì vào sổ.'}
        </p>
        <SourcePick />
        {office ? null : (
          <div className="grid-2">
            <Field label="Mật khẩu của gói (chỉ gói đầy đủ cần)" htmlFor="import-pass">
              <input id="import-pass" type="password" autoComplete="off" value={st.passphrase} onChange={(e) => st.set({ passphrase: e.target.value })} />
            </Field>
          </div>
        )}
        {office ? (
          <label className="check">
            <input type="checkbox" checked={st.trustNewUnit} onChange={(e) => st.set({ trustNewUnit: e.target.checked })} /> Đã gọi điện xác nhận dấu vân tay với đơn vị: tin cậy đơn vị
            chưa đăng ký ngay từ gói này
          </label>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!st.source || st.busy !== null}>
            Xem trước (chưa ghi gì)
          </button>
          {st.busy ? (
            <span role="status" className="muted">
              {BUSY_TEXT[st.busy]}
            </span>
          ) : null}
        </div>
      </form>
      <ErrorBox message={st.error} />
      {preview?.status === 'refused' ? <Refused preview={preview} /> : null}
      {preview?.status === 'ready' ? (
        <>
          <PreviewGroups preview={preview} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={!preview.writes || st.busy !== null}
              onClick={() =>
                void st.apply().then((ok) => {
                  if (ok) notify('Đã nhập gói vào sổ.');
                })
              }
            >
              Nhập vào sổ
            </button>
            {!preview.writes ? <span className="hint">Gói không có gì mới so với sổ: không cần nhập.</span> : null}
          </div>
        </>
      ) : null}
      {st.outcome ? (
        <p className="success" role="status" data-testid="import-package-outcome">
          {st.outcome.message}
        </p>
      ) : null}
    </div>
  );
}
