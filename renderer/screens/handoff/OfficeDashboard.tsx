// Tổng hợp (receiving office): the period, who sent it and who did not, the consolidated Biểu 06, and
// the units registered to send.
import { useEffect } from 'react';
import { useApp } from '../../app/app-store';
import { PeriodPicker, currentQuarter, periodText, yearsAround } from '../../components/PeriodPicker';
import { ErrorBox, Loading } from '../../components/ui';
import { ConsolidatedCard } from './ConsolidatedCard';
import { useOffice } from './office-store';
import { PeriodStatusCard } from './PeriodStatusCard';
import { UnitsCard } from './UnitsCard';

export function OfficeDashboard() {
  const today = useApp((s) => s.info?.today ?? null);
  const st = useOffice();
  const period = st.period ?? currentQuarter(today ?? '2024-01-01');
  useEffect(() => {
    const office = useOffice.getState();
    void office.load(office.period ?? currentQuarter(today ?? '2024-01-01'));
  }, [today]);
  return (
    <div className="office">
      <div className="toolbar" aria-label="Kỳ báo cáo">
        <PeriodPicker value={period} years={yearsAround(today, period.year)} onChange={(patch) => st.setPeriod(patch, period)} />
        <button type="button" className="button small" disabled={st.loading} onClick={() => void st.load(period)}>
          Tải lại
        </button>
      </div>
      <ErrorBox message={st.error} />
      {st.loading && !st.status ? <Loading /> : null}
      {st.status ? <PeriodStatusCard status={st.status} /> : null}
      {st.consolidated ? <ConsolidatedCard view={st.consolidated} input={{ period: periodText(period.year, period.part), rule: period.rule }} /> : null}
      {st.units ? <UnitsCard units={st.units} onRegistered={() => void st.load(period)} /> : null}
    </div>
  );
}
