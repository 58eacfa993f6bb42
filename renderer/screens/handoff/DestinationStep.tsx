// Where to write the package: the USB drives the computer has now (detected again on request), or
// another folder — the native folder dialog in the desktop app, a typed path in the browser.
import { hostKind } from '../../api/client';
import { Field } from '../../components/ui';
import { useExport } from './export-store';

function size(bytes: number | null): string {
  if (bytes === null) return '';
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${gb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GB` : `${Math.round(bytes / 1024 ** 2).toLocaleString('vi-VN')} MB`;
}

function DriveList() {
  const st = useExport();
  const drives = st.drives?.drives ?? [];
  if (st.detecting && st.drives === null) return <p className="loading">Đang dò ổ USB…</p>;
  if (drives.length === 0) {
    return (
      <p className="empty-note" data-testid="no-drives">
        {st.drives?.problem ?? 'Không thấy ổ USB nào đang cắm vào máy. Cắm USB rồi bấm “Dò lại”, hoặc chọn một thư mục bên dưới.'}
      </p>
    );
  }
  return (
    <ul className="drive-list" role="radiogroup" aria-label="Ổ USB đang cắm">
      {drives.map((d) => (
        <li key={d.path}>
          <label className={`choice${st.folder === d.path ? ' chosen' : ''}`}>
            <input type="radio" name="drive" checked={st.folder === d.path} onChange={() => st.set({ folder: d.path })} />
            <span>
              <strong>{d.label}</strong> <span className="mono muted">{d.path}</span>
              {d.freeBytes !== null ? <small className="hint">Còn trống {size(d.freeBytes)}{d.sizeBytes !== null ? ` / ${size(d.sizeBytes)}` : ''}</small> : null}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function DestinationStep() {
  const st = useExport();
  const electron = hostKind() === 'electron';
  return (
    <form
      className="card"
      aria-labelledby="dest-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (st.folder.trim() !== '') st.set({ step: 3, folder: st.folder.trim() });
      }}
    >
      <div className="row-between">
        <h2 id="dest-title">Chọn nơi lưu gói</h2>
        <button type="button" className="button small" disabled={st.detecting} onClick={() => void st.detect()}>
          {st.detecting ? 'Đang dò…' : 'Dò lại ổ USB'}
        </button>
      </div>
      <DriveList />
      <h3>Hoặc một thư mục khác</h3>
      {electron ? (
        <div className="inline-row">
          <button type="button" className="button" onClick={() => void st.chooseFolder()}>
            Chọn thư mục…
          </button>
          <span className="mono">{st.folder || 'Chưa chọn thư mục'}</span>
        </div>
      ) : (
        <Field label="Đường dẫn thư mục (trên máy đang chạy Sổ Một Cửa)" htmlFor="dest-folder" hint="Ví dụ E:\ hoặc D:\BanGiao trên Windows, /media/canbo/USB trên Linux.">
          <input id="dest-folder" className="mono" value={st.folder} onChange={(e) => st.set({ folder: e.target.value })} spellCheck={false} />
        </Field>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => st.set({ step: 1 })}>
          Quay lại
        </button>
        <button type="submit" className="button primary" disabled={st.folder.trim() === ''}>
          Tiếp theo
        </button>
      </div>
    </form>
  );
}
