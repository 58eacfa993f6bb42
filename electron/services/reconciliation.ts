// Reconciliation with the province's figures: its statistics table for the commune, read row by row
// (a unit, a field, the total), compared cell by cell with our Biểu 06 for the same period. Each
// difference comes with the dossiers of our cell (the same membership the report counts,
// report-drilldown.ts), those the province's system does not have marked first — the usual reason
// ours is higher; when the province counts more, it has dossiers we lack or dates and states that differ,
// which importing its dossier list for the period shows.
import { type ReportPeriod } from '../../shared/periods/period';
import type { CompiledReport } from '../../shared/report/compile';
import { FORM_KEYS, type FormFigures, type FormKey } from '../../shared/report/figures';
import { isoFromDay } from '../../shared/time/day';
import { formatLocalDateTime } from '../../shared/time/local-time';
import { foldKey } from '../import';
import type { ImportProblem } from '../import';
import { type ProvinceStatsTable, readProvinceStats } from '../import/province-stats';
import { LedgerFileError } from '../import/table';
import { type RawGrid, csvGrid, xlsGrid, xlsxGrid } from '../import/foreign/raw-grid';
import { createProvincialCodeRepository } from '../ledger';
import type { LedgerSession } from './ledger-session';
import { cellMembers } from './report-drilldown';
import { compilePeriodReport } from './report-service';

export const FIGURE_LABELS: Record<FormKey, string> = {
  received: 'Tiếp nhận > Tổng số',
  new_online: 'Tiếp nhận > Trực tuyến',
  new_direct_postal: 'Tiếp nhận > Trực tiếp, bưu chính',
  carried_over: 'Tiếp nhận > Kỳ trước chuyển qua',
  resolved: 'Đã giải quyết > Tổng số',
  early: 'Đã giải quyết > Trước hạn',
  on_time: 'Đã giải quyết > Đúng hạn',
  late: 'Đã giải quyết > Quá hạn',
  pending: 'Đang giải quyết > Tổng số',
  pending_in_time: 'Đang giải quyết > Trong hạn',
  pending_overdue: 'Đang giải quyết > Quá hạn',
};

export interface DifferenceDossier {
  code: string;
  procedureName: string;
  receivedAt: string;
  /** Whether the province's system has it (it has a provincial code). */
  onProvincialSystem: boolean;
}

export interface CellDifference {
  /** The row as the province's table names it. */
  row: string;
  line: number;
  /** Our field, or null for the total. */
  field: string | null;
  key: FormKey;
  /** The province's column header (or our label when its table lacks the column). */
  column: string;
  province: number;
  ours: number;
  dossiers: DifferenceDossier[];
}

