// Issues dossier codes (rules.md §9, scheme in shared/dossier/dossier-code.ts): a counter per day and
// desk, advanced in a transaction, so two windows of the app on one ledger never issue the same number,
// and the desk's own block of numbers keeps desks on separate ledgers apart. A number already used by a
// dossier in this ledger (e.g. imported) is skipped.
import type Database from 'better-sqlite3';
import { MAX_CODES_PER_DESK_PER_DAY, formatDossierCode, isValidDesk, isValidUnitCode } from '../../shared/dossier/dossier-code';
import { type DayNumber, viDate } from '../../shared/time/day';
import { DossierCodeExhaustedError, LedgerValidationError } from './errors';

export interface CodeRequest {
  unitCode: string;
  desk: number;
  /** Day of reception. */
  day: DayNumber;
}

export type DossierCodeAllocator = (request: CodeRequest) => string;

export function createDossierCodeAllocator(db: Database.Database): DossierCodeAllocator {
  const next = db.prepare<[DayNumber, number], number>(
    `INSERT INTO day_sequences(day, desk, last) VALUES (?, ?, 1)
     ON CONFLICT(day, desk) DO UPDATE SET last = last + 1 RETURNING last`,
  ).pluck();
  const used = db.prepare<[string], number>('SELECT 1 FROM dossiers WHERE code = ?').pluck();

  const allocate = db.transaction((request: CodeRequest): string => {
    const { unitCode, desk, day } = request;
    for (;;) {
      const sequence = next.get(day, desk) ?? 1;
      if (sequence > MAX_CODES_PER_DESK_PER_DAY) throw new DossierCodeExhaustedError(desk, viDate(day));
      const code = formatDossierCode({ unitCode, day, desk, sequence });
      if (used.get(code) === undefined) return code;
    }
  });

  return (request) => {
    if (!isValidUnitCode(request.unitCode)) {
      throw new LedgerValidationError(
        request.unitCode === ''
          ? 'Chưa khai báo mã đơn vị nên chưa cấp được mã hồ sơ. Hãy nhập mã đơn vị trong phần Cài đặt.'
          : `Mã đơn vị "${request.unitCode}" không dùng được trong mã hồ sơ (chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang).`,
      );
    }
    if (!isValidDesk(request.desk)) throw new LedgerValidationError('Số bàn tiếp nhận phải là số nguyên từ 1 đến 9.');
    return allocate.immediate(request);
  };
}
