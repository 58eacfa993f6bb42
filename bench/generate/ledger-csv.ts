// A ledger CSV file (interchange.md §1) of synthetic dossiers, as an office exports its old Excel
// ledger: the keys as headers, dates as YYYY-MM-DD, no due date (the importer computes it with the
// deadline engine), personal data included.
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import type { ColumnKey } from '../../electron/import';
import { type DayNumber, isoFromDay } from '../../shared/time/day';
import { formatLocalDateTime } from '../../shared/time/local-time';

const COLUMNS: readonly ColumnKey[] = [
  'ma_ho_so', 'ma_tthc', 'ten_tthc', 'kenh', 'ngay_nhan', 'ngay_yeu_cau_bo_sung', 'ngay_bo_sung_xong', 'ngay_co_ket_qua',
  'ngay_tra_ket_qua', 'ket_thuc', 'han_gia_han', 'ngay_xin_loi', 'nguyen_nhan_qua_han', 'so_hoa_ho_so', 'so_hoa_ket_qua',
  'luu_kho', 'thanh_toan_truc_tuyen', 'phi', 'danh_gia', 'nguoi_nop', 'so_dinh_danh', 'dien_thoai', 'dia_chi', 'ghi_chu',
];

function cell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const day = (d: DayNumber | null | undefined): string => (d === null || d === undefined ? '' : isoFromDay(d));
const flag = (b: boolean): string => (b ? '1' : '0');

function valuesOf(r: DossierRecord): Record<ColumnKey, string> {
  return {
    ma_ho_so: r.code,
    ma_tthc: r.procedureCode,
    ten_tthc: r.procedureName,
    linh_vuc: '',
    kenh: r.channel,
    ngay_nhan: formatLocalDateTime(r.receivedAt),
    han_tra: '',
    ngay_yeu_cau_bo_sung: r.supplements.map((p) => isoFromDay(p.requestedOn)).join(';'),
    ngay_bo_sung_xong: r.supplements.flatMap((p) => (p.returnedOn === null ? [] : [isoFromDay(p.returnedOn)])).join(';'),
    ngay_co_ket_qua: day(r.endedOn),
    ngay_tra_ket_qua: day(r.returnedOn),
    ket_thuc: r.endedOn === null && r.returnedOn === null ? '' : (r.ending ?? ''),
    han_gia_han: day(r.extension?.newDueDay),
    ngay_xin_loi: day(r.extension?.apologyOn),
    nguyen_nhan_qua_han: r.lateCause,
    so_hoa_ho_so: flag(r.digitisedDossier),
    so_hoa_ket_qua: flag(r.digitisedResult),
    luu_kho: flag(r.storedResult),
    thanh_toan_truc_tuyen: flag(r.paidOnline),
    phi: r.fee > 0 ? String(r.fee) : '',
    danh_gia: r.rating ?? '',
    nguoi_nop: r.applicantName,
    so_dinh_danh: r.idNumber,
    dien_thoai: r.phone,
    dia_chi: r.address,
    ghi_chu: r.note,
  };
}

/** Collects rows and returns the file's bytes (UTF-8 with a BOM, as Excel writes it). */
export function createLedgerCsv(): { add(record: DossierRecord): void; bytes(): Uint8Array; rows(): number } {
  const lines: string[] = [COLUMNS.join(',')];
  return {
    add(record) {
      const values = valuesOf(record);
      lines.push(COLUMNS.map((c) => cell(values[c])).join(','));
    },
    bytes: () => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`),
    rows: () => lines.length - 1,
  };
}
