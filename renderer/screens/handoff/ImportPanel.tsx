// Nhập gói: choose the package, type its passphrase when it is a full package, look at the dry run
// (nothing written yet), then import it in one go. A refused package shows the module's reason and
// changes nothing.
import { notify } from '../../app/app-store';
import { ErrorBox, Field } from '../../components/ui';
import { useIdentity } from './identity-store';
import { useImportPackage } from './import-store';
import { PreviewGroups } from './PreviewGroups';
import { ApplyBar, PackageSourcePick, PreviewButton, Refused } from './import-steps';

const BUSY_TEXT = { reading: 'Đang đọc tệp…', checking: 'Đang kiểm tra chữ ký, mã kiểm tra và nội dung (chưa ghi gì)…', writing: 'Đang ghi vào sổ…' } as const;

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
        <PackageSourcePick source={st.source} label="Chọn tệp gói bàn giao" onChoosePath={() => void st.choosePath()} onFile={(file) => st.setSource(file ? { kind: 'file', file } : null)} />
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
        <PreviewButton disabled={!st.source || st.busy !== null} busyText={st.busy ? BUSY_TEXT[st.busy] : null} />
      </form>
      <ErrorBox message={st.error} />
      {preview?.status === 'refused' ? <Refused preview={preview} /> : null}
      {preview?.status === 'ready' ? (
        <>
          <PreviewGroups preview={preview} />
          <ApplyBar
            writes={preview.writes}
            busy={st.busy !== null}
            onApply={() =>
              void st.apply().then((ok) => {
                if (ok) notify('Đã nhập gói vào sổ.');
              })
            }
          />
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
