// Inside the app, above the screen: the clock warning while the desk only reads (logging stays refused
// until the clock is fixed or confirmed), and what start-up or a restore did (backups taken, folders
// missing), until dismissed.
import { useStartup } from './startup-store';

export function StartupBanner() {
  const { view, readOnly, restored, notesDismissed, busy, error, recheck, confirmClock, dismissNotes } = useStartup();
  const clock = view?.phase === 'confirm' && readOnly ? view.problems.find((p) => p.kind === 'clock-behind') : undefined;
  const notes = notesDismissed ? [] : [...restored, ...(view?.notes ?? [])];
  if (!clock && notes.length === 0) return null;
  return (
    <div className="banners">
      {clock ? (
        <div className="banner banner-warn" role="alert">
          <p>
            <strong>Chưa ghi được hồ sơ.</strong> {clock.message}
          </p>
          {error ? <p className="banner-error">{error}</p> : null}
          <div className="actions">
            <button type="button" className="button small" disabled={busy} onClick={() => void recheck()}>
              Đã chỉnh ngày giờ: kiểm tra lại
            </button>
            <button type="button" className="button small warn" disabled={busy} onClick={() => void confirmClock()}>
              Ngày giờ của máy là đúng: cho phép ghi
            </button>
          </div>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div className="banner banner-info" role="status">
          <ul className="plain">
            {notes.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" className="icon-button" aria-label="Ẩn thông báo khởi động" onClick={dismissNotes}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
