// The consolidated Biểu 06: one row per unit (each unit's own total as it sent it) and their sum, with
// the documents to send up (PDF, Excel, Word).
import { useState } from 'react';
import type { ConsolidatedView } from '../../../shared/api/handoff-schemas';
import { BIEU_06_PROFILE } from '../../../shared/report/profile';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { notify, notifyError } from '../../app/app-store';
import { viIso } from '../../app/format';
import { Form06Table } from '../report/Form06Table';

const FORMATS = [
  { format: 'pdf', label: 'Xuất PDF' },
  { format: 'xlsx', label: 'Xuất Excel' },
  { format: 'docx', label: 'Xuất Word' },
] as const;

export function ConsolidatedCard({ view, input }: { view: ConsolidatedView; input: { period: string; rule: 'nd09' | 'calendar' } }) {
  const [exporting, setExporting] = useState<string | null>(null);
  const c = view.consolidated;
  async function exportAs(format: 'pdf' | 'xlsx' | 'docx') {
    setExporting(format);
    try {
      notify(await saveFile(await call('handoff.exportConsolidated', { ...input, format })));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(null);
    }
  }
  return (
    <section className="card" aria-labelledby="consolidated-title" data-testid="consolidated">
      <div className="row-between">
        <h2 id="consolidated-title">Biểu 06 tổng hợp {view.periodLabel}</h2>
        <div className="actions tight">
          {FORMATS.map((f) => (
            <button key={f.format} type="button" className={`button${f.format === 'pdf' ? ' primary' : ''}`} disabled={!c || exporting !== null} onClick={() => void exportAs(f.format)}>
              {exporting === f.format ? 'Đang xuất…' : f.label}
            </button>
          ))}
        </div>
      </div>
      {c ? (
        <>
          <p className="form-code">{BIEU_06_PROFILE.formCode}</p>
          <p className="center">
            Kỳ báo cáo: <strong>{c.report.period.label}</strong> (từ ngày {viIso(c.report.period.from)} đến ngày {viIso(c.report.period.to)}) · {c.units.length} đơn vị
          </p>
          <Form06Table view={{ report: c.report, current: null }} leadLabel="Đơn vị báo cáo" />
          <p className="hint">Mỗi dòng là tổng số của một đơn vị theo gói báo cáo đơn vị đã gửi; dòng Tổng cộng là tổng các dòng.</p>
        </>
      ) : (
        <p className="muted">Chưa có đơn vị nào gửi báo cáo kỳ này.</p>
      )}
    </section>
  );
}
