// Biểu số 06/VPCP/KSTT on screen, laid out by the report profile (two header levels, column numbers);
// every figure is a button that opens the dossiers behind it (without `onCell`, plain figures: the
// receiving office's consolidated form, whose rows are units, with `leadLabel` "Đơn vị báo cáo").
import type { ReportView } from '../../../shared/api/report-schemas';
import { BIEU_06_PROFILE } from '../../../shared/report/profile';
import { formatIntVi } from '../../app/format';

type Row = ReportView['report']['total'] & { field?: string };

const P = BIEU_06_PROFILE;

function groups() {
  const out: { label: string; span: number }[] = [];
  for (const c of P.columns) {
    const last = out[out.length - 1];
    if (last && last.label === c.group) last.span += 1;
    else out.push({ label: c.group, span: 1 });
  }
  return out;
}

/** The second header row: a column's own label (spanning two rows), or its subgroup over its siblings. */
function secondRow() {
  const out: { key: string; label: string; subgroup: string | null; span: number }[] = [];
  for (const c of P.columns) {
    const last = out[out.length - 1];
    if (c.subgroup !== null && last?.subgroup === c.subgroup) last.span += 1;
    else out.push({ key: c.key, label: c.label, subgroup: c.subgroup, span: 1 });
  }
  return out;
}

export interface Form06TableProps {
  view: Pick<ReportView, 'report' | 'current'>;
  onCell?(key: string, field: string | null): void;
  active?: { key: string; field: string | null } | null;
  /** The lead column's heading (default: the profile's "Lĩnh vực"). */
  leadLabel?: string;
}

export function Form06Table(props: Form06TableProps) {
  const { report } = props.view;
  const current = props.view.current;
  const currentOf = (field: string | null, key: string): number | null => {
    if (!current) return null;
    const row = field === null ? current.total : current.by_field.find((r) => r.field === field);
    return row ? (row as Record<string, number | string>)[key] as number : 0;
  };
  const rows: { no: string; label: string; field: string | null; figures: Row }[] = [
    ...report.by_field.map((r, i) => ({ no: String(i + 1), label: r.field, field: r.field, figures: r })),
    { no: '', label: P.totalLabel, field: null, figures: report.total },
  ];
  return (
    <div className="table-wrap">
      <table className="form06" aria-label={P.formCode}>
        <thead>
          <tr>
            <th rowSpan={3}>{P.leadColumns.no}</th>
            <th rowSpan={3}>{props.leadLabel ?? P.leadColumns.field}</th>
            {groups().map((g) => (
              <th key={g.label} colSpan={g.span}>
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {secondRow().map((cell) =>
              cell.subgroup ? (
                <th key={cell.key} colSpan={cell.span}>
                  {cell.subgroup}
                </th>
              ) : (
                <th key={cell.key} rowSpan={2}>
                  {cell.label}
                </th>
              ),
            )}
          </tr>
          <tr>
            {P.columns
              .filter((c) => c.subgroup !== null)
              .map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
          </tr>
          <tr className="numbers">
            <td>(1)</td>
            <td>(2)</td>
            {P.columns.map((c) => (
              <td key={c.key}>({c.no})</td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.field === null ? 'total' : ''}>
              <td>{r.no}</td>
              <th scope="row">{r.label}</th>
              {P.columns.map((c) => {
                const value = r.figures[c.key];
                const active = props.active?.key === c.key && props.active.field === r.field;
                const onCell = props.onCell;
                if (!onCell) {
                  return (
                    <td key={c.key} className={`figure-static${value === 0 ? ' zero' : ''}`} data-cell={`${r.field ?? 'total'}|${c.key}`}>
                      {formatIntVi(value)}
                    </td>
                  );
                }
                return (
                  <td key={c.key}>
                    <button
                      type="button"
                      className={`figure${active ? ' active' : ''}${value === 0 ? ' zero' : ''}`}
                      aria-label={`${r.label} — ${c.group}: ${c.label}: ${value} hồ sơ`}
                      data-cell={`${r.field ?? 'total'}|${c.key}`}
                      onClick={() => onCell(c.key, r.field)}
                    >
                      {formatIntVi(value)}
                    </button>
                    {(() => {
                      const now = currentOf(r.field, c.key);
                      return now !== null && now !== value ? <small className="now">nay {formatIntVi(now)}</small> : null;
                    })()}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
