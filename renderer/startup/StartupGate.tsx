// Before anything else: the start-up check. A blocked ledger (or a clock to confirm) shows the start-up
// screen with its ways forward; a ledger being upgraded, what is being done; otherwise the app.
import { type ReactNode, useEffect } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { StartupScreen } from './StartupScreen';
import { StartupWork } from './StartupWork';
import { useStartup } from './startup-store';
import '../styles/desk.css';

export function StartupGate({ children }: { children: ReactNode }) {
  const { view, error, busy, readOnly, load } = useStartup();
  useEffect(() => {
    void load();
  }, [load]);
  if (!view) {
    if (!error) return <Loading text="Đang kiểm tra sổ dữ liệu…" />;
    return (
      <div className="wizard-page">
        <div className="card startup">
          <ErrorBox message={error} />
          <button type="button" className="button" disabled={busy} onClick={() => void load()}>
            Thử lại
          </button>
        </div>
      </div>
    );
  }
  if (view.phase === 'upgrading') return <StartupWork view={view} reload={load} />;
  if (view.phase === 'blocked' || (view.phase === 'confirm' && !readOnly)) return <StartupScreen />;
  return <>{children}</>;
}
