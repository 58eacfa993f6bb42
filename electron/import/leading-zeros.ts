// Identity and phone numbers that Excel stored as numbers lost their leading zeros: 046190001234 became
// 46190001234, 0905123456 became 905123456. Imported as is, the dossier carries a wrong number. The
// lengths are known (CCCD 12 digits and CMND 9, both starting with the province code; a mobile number 10
// digits, a landline 11, both starting with 0), so a zero is put back when the length says exactly one is
// missing; a number cell that no such rule explains is refused with what to do.

export type NumberKind = 'id' | 'phone';

export type ZeroRepair = { ok: true; value: string; restored: boolean } | { ok: false; reason: string };

const TEXT_FORMAT_HINT = 'Trong Excel, hãy định dạng cột này là Văn bản (Text), gõ lại số có số 0 ở đầu, rồi nhập lại.';

function repairId(digits: string): string | null {
  if (digits.length === 12 || digits.length === 9) return digits.startsWith('0') || digits.length === 9 ? digits : null;
  // A CCCD's province code is 001–096: one lost zero leaves 11 digits.
  if (digits.length === 11) return `0${digits}`;
  if (digits.length === 8) return `0${digits}`;
  return null;
}

function repairPhone(digits: string): string | null {
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return digits;
  if (digits.startsWith('0')) return digits.length === 10 || digits.length === 11 ? digits : null;
  // Mobile 0[35789]xxxxxxxx; landline 02xxxxxxxxx.
  if (digits.length === 9 && /^[35789]/.test(digits)) return `0${digits}`;
  if (digits.length === 10 && digits.startsWith('2')) return `0${digits}`;
  return null;
}

/**
 * `text` as read from the cell; `wasNumber` when the spreadsheet stored the cell as a number (only then is
 * an unexplained length refused: a number typed as text stays as typed).
 */
export function repairLeadingZeros(kind: NumberKind, text: string, wasNumber: boolean): ZeroRepair {
  const digits = text.trim();
  if (!/^\d+$/.test(digits)) {
    if (wasNumber) return { ok: false, reason: `Ô được lưu dạng số trong Excel (${digits}), không phải một ${kind === 'id' ? 'số định danh' : 'số điện thoại'}. ${TEXT_FORMAT_HINT}` };
    return { ok: true, value: text, restored: false };
  }
  const repaired = kind === 'id' ? repairId(digits) : repairPhone(digits);
  if (repaired !== null) return { ok: true, value: repaired, restored: repaired !== digits };
  if (!wasNumber) return { ok: true, value: text, restored: false };
  const what = kind === 'id' ? 'Số định danh (CCCD 12 chữ số, CMND 9 chữ số)' : 'Số điện thoại (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0)';
  return { ok: false, reason: `${what} được lưu dạng số trong Excel nên đã mất số 0 ở đầu và không khôi phục chắc chắn được (${digits.length} chữ số). ${TEXT_FORMAT_HINT}` };
}
