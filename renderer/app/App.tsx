// The app's frame: the side navigation (Alt+1…Alt+7), the header with the unit and today, the current
// screen, notices, and the document preview of the browser host. Before the unit is set up, the wizard.
import { useEffect } from 'react';
import { viIso, weekdayOf } from './format';
import { useApp } from './app-store';
import { type Route, go, hrefOf, useRouter } from './router';
import { Notices, PdfPreview } from './Overlays';
import { SetupWizard } from '../screens/setup/SetupWizard';
import { IntakeScreen } from '../screens/intake/IntakeScreen';
import { LedgerScreen } from '../screens/ledger/LedgerScreen';
import { DossierScreen } from '../screens/dossier/DossierScreen';
import { AlertsScreen } from '../screens/alerts/AlertsScreen';
import { TodayScreen } from '../screens/today/TodayScreen';
import { DailyCount } from '../screens/today/DailyCount';
import { ReportScreen } from '../screens/report/ReportScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { HandoffScreen } from '../screens/handoff/HandoffScreen';
import { ErrorBox, Kbd, Loading } from '../components/ui';
import { OperatorGate } from '../operators/OperatorGate';
import { OperatorPicker } from '../operators/OperatorPicker';
import { StartupBanner } from '../startup/StartupBanner';
import { StartupGate } from '../startup/StartupGate';

const NAV: { key: string; label: string; route: Route; screens: Route['screen'][] }[] = [
  { key: '1', label: 'Tiếp nhận', route: { screen: 'intake' }, screens: ['intake'] },
  { key: '2', label: 'Sổ theo dõi', route: { screen: 'ledger' }, screens: ['ledger', 'dossier'] },
  { key: '3', label: 'Cảnh báo', route: { screen: 'alerts' }, screens: ['alerts'] },
  { key: '4', label: 'Báo cáo', route: { screen: 'report' }, screens: ['report'] },
  { key: '5', label: 'Thiết lập', route: { screen: 'settings', tab: 'don-vi' }, screens: ['settings'] },
  { key: '6', label: 'Bàn giao USB', route: { screen: 'handoff', tab: '' }, screens: ['handoff'] },
  { key: '7', label: 'Việc hôm nay', route: { screen: 'today' }, screens: ['today'] },
];

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'intake':
      return <IntakeScreen />;
    case 'ledger':
      return <LedgerScreen />;
    case 'dossier':
      return <DossierScreen id={route.id} />;
    case 'alerts':
      return <AlertsScreen />;
    case 'today':
      return <TodayScreen />;
    case 'report':
      return <ReportScreen />;
    case 'settings':
      return <SettingsScreen tab={route.tab} />;
    case 'handoff':
      return <HandoffScreen tab={route.tab} />;
  }
}

/** The start-up check first (a blocked ledger shows its way forward), then the desk. */
export function App() {
  return (
    <StartupGate>
      <DeskApp />
    </StartupGate>
  );
}

function DeskApp() {
  const { info, loadError, load } = useApp();
  const route = useRouter((s) => s.route);

  useEffect(() => {
    void load();
    const onHash = () => useRouter.getState().sync();
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const item = NAV.find((n) => n.key === e.key);
      if (item) {
        e.preventDefault();
        go(item.route);
      }
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey);
    onHash(); // the address may have changed before this listener was attached
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, [load]);

  if (loadError) return <ErrorBox message={loadError} />;
  if (!info) return <Loading text="Đang mở sổ…" />;
  if (!info.configured) return <SetupWizard onDone={() => void load()} />;

  const shell = (
    <div className="shell">
      <nav className="sidebar" aria-label="Chức năng">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            SMC
          </span>
          <span>Sổ Một Cửa</span>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.key}>
              <a href={hrefOf(n.route)} className={n.screens.includes(route.screen) ? 'active' : ''} aria-current={n.screens.includes(route.screen) ? 'page' : undefined}>
                <span>
                  {n.label}
                  {n.key === '7' ? <DailyCount route={route} /> : null}
                </span>
                <Kbd>Alt+{n.key}</Kbd>
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar-foot">
          {info.host === 'web' ? 'Bản chạy trong trình duyệt' : 'Ứng dụng máy tính'} · v{info.version}
        </p>
      </nav>
      <div className="main">
        <header className="topbar">
          <div>
            <strong>{info.unitName}</strong>
            <span className="muted"> · Bàn tiếp nhận số {info.deskNumber}</span>
          </div>
          <div className="topbar-right">
            <OperatorPicker />
            <span className="muted">
              {weekdayOf(info.today)}, {viIso(info.today)}
            </span>
          </div>
        </header>
        <StartupBanner />
        <main className="content">
          <Screen route={route} />
        </main>
      </div>
      <Notices />
      <PdfPreview />
    </div>
  );
  // Nobody works anonymously: the operator at the desk is chosen before the screens open.
  return <OperatorGate>{shell}</OperatorGate>;
}
