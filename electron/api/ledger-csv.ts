// The ledger view as CSV in the interchange columns (interchange.md §1, Vietnamese labels as headers), so
// an exported view opens in Excel on a Vietnamese Windows (UTF-8 BOM, `;`, CRLF) and imports back as is.
import { type DayNumber, isoFromDay } from '../../shared/time/day';
import { formatLocalDateTime } from '../../shared/time/local-time';
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { CHANNEL_LABELS_VI, RATING_LABELS_VI } from '../../shared/dossier/dossier';
import { COLUMN_KEYS, type ColumnKey, LEDGER_COLUMNS } from '../import';
import type { DossierRecord } from '../ledger';

const SEPARATOR = ';';
const STATE_HEADER = 'Trạng thái';

function cell(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A number Excel would read as a number and so strip of its leading zeros (CCCD 046190000123, phone
 * 0912 345 678) is written as the formula `="…"`, which Excel shows as that text; the import reads it
 * back as the text (row-cells.ts).
 */
function keepAsText(value: string): string {
  return /^\+?[\d\s.]+$/.test(value) && /\d/.test(value) ? `="${value}"` : value;
}

const day = (d: DayNumber | null) => (d === null ? '' : isoFromDay(d));
const flag = (b: boolean) => (b ? '1' : '0');

function values(r: DossierRecord): Record<ColumnKey, string> {
  return {
    ma_ho_so: r.code,
    // A procedure without a national code: empty, and the import finds it by its name (interchange.md §1).
    ma_tthc: displayedProcedureCode(r.procedureCode),
    ten_tthc: r.procedureName,
    linh_vuc: r.field,
    kenh: CHANNEL_LABELS_VI[r.channel],
    ngay_nhan: formatLocalDateTime(r.receivedAt),
    han_tra: day(r.baseDueDay),
    ngay_yeu_cau_bo_sung: r.supplements.map((p) => isoFromDay(p.requestedOn)).join('; '),
    ngay_bo_sung_xong: r.supplements
      .filter((p) => p.returnedOn !== null)
      .map((p) => day(p.returnedOn))
      .join('; '),
    ngay_co_ket_qua: day(r.endedOn),
    ngay_tra_ket_qua: day(r.returnedOn),
    ket_thuc: r.ending ?? '',
    han_gia_han: day(r.extension?.newDueDay ?? null),
    ngay_xin_loi: day(r.extension?.apologyOn ?? null),
    nguyen_nhan_qua_han: r.lateCause,
    so_hoa_ho_so: flag(r.digitisedDossier),
    so_hoa_ket_qua: flag(r.digitisedResult),
    luu_kho: flag(r.storedResult),
    thanh_toan_truc_tuyen: flag(r.paidOnline),
    phi: String(r.fee),
    danh_gia: r.rating === null ? '' : RATING_LABELS_VI[r.rating],
    nguoi_nop: r.applicantName,
    so_dinh_danh: keepAsText(r.idNumber),
    dien_thoai: keepAsText(r.phone),
    dia_chi: r.address,
    ghi_chu: r.note,
  };
}

/** The CSV text (with BOM) of the given dossiers; `stateOf` adds the state column the screen shows. */
export function ledgerCsv(records: Iterable<DossierRecord>, stateOf: (r: DossierRecord) => string): string {
  const lines = [[...COLUMN_KEYS.map((k) => LEDGER_COLUMNS[k].label), STATE_HEADER].map(cell).join(SEPARATOR)];
  for (const r of records) {
    const v = values(r);
    lines.push([...COLUMN_KEYS.map((k) => v[k]), stateOf(r)].map(cell).join(SEPARATOR));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
