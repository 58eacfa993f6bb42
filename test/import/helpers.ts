// A fake catalogue and calendar for the import tests.
import type { Procedure, ProcedureRule, TimeUnit } from '../../shared/catalogue/procedure';
import { dayFromIso } from '../../shared/time/day';
import { catalogueLookup } from '../../electron/import/catalogue-lookup';
import type { LedgerImportContext } from '../../electron/import/import-types';
import type { LocalDateTime } from '../../shared/time/local-time';
import { parseCsvTable } from '../../electron/import/csv-reader';
import { findColumn } from '../../electron/import/columns';
import type { LedgerTable } from '../../electron/import/table';

function procedure(code: string, name: string, field: string, timeValue: number, timeUnit: TimeUnit): Procedure {
  return {
    code,
    name,
    field,
    rule: { timeValue, timeUnit, cutoffMinute: timeUnit === 'same_day' ? 15 * 60 : null, extraWorkingDays: 0 },
    note: '',
    confidence: 'law',
    effectiveFrom: null,
    effectiveTo: null,
  };
}

export const CATALOGUE: Procedure[] = [
  procedure('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 0, 'same_day'),
  procedure('1.004884', 'Đăng ký lại khai sinh', 'Hộ tịch', 5, 'working_days'),
  procedure('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', 3, 'working_days'),
  procedure('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 0, 'same_day'),
  procedure('1.012783', 'Cấp đổi Giấy chứng nhận', 'Đất đai', 5, 'working_days'),
  procedure('1.012781', 'Đăng ký, cấp Giấy chứng nhận thửa đất có diện tích tăng thêm', 'Đất đai', 10, 'working_days'),
  procedure('2.000810', 'Trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội', 7, 'working_days'),
  // Two entries with one name (a national and a local code): a name alone cannot choose.
  procedure('2.000884', 'Chứng thực chữ ký', 'Chứng thực', 0, 'same_day'),
  procedure('XA.0001', 'Chứng thực chữ ký', 'Chứng thực', 0, 'same_day'),
];

/** Not a real calendar: same-day before the cut-off → that day, else the next; N units → N days later. */
export function fakeBaseDue(rule: ProcedureRule, receivedAt: LocalDateTime): number {
  const base =
    rule.timeUnit === 'same_day'
      ? receivedAt.day + (receivedAt.minute >= (rule.cutoffMinute ?? 15 * 60) ? 1 : 0)
      : receivedAt.day + rule.timeValue;
  return base + rule.extraWorkingDays;
}

export function fakeContext(overrides: Partial<LedgerImportContext> = {}): LedgerImportContext {
  return { ...catalogueLookup(CATALOGUE), computeBaseDue: fakeBaseDue, ruleFor: (p) => p.rule, ...overrides };
}

/** CSV lines (joined with \n) to a table, as the CSV reader sees a file. */
export function csv(...lines: string[]): LedgerTable {
  return parseCsvTable(lines.join('\n'), (cell) => findColumn(cell) !== null);
}

export const day = dayFromIso;
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