export interface Reconciliation {
  period: { label: string; from: string; to: string };
  rowsCompared: number;
  cellsCompared: number;
  differences: CellDifference[];
  /** Rows of the province's table that name no field of ours. */
  unmatchedRows: string[];
  problems: ImportProblem[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The province's table as read from its file: for a workbook, the worksheet it was on and every worksheet. */
export interface ProvinceStatsReading extends ProvinceStatsTable {
  sheet?: string;
  sheets?: string[];
}

async function gridOf(bytes: Uint8Array, fileName: string, wanted: string | undefined): Promise<RawGrid> {
  if (starts(bytes, OLE)) return xlsGrid(bytes, fileName, wanted);
  if (starts(bytes, ZIP)) return xlsxGrid(bytes, wanted);
  return csvGrid(bytes, fileName, wanted);
}

/** The reading of a grid with the widest statistics table, or null when no reading holds one. */
function statsTableOf(grid: RawGrid): ProvinceStatsTable | null {
  let best: ProvinceStatsTable | null = null;
  for (const rows of grid.readings) {
    const table = readProvinceStats(rows);
    if (table && (!best || table.columns.length > best.columns.length)) best = table;
  }
  return best;
}

/**
 * The statistics table of the province's file: on the sheet asked for, or else on the first visible
 * sheet that holds one (a workbook may open on a cover or notes sheet). Refused when none does.
 */
export async function readProvinceStatsFile(bytes: Uint8Array, fileName: string, wanted?: string): Promise<ProvinceStatsReading> {
  const grid = await gridOf(bytes, fileName, wanted);
  let table = statsTableOf(grid);
  let sheet = grid.sheet;
  if (!table && wanted === undefined && grid.sheets) {
    const hidden = new Set(grid.hiddenSheets ?? []);
    for (const name of grid.sheets.filter((n) => n !== grid.sheet && !hidden.has(n))) {
      table = statsTableOf(await gridOf(bytes, fileName, name));
      if (table) {
        sheet = name;
        break;
      }
    }
  }
  if (!table) {
    const where = wanted !== undefined ? ` (trang tính "${wanted}")` : grid.sheets ? ` (đã tìm ở mọi trang tính không ẩn: ${grid.sheets.filter((n) => !(grid.hiddenSheets ?? []).includes(n)).map((n) => `"${n}"`).join(', ')})` : '';
    throw new LedgerFileError(
      `Không nhận ra bảng thống kê trong tệp "${fileName}"${where}: cần dòng tiêu đề có các nhóm "Tiếp nhận", "Đã giải quyết", "Đang giải quyết" và các cột như "Tổng số", "Trước hạn", "Quá hạn".`,
    );
  }
  return { ...table, ...(grid.sheets ? { sheets: grid.sheets, ...(sheet !== undefined ? { sheet } : {}) } : {}) };
}

function dossiersOfCell(session: LedgerSession, period: ReportPeriod, key: FormKey, field: string | null): DifferenceDossier[] {
  const members = cellMembers(session, period, key, field);
  const linked = createProvincialCodeRepository(session.db).codesOf(members.map((m) => m.row.id));
  return members
    .map(({ row }) => ({
      code: row.code,
      procedureName: row.procedureName,
      receivedAt: formatLocalDateTime(row.receivedAt),
      onProvincialSystem: linked.has(row.id),
    }))
    .sort((a, b) => Number(a.onProvincialSystem) - Number(b.onProvincialSystem) || a.receivedAt.localeCompare(b.receivedAt));
}

export function reconcile(session: LedgerSession, period: ReportPeriod, table: ProvinceStatsTable, report: CompiledReport = compilePeriodReport(session, period)): Reconciliation {
  const fields = new Map(report.by_field.map((row) => [foldKey(row.field), row]));
  const dataRows = table.rows.filter((r) => !r.isTotal);
  const differences: CellDifference[] = [];
  const unmatchedRows: string[] = [];
  let rowsCompared = 0;
  let cellsCompared = 0;
  for (const row of table.rows) {
    const fieldRow = fields.get(foldKey(row.label));
    // One row for the whole unit (its name, not a field) is the total.
    const isUnit = !fieldRow && !row.isTotal && dataRows.length === 1;
    if (!fieldRow && !row.isTotal && !isUnit) {
      unmatchedRows.push(row.label);
      continue;
    }
    const ours: FormFigures = fieldRow ?? report.total;
    const field = fieldRow ? fieldRow.field : null;
    rowsCompared += 1;
    for (const column of table.columns) {
      const province = row.figures[column.key] ?? 0;
      cellsCompared += 1;
      if (province === ours[column.key]) continue;
      differences.push({
        row: row.label,
        line: row.line,
        field,
        key: column.key,
        column: column.header,
        province,
        ours: ours[column.key],
        dossiers: dossiersOfCell(session, period, column.key, field),
      });
    }
  }
  // Our fields the province's table leaves out, when it has field rows: every figure of ours is a difference.
  if (dataRows.length > 1) {
    const named = new Set(table.rows.map((r) => foldKey(r.label)));
    for (const fieldRow of report.by_field) {
      if (named.has(foldKey(fieldRow.field))) continue;
      for (const key of FORM_KEYS) {
        if (fieldRow[key] === 0 || !table.columns.some((c) => c.key === key)) continue;
        differences.push({
          row: fieldRow.field,
          line: 0,
          field: fieldRow.field,
          key,
          column: table.columns.find((c) => c.key === key)?.header ?? FIGURE_LABELS[key],
          province: 0,
          ours: fieldRow[key],
          dossiers: dossiersOfCell(session, period, key, fieldRow.field),
        });
      }
    }
  }
  return {
    period: { label: period.label, from: isoFromDay(period.from), to: isoFromDay(period.to) },
    rowsCompared,
    cellsCompared,
    differences,
    unmatchedRows,
    problems: table.problems,
  };
}

/** The short note the clerk attaches to the report: one paragraph per difference, in Vietnamese. */
export function reconciliationNote(result: Reconciliation, unitName: string): string[] {
  const lines = [
    'GHI CHÚ ĐỐI CHIẾU SỐ LIỆU VỚI HỆ THỐNG MỘT CỬA ĐIỆN TỬ CỦA TỈNH',
    `${unitName} – ${result.period.label}`,
    '',
  ];
  if (result.differences.length === 0) {
    lines.push(`Đã đối chiếu ${result.cellsCompared} ô số liệu của ${result.rowsCompared} dòng: số liệu của sổ trùng với số liệu của hệ thống tỉnh.`);
  } else {
    lines.push(`Đã đối chiếu ${result.cellsCompared} ô số liệu của ${result.rowsCompared} dòng; có ${result.differences.length} ô khác nhau:`);
  }
  result.differences.forEach((d, i) => {
    const gap = d.ours - d.province;
    lines.push('');
    lines.push(`${i + 1}. Dòng "${d.row}", cột "${d.column}": hệ thống tỉnh ${d.province}, sổ ${d.ours} (${gap > 0 ? `sổ nhiều hơn ${gap}` : `tỉnh nhiều hơn ${-gap}`}).`);
    const offline = d.dossiers.filter((x) => !x.onProvincialSystem);
    if (offline.length > 0) {
      lines.push(`   Hồ sơ trong ô này chưa có trên hệ thống tỉnh (${offline.length}): ${offline.map((x) => `${x.code} (${x.procedureName}, tiếp nhận ${x.receivedAt})`).join('; ')}.`);
    }
    if (gap < 0 || offline.length < gap) {
      lines.push('   Phần chênh lệch còn lại do hồ sơ chỉ có trên hệ thống tỉnh hoặc ghi ngày, trạng thái khác nhau: nhập danh sách hồ sơ của tỉnh trong kỳ để thấy từng hồ sơ.');
    }
    const counted = d.dossiers.map((x) => x.code);
    if (counted.length > 0 && counted.length <= 30) lines.push(`   Hồ sơ sổ đếm trong ô này (${counted.length}): ${counted.join(', ')}.`);
    else if (counted.length > 30) lines.push(`   Sổ đếm ${counted.length} hồ sơ trong ô này (xem danh sách trong báo cáo chi tiết).`);
  });
  if (result.unmatchedRows.length > 0) {
    lines.push('');
    lines.push(`Các dòng của bảng tỉnh không ứng với lĩnh vực nào của sổ: ${result.unmatchedRows.map((r) => `"${r}"`).join(', ')}.`);
  }
  return lines;
}
