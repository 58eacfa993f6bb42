// Bàn giao USB: the packages that carry the ledger between desks and the reports up to the receiving
// office (handoff.md). A unit's ledger exports, imports and settles conflicts; a receiving office's
// ledger also has the dashboard of its units.
import { useEffect } from 'react';
import { hrefOf } from '../../app/router';
import { ErrorBox, Loading } from '../../components/ui';
import { ConflictsPanel } from './ConflictsPanel';
import { ExportWizard } from './ExportWizard';
import { useIdentity } from './identity-store';
import { ImportPanel } from './ImportPanel';
import { OfficeDashboard } from './OfficeDashboard';
import { MakeRulesUpdatePanel } from './MakeRulesUpdatePanel';
import { RulesUpdatePanel } from './RulesUpdatePanel';
import '../../styles/handoff.css';

const TABS = [
  { key: 'tong-hop', label: 'Tổng hợp', office: true, unit: false },
  { key: 'xuat', label: 'Xuất gói', office: true, unit: true },
  { key: 'nhap', label: 'Nhập gói', office: true, unit: true },
  { key: 'xung-dot', label: 'Xung đột', office: false, unit: true },
  { key: 'cap-nhat', label: 'Cập nhật quy định', office: true, unit: true },
] as const;

export function HandoffScreen({ tab }: { tab: string }) {
  const { identity, error } = useIdentity();
  useEffect(() => {
    void useIdentity.getState().load();
  }, []);
  if (!identity) return error ? <ErrorBox message={error} /> : <Loading />;
  const office = identity.role === 'receiving_office';
  const tabs = TABS.filter((t) => (office ? t.office : t.unit));
  const current = tabs.find((t) => t.key === tab)?.key ?? tabs[0]?.key;
  return (
    <div className="handoff">
      <div className="row-between">
        <h1>Bàn giao USB</h1>
        <p className="muted">
          {identity.unitName} — {office ? 'sổ của đơn vị nhận báo cáo' : `mã ${identity.unitCode}`}
          {identity.fingerprint ? (
            <>
              {' '}
              · dấu vân tay khóa <span className="fingerprint">{identity.fingerprint}</span>
            </>
          ) : null}
        </p>
      </div>
      <nav className="tabs" aria-label="Mục bàn giao">
        {tabs.map((t) => (
          <a key={t.key} href={hrefOf({ screen: 'handoff', tab: t.key })} className={t.key === current ? 'active' : ''} aria-current={t.key === current ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {current === 'tong-hop' ? <OfficeDashboard /> : null}
      {current === 'xuat' ? <ExportWizard /> : null}
      {current === 'nhap' ? <ImportPanel /> : null}
      {current === 'xung-dot' ? <ConflictsPanel /> : null}
      {current === 'cap-nhat' ? office ? <MakeRulesUpdatePanel /> : <RulesUpdatePanel /> : null}
    </div>
  );
}
