// Inside the app, above the screen: the clock warning while the desk only reads (logging stays refused
// until the clock is fixed or confirmed), acknowledged dossiers found missing (until an officer says they
// have been dealt with — never just dismissed), and what start-up or a restore did (backups taken, folders
// missing), until dismissed.
import { useStartup } from './startup-store';

export function StartupBanner() {
  const { view, readOnly, restored, notesDismissed, busy, error, recheck, confirmClock, dismissNotes, acknowledgeLosses } = useStartup();
  const clock = view?.phase === 'confirm' && readOnly ? view.problems.find((p) => p.kind === 'clock-behind') : undefined;
  const notes = notesDismissed ? [] : [...restored, ...(view?.notes ?? [])];
  const losses = view?.lossWarnings ?? [];
  if (!clock && notes.length === 0 && losses.length === 0) return null;
  return (
    <div className="banners">
      {losses.length > 0 ? (
        <div className="banner banner-warn" role="alert" aria-label="Sổ có thể thiếu hồ sơ đã ghi">
          <p>
            <strong>Sổ có thể thiếu hồ sơ đã ghi.</strong>
          </p>
          <ul className="plain">
            {losses.map((loss, i) => (
              <li key={i}>
                {loss.foundAtText ? `Phát hiện lúc ${loss.foundAtText}: ` : ''}
                {loss.message}
              </li>
            ))}
          </ul>
          {error && !clock ? <p className="banner-error">{error}</p> : null}
          <div className="actions">
            <button type="button" className="button small warn" disabled={busy} onClick={() => void acknowledgeLosses()}>
              Đã kiểm tra và nhập lại hồ sơ thiếu
            </button>
          </div>
        </div>
      ) : null}
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
