// Importing the province's dossier list: an .xlsx as its one-stop system exports it (a title block, a
// two-row header with a merged group, an STT column, Vietnamese channel and status texts, real Excel
// dates, a footer) of 100k rows — fewer at scales under 100k — through the same two steps as our own CSV
// (planImport finds the header and maps the columns itself, then applyImport). Generating the file is
// not timed. Codes of another commune (H59), so nothing collides with the ledger or the CSV import.
import ExcelJS from 'exceljs';
import { CHANNEL_LABELS_VI } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { streamDossiers } from '../generate/generate-ledger';
import { nowMs } from '../stats';

export const FOREIGN_IMPORT_ROWS = 100_000;
const FOREIGN_UNIT_CODE = '000.00.21.H59';

const STATUS: Record<NonNullable<DossierRecord['ending']>, string> = {
  giai_quyet: 'Đã trả kết quả',
  rut: 'Rút hồ sơ',
  dung: 'Dừng xử lý',
  tu_choi: 'Từ chối',
};

const asDate = (day: DayNumber, minute = 0) => new Date(day * 86_400_000 + minute * 60_000);

export async function foreignXlsxFile(session: LedgerSession, asOf: DayNumber, rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách hồ sơ');
  sheet.addRow(['UBND XÃ HƯƠNG HỮU']);
  sheet.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Số hồ sơ', 'Mã TTHC', 'Thủ tục hành chính', 'Kênh tiếp nhận', 'Thời gian', '', '', 'Tình trạng', 'Chủ hồ sơ', 'Số CCCD', 'Số điện thoại', 'Địa chỉ']);
  sheet.addRow(['', '', '', '', '', 'Ngày nhận', 'Hạn xử lý', 'Ngày hoàn thành']);
  sheet.mergeCells(1, 1, 1, 13);
  sheet.mergeCells(4, 6, 4, 8);
  const base = { calendar: session.calendar(), policy: session.policy(), procedures: session.catalogue.listActive(asOf) };
  let n = 0;
  streamDossiers({ dossiers: rows, seed: 77, from: asOf - 730, asOf, unitCode: FOREIGN_UNIT_CODE }, base, (r) => {
    n += 1;
    const ended = r.endedOn ?? r.returnedOn;
    sheet.addRow([
      n,
      r.code,
      r.procedureCode,
      r.procedureName,
      r.channel === 'buu_chinh' ? 'Bưu chính công ích' : CHANNEL_LABELS_VI[r.channel],
      asDate(r.receivedAt.day, r.receivedAt.minute),
      asDate(r.baseDueDay),
      ended === null ? null : asDate(ended),
      ended === null ? 'Đang xử lý' : STATUS[r.ending ?? 'giai_quyet'],
      r.applicantName,
      r.idNumber,
      r.phone,
      r.address,
    ]);
  });
  sheet.addRow([]);
  sheet.addRow(['', `Tổng số: ${n} hồ sơ`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ForeignImportTimes {
  rows: number;
  planMs: number;
  applyMs: number;
  rowsPerSecond: number;
}

export async function measureForeignImport(session: LedgerSession, asOf: DayNumber, rows: number): Promise<ForeignImportTimes> {
  const bytes = await foreignXlsxFile(session, asOf, rows);
  const start = nowMs();
  const plan = await planImport(session, bytes, 'danh-sach-he-thong-tinh.xlsx');
  const planned = nowMs();
  if (plan.problems.length > 0) {
    const first = plan.problems[0];
    throw new Error(`Generated foreign list has ${plan.problems.length} problem(s), first: line ${first?.line} ${first?.column} "${first?.value}": ${first?.reason}`);
  }
  const outcome = applyImport(session, plan, { update: false });
  const applied = nowMs();
  // A generated row may by chance share procedure, day and name with a dossier of the ledger: matched or
  // asked about (provincial-match.ts), never lost.
  if (outcome.inserted + outcome.linked + outcome.undecided !== rows) throw new Error(`Foreign import wrote ${outcome.inserted} + ${outcome.linked} of ${rows} rows`);
  return { rows, planMs: planned - start, applyMs: applied - planned, rowsPerSecond: rows / ((applied - start) / 1000) };
}
