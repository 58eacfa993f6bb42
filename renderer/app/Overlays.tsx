// Passing notices (bottom right) and, in the browser host, the PDF preview to print from.
import { Dialog } from '../components/Dialog';
import { useApp } from './app-store';

export function Notices() {
  const { notices, dismiss } = useApp();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" className="icon-button" aria-label="Đóng thông báo" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function PdfPreview() {
  const { preview, closePreview } = useApp();
  if (!preview) return null;
  return (
    <Dialog title={`Xem trước để in: ${preview.fileName}`} onClose={closePreview} wide>
      <iframe className="pdf-frame" src={preview.url} title={preview.fileName} />
      <div className="actions">
        <a className="button primary" href={preview.url} download={preview.fileName}>
          Tải tệp PDF
        </a>
        <button type="button" className="button" onClick={closePreview}>
          Đóng
        </button>
      </div>
      <p className="hint">Dùng nút in của khung xem PDF (hoặc Ctrl+P trong khung) để in.</p>
    </Dialog>
  );
}
