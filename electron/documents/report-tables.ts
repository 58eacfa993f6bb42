// The report's tables as plain grids, shared by the PDF and the XLSX so both print the same cells.
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { formatDecimalVi, formatIntVi, formatPercentVi } from '../../shared/format/vi-number';
import type { CompiledReport, LateDossier } from '../../shared/report/compile';
import type { FormKey } from '../../shared/report/figures';
import type { ReportProfile } from '../../shared/report/profile';
import type { CorrectedCell } from './report-input';
import { NOT_TRACKED_VI, untracked } from '../../shared/report/tracking';
import { dayFromIso, type IsoDate, viDate } from '../../shared/time/day';

export interface HeaderCell {
  text: string;
  /** 0-based position in the header grid. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface HeaderGrid {
  rows: number;
  cols: number;
  cells: HeaderCell[];
  /** "(1)" … "(13)". */
  numbers: string[];
}

/** The form's merged header: lead columns span every header row; groups, then subgroups, then labels. */
export function formHeader(profile: ReportProfile): HeaderGrid {
  const cols = profile.columns;
  const rows = cols.some((c) => c.subgroup !== null) ? 3 : 2;
  const cells: HeaderCell[] = [
    { text: profile.leadColumns.no, row: 0, col: 0, rowSpan: rows, colSpan: 1 },
    { text: profile.leadColumns.field, row: 0, col: 1, rowSpan: rows, colSpan: 1 },
  ];
  const runs = <T>(key: (i: number) => T): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = 0; i < cols.length; i += 1) {
      const last = out.at(-1);
      if (last && key(i) === key(last[0]) && key(i) !== null) last[1] += 1;
      else out.push([i, 1]);
    }
    return out;
  };
  for (const [start, span] of runs((i) => cols[i]?.group ?? null)) {
    cells.push({ text: cols[start]?.group ?? '', row: 0, col: start + 2, rowSpan: 1, colSpan: span });
  }
  for (const [start, span] of runs((i) => cols[i]?.subgroup ?? null)) {
    const sub = cols[start]?.subgroup ?? null;
    if (sub === null) continue;
    cells.push({ text: sub, row: 1, col: start + 2, rowSpan: 1, colSpan: span });
  }
  cols.forEach((c, i) => {
    if (c.subgroup === null) cells.push({ text: c.label, row: 1, col: i + 2, rowSpan: rows - 1, colSpan: 1 });
    else cells.push({ text: c.label, row: rows - 1, col: i + 2, rowSpan: 1, colSpan: 1 });
  });
  const numbers = ['(1)', '(2)', ...cols.map((c) => `(${c.no})`)];
  return { rows, cols: cols.length + 2, cells, numbers };
}

export interface FormRow {
  stt: string;
  field: string;
  values: number[];
  total: boolean;
}

/** One row per field, then the total. */
export function formRows(report: CompiledReport, profile: ReportProfile): FormRow[] {
  const rows: FormRow[] = report.by_field.map((r, i) => ({
    stt: String(i + 1),
    field: r.field,
    values: profile.columns.map((c) => r[c.key]),
    total: false,
  }));
  rows.push({ stt: '', field: profile.totalLabel, values: profile.columns.map((c) => report.total[c.key]), total: true });
  return rows;
}

export type ExtendedLine =
  | { kind: 'group'; label: string }
  /** `untracked`: no dossier of the period carries the indicator — printed "không theo dõi", not 0. */
  | { kind: 'row'; label: string; values: number[]; untracked: boolean };

export interface ExtendedTable {
  /** Field names then the total label. */
  columns: string[];
  lines: ExtendedLine[];
}

/** The extended breakdown transposed: one line per figure, one column per field and the total. */
export function extendedTable(report: CompiledReport, profile: ReportProfile): ExtendedTable {
  const fields = report.extended.by_field;
  const notFollowed = untracked(report).figures;
  const lines: ExtendedLine[] = [];
  for (const group of profile.extendedGroups) {
    lines.push({ kind: 'group', label: group.heading });
    for (const row of group.rows) {
      lines.push({
        kind: 'row',
        label: row.label,
        values: [...fields.map((f) => f[row.key]), report.extended.total[row.key]],
        untracked: notFollowed.has(row.key),
      });
    }
  }
  return { columns: [...fields.map((f) => f.field), profile.totalLabel], lines };
}

