// Reads the catalogue CSV (assets/catalogue/procedures.csv; columns code, name, field, time_value,
// time_unit, cutoff, note, confidence) into procedures. Entries without a national code get a stable
// local code `XA-<slug of the name>` (the same name always gives the same code, whatever the row order).
import { DEFAULT_CUTOFF_MINUTE, type Procedure, TIME_UNITS, type TimeUnit } from '../../shared/catalogue/procedure';
import { parseMinute } from '../../shared/time/local-time';
import { parseCsv } from '../../shared/text/csv';
import { slugify } from '../../shared/text/slug';
import { LedgerValidationError } from './errors';

export const LOCAL_CODE_PREFIX = 'XA-';
const COLUMNS = ['code', 'name', 'field', 'time_value', 'time_unit', 'cutoff', 'note', 'confidence'] as const;
const CONFIDENCES: ReadonlyArray<Procedure['confidence']> = ['law', 'practice', 'unverified'];

/** The local code of a procedure without a national code. */
export function localCodeOf(name: string): string {
  return `${LOCAL_CODE_PREFIX}${slugify(name)}`;
}

/** National codes look like 1.001193 or 2.000635 (shared/catalogue/procedure-code). */
export { isNationalProcedureCode as isNationalCode } from '../../shared/catalogue/procedure-code';

function isTimeUnit(value: string): value is TimeUnit {
  return (TIME_UNITS as readonly string[]).includes(value);
}

function isConfidence(value: string): value is Procedure['confidence'] {
  return (CONFIDENCES as readonly string[]).includes(value);
}

/** Parses the catalogue CSV; every problem is listed (Vietnamese, with its line) in one error. */
export function parseCatalogueCsv(text: string): Procedure[] {
  const rows = parseCsv(text);
  const header = rows[0]?.cells.map((c) => c.trim()) ?? [];
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new LedgerValidationError(`Danh mục thủ tục thiếu cột: ${missing.join(', ')}.`);
  const at = (cells: string[], column: (typeof COLUMNS)[number]) => (cells[header.indexOf(column)] ?? '').trim();

  const problems: string[] = [];
  const procedures: Procedure[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of rows.slice(1)) {
    const name = at(cells, 'name');
    const field = at(cells, 'field');
    const unit = at(cells, 'time_unit');
    const timeValue = Number(at(cells, 'time_value'));
    const cutoffText = at(cells, 'cutoff');
    const cutoff = cutoffText === '' ? null : parseMinute(cutoffText);
    const confidence = at(cells, 'confidence');
    const rowProblems = [
      name === '' ? 'thiếu tên thủ tục' : null,
      field === '' ? 'thiếu lĩnh vực' : null,
      !isTimeUnit(unit) ? `đơn vị thời hạn "${unit}" không hợp lệ` : null,
      !Number.isInteger(timeValue) || timeValue < 0 || at(cells, 'time_value') === '' ? 'thời hạn phải là số nguyên không âm' : null,
      cutoffText !== '' && cutoff === null ? `giờ tiếp nhận "${cutoffText}" không hợp lệ (HH:MM)` : null,
      !isConfidence(confidence) ? `độ tin cậy "${confidence}" không hợp lệ` : null,
    ].filter((p): p is string => p !== null);
    const code = at(cells, 'code') || localCodeOf(name);
    if (seen.has(code)) rowProblems.push(`mã thủ tục ${code} bị trùng`);
    if (rowProblems.length > 0 || !isTimeUnit(unit) || !isConfidence(confidence)) {
      problems.push(`Dòng ${line}: ${rowProblems.join('; ')}.`);
      continue;
    }
    seen.add(code);
    procedures.push({
      code,
      name,
      field,
      rule: {
        timeValue,
        timeUnit: unit,
        cutoffMinute: cutoff ?? (unit === 'same_day' ? DEFAULT_CUTOFF_MINUTE : null),
        extraWorkingDays: 0,
      },
      note: at(cells, 'note'),
      confidence,
      effectiveFrom: null,
      effectiveTo: null,
    });
  }
  if (problems.length > 0) throw new LedgerValidationError(`Danh mục thủ tục có lỗi. ${problems.join(' ')}`);
  return procedures;
}
