// Báo cáo: choose the period (Nghị định 09 cut-offs or calendar months), read Biểu 06 with every figure
// opening its dossiers, the rates, the sentences of the narrative drawn from the ledger, the monthly
// chart, and export the report.
import { useEffect, useState } from 'react';
import { BIEU_06_PROFILE } from '../../../shared/report/profile';
import { NOT_TRACKED_VI, untracked } from '../../../shared/report/tracking';
import { call } from '../../api/client';
import { saveDocument } from '../../api/files';
import { notify, notifyError, useApp } from '../../app/app-store';
import { formatPercentVi, viDateTime, viIso } from '../../app/format';
import { JobProgress } from '../../components/JobProgress';
import { PeriodPicker, yearsAround } from '../../components/PeriodPicker';
import { ErrorBox, Loading, StateBadge } from '../../components/ui';
import { Form06Table } from './Form06Table';
import { MonthChart } from './MonthChart';
import { NarrativePanel } from './NarrativePanel';
import { periodText, useReport } from './report-store';

function CellList() {
  const { cell, closeCell } = useReport();
  if (!cell) return null;
  return (
    <section className="card cell-list" aria-labelledby="cell-title" data-testid="cell-list">
      <header className="row-between">
        <h2 id="cell-title">
          {cell.title}: <span data-testid="cell-count">{cell.count}</span> hồ sơ
        </h2>
        <button type="button" className="button small" onClick={closeCell}>
          Đóng
        </button>
      </header>
      {cell.items.length === 0 ? (
        <p className="muted">Không có hồ sơ nào trong ô này.</p>
      ) : (
        <table className="list-table codes-wrap">
          <thead>
            <tr>
              <th>Mã hồ sơ</th>
              <th>Thủ tục</th>
              <th className="keep-words">Lĩnh vực</th>
              <th className="nowrap">Tiếp nhận</th>
              <th className="nowrap">Hạn trả</th>
              <th className="nowrap">Kết thúc</th>
              <th className="nowrap">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {cell.items.map((d) => (
              <tr key={d.id}>
                <td>
                  <a className="mono" href={`#/ho-so/${d.id}`} data-testid="cell-code">
                    {d.code}
                  </a>
                </td>
                <td>{d.procedureName}</td>
                <td className="keep-words">{d.field}</td>
                <td className="nowrap">{viIso(d.receivedAt.slice(0, 10))}</td>
                <td className="nowrap">{viIso(d.due)}</td>
                <td className="nowrap">{viIso(d.endedOn)}</td>
                <td>
                  <StateBadge state={d.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const FORMAT_NAMES = { pdf: 'PDF', xlsx: 'Excel', docx: 'Word' } as const;

export function ReportScreen() {
  const info = useApp((s) => s.info);
  const st = useReport();
  const [exporting, setExporting] = useState<string | null>(null);
  const years = yearsAround(info?.today ?? null, st.year);

  useEffect(() => {
    const report = useReport.getState();
    if (report.view === null && info) {
      const month = Number(info.today.slice(5, 7));
      report.setPeriod({ year: Number(info.today.slice(0, 4)), part: `Q${Math.ceil(month / 3)}` });
    } else void report.compile();
  }, [info]);

  async function exportAs(format: 'pdf' | 'xlsx' | 'docx') {
    setExporting(format);
    try {
      const request = { period: periodText(st.year, st.part), rule: st.rule, format };
      const label = `Đang làm tệp ${FORMAT_NAMES[format]} của báo cáo`;
      notify(await saveDocument({ kind: 'report', ...request }, label, (jobId) => call('report.export', { ...request, jobId })));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(null);
    }
  }

  const view = st.view;
  const notFollowed = view ? untracked(view.report).rates : new Set<string>();
  return (
    <div className="report">
      <div className="toolbar">
        <h1>Báo cáo</h1>
        <PeriodPicker value={st} years={years} onChange={(patch) => st.setPeriod(patch)} />
        <span className="spacer" />
        <button type="button" className="button primary" disabled={!view || exporting !== null} onClick={() => void exportAs('pdf')}>
          {exporting === 'pdf' ? 'Đang xuất…' : 'Xuất PDF'}
        </button>
        <button type="button" className="button" disabled={!view || exporting !== null} onClick={() => void exportAs('xlsx')}>
          Xuất Excel
        </button>
        <button type="button" className="button" disabled={!view || exporting !== null} onClick={() => void exportAs('docx')}>
          Xuất Word
        </button>
      </div>
      {exporting ? <JobProgress /> : null}
      <ErrorBox message={st.error} />
      {st.loading && !view ? <Loading text="Đang lập báo cáo…" /> : null}
      {view ? (
        <>
          <section className="card">
            <p className="form-code">{BIEU_06_PROFILE.formCode}</p>
            <h2 className="form-title">{BIEU_06_PROFILE.formTitle}</h2>
            <p className="center">
              Kỳ báo cáo: <strong data-testid="report-period">{view.report.period.label}</strong> (từ ngày {viIso(view.report.period.from)} đến ngày{' '}
              {viIso(view.report.period.to)})
            </p>
            <p className="row-between muted">
              <span>
                Đơn vị báo cáo: {view.unitName} · Đơn vị nhận báo cáo: {view.receivingUnit || '—'}
              </span>
              <span>{BIEU_06_PROFILE.unitOfMeasure}</span>
            </p>
            {view.signoff ? (
              <p className="signed-note" data-testid="signed-note">
                Đã ký duyệt: bảng in số liệu đã khóa. Ô có ghi “nay” là số theo sổ hiện tại (có điều chỉnh sau khi ký); danh sách hồ sơ theo sổ hiện tại.
              </p>
            ) : null}
            <Form06Table view={view} onCell={(k, f) => void st.openCell(k, f)} active={st.cell ? { key: st.cell.key, field: st.cell.field } : null} />
            <p className="hint">Bấm vào một số liệu để xem danh sách hồ sơ tạo nên số liệu đó.</p>
            {view.provisionalAsOf ? (
              <p className="hint" data-testid="period-open">
                <strong>Dự thảo — số liệu tạm tính đến {viDateTime(view.provisionalAsOf)}.</strong> Kỳ báo cáo kết thúc ngày {viIso(view.report.period.to)}; hồ sơ đang giải quyết được xét
                trong hạn hay quá hạn tại thời điểm này.
              </p>
            ) : null}
          </section>
          <CellList />
          <div className="report-grid">
            <section className="card" aria-labelledby="rates-title">
              <h2 id="rates-title">Các tỷ lệ</h2>
              <table className="rates">
                <tbody>
                  {BIEU_06_PROFILE.rates.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">
                        {r.label}
                        <small>{r.formula}</small>
                      </th>
                      <td>{notFollowed.has(r.key) ? NOT_TRACKED_VI : formatPercentVi(view.report.rates[r.key])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="card" aria-labelledby="chart-title">
              <h2 id="chart-title">Theo tháng</h2>
              <MonthChart months={view.months} />
            </section>
          </div>
          <NarrativePanel view={view} />
          {view.report.late_dossiers.length > 0 ? (
            <section className="card" aria-labelledby="late-title">
              <h2 id="late-title">{BIEU_06_PROFILE.lateListTitle}</h2>
              <table className="list-table codes-wrap">
                <thead>
                  <tr>
                    <th>Mã hồ sơ</th>
                    <th>Thủ tục</th>
                    <th className="nowrap">Ngày nhận</th>
                    <th className="nowrap">Hạn trả</th>
                    <th className="nowrap">Kết thúc</th>
                    <th className="keep-words">Số ngày quá hạn</th>
                    <th className="nowrap">Nguyên nhân</th>
                  </tr>
                </thead>
                <tbody>
                  {view.report.late_dossiers.map((d) => (
                    <tr key={d.code}>
                      <td className="mono">{d.code}</td>
                      <td>{d.procedure}</td>
                      <td className="nowrap">{viIso(d.received)}</td>
                      <td className="nowrap">{viIso(d.due)}</td>
                      <td className="nowrap">{d.ended ? viIso(d.ended) : 'đang giải quyết'}</td>
                      <td>{d.working_days_late}</td>
                      <td>{d.cause || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      ) : null}
      {view === null && !st.loading && !st.error ? <p className="muted">Chọn kỳ báo cáo.</p> : null}
    </div>
  );
}