const date = (iso: IsoDate | null): string => (iso === null ? '' : viDate(dayFromIso(iso)));

/** The late-dossier list of reports.md §1: no personal data. */
export function lateRows(late: readonly LateDossier[], responsible: (code: string) => string = () => ''): string[][] {
  return late.map((d, i) => [
    String(i + 1),
    d.code,
    d.procedure,
    d.field,
    date(d.received),
    date(d.due),
    d.ended === null ? 'đang giải quyết' : date(d.ended),
    formatIntVi(d.working_days_late),
    d.cause,
    responsible(d.code),
    d.apology === null ? 'Chưa' : date(d.apology),
  ]);
}

/** A figure of the extended table as printed: "không theo dõi" for an indicator not followed. */
export function extendedCellText(line: Extract<ExtendedLine, { kind: 'row' }>, value: number): string {
  return line.untracked ? NOT_TRACKED_VI : formatIntVi(value);
}

/** STT, label, formula, rate ("—" when it has no denominator, "không theo dõi" when nobody recorded it). */
export function rateRows(report: CompiledReport, profile: ReportProfile): string[][] {
  const notFollowed = untracked(report).rates;
  return profile.rates.map((r, i) => [
    String(i + 1),
    r.label,
    r.formula,
    notFollowed.has(r.key) ? NOT_TRACKED_VI : formatPercentVi(report.rates[r.key]),
  ]);
}

export const AVERAGE_TITLE = 'THỜI GIAN GIẢI QUYẾT TRUNG BÌNH THEO THỦ TỤC';
export const AVERAGE_COLUMNS = ['STT', 'Thủ tục', 'Mã thủ tục', 'Số hồ sơ', 'Thời gian trung bình'];

/** STT, procedure, national code ("—" without one), count, "2,50 ngày làm việc" (dossiers resolved with a result). */
export function averageRows(report: CompiledReport): string[][] {
  return report.average_resolution.map((a, i) => [
    String(i + 1),
    a.procedure,
    displayedProcedureCode(a.procedure_code, '—'),
    formatIntVi(a.count),
    `${formatDecimalVi(a.average)} ${a.unit_label}`,
  ]);
}

export const CORRECTIONS_TITLE = 'ĐÍNH CHÍNH SỐ LIỆU CÁC KỲ ĐÃ BÁO CÁO';
export const CORRECTION_COLUMNS = ['STT', 'Kỳ báo cáo đã ký', 'Mã hồ sơ', 'Nội dung đính chính', 'Thời điểm'];
export const CORRECTED_CELLS_TITLE = 'CÁC Ô SỐ LIỆU CỦA BIỂU 06 ĐÃ KÝ THAY ĐỔI DO ĐÍNH CHÍNH';
export const CORRECTED_CELL_COLUMNS = ['STT', 'Kỳ báo cáo đã ký', 'Dòng', 'Cột', 'Đã báo cáo → Sau đính chính'];

/** "(10) Số hồ sơ đã giải quyết — Quá hạn". */
export function columnTitle(profile: ReportProfile, key: FormKey): string {
  const c = profile.columns.find((col) => col.key === key);
  if (!c) return key;
  return `(${c.no}) ${c.group}${c.subgroup ? ` (${c.subgroup.toLocaleLowerCase('vi')})` : ''} — ${c.label}`;
}

/** The cells of a signed Biểu 06 that differ in the figures as they stand now, row by row, column by column. */
export function changedCells(periodLabel: string, signed: CompiledReport, now: CompiledReport, profile: ReportProfile): CorrectedCell[] {
  const out: CorrectedCell[] = [];
  const rowsOf = (r: CompiledReport) => new Map([...r.by_field.map((f) => [f.field, f] as const), [profile.totalLabel, r.total] as const]);
  const before = rowsOf(signed);
  const after = rowsOf(now);
  const names = [...before.keys()].filter((k) => k !== profile.totalLabel);
  for (const name of after.keys()) if (!before.has(name) && name !== profile.totalLabel) names.push(name);
  names.push(profile.totalLabel);
  for (const name of names) {
    for (const column of profile.columns) {
      const b = before.get(name)?.[column.key] ?? 0;
      const a = after.get(name)?.[column.key] ?? 0;
      if (a !== b) out.push({ period: periodLabel, row: name, column: columnTitle(profile, column.key), before: b, after: a });
    }
  }
  return out;
}
