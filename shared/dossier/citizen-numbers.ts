// The citizen's numbers as the desk types them: the identity number (CCCD, 12 digits; the old CMND, 9
// digits) and a Vietnamese phone number (mobile 10 digits 03/05/07/08/09…, landline 11 digits 02…, +84
// for 0). A number that does not look like one gets a message; the desk may still keep it, explicitly,
// for the unusual cases (a foreigner's passport, a number abroad).

export type NumberCheck = { ok: true; normalised: string } | { ok: false; message: string };

const digitsOf = (text: string) => text.replace(/[\s.\-]/g, '');

export function checkIdNumber(text: string): NumberCheck {
  const digits = digitsOf(text);
  if (digits === '') return { ok: true, normalised: '' };
  if (!/^\d+$/.test(digits)) {
    return { ok: false, message: `Số định danh "${text.trim()}" có ký tự không phải chữ số: CCCD gồm 12 chữ số, CMND gồm 9 chữ số.` };
  }
  if (digits.length === 12 || digits.length === 9) return { ok: true, normalised: digits };
  return { ok: false, message: `Số định danh có ${digits.length} chữ số: CCCD gồm 12 chữ số, CMND gồm 9 chữ số.` };
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

export function checkPhone(text: string): NumberCheck {
  const compact = digitsOf(text).replace(/^\+84/, '0').replace(/^84(?=\d{9,10}$)/, '0');
  if (compact === '') return { ok: true, normalised: '' };
  if (MOBILE.test(compact) || LANDLINE.test(compact)) return { ok: true, normalised: compact };
  return {
    ok: false,
    message: `Số điện thoại "${text.trim()}" không đúng số Việt Nam: di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 chữ số bắt đầu bằng 02.`,
  };
}

export type CitizenNumberField = 'idNumber' | 'phone';

export interface CitizenNumberProblem {
  field: CitizenNumberField;
  message: string;
}

/**
 * The one rule of the intake form, the intake and edit commands and the imports: each of the given numbers
 * that does not look like one, unless the desk confirmed keeping it. A field left out is not checked.
 */
export function citizenNumberProblems(
  values: Partial<Record<CitizenNumberField, string>>,
  confirmed: Partial<Record<CitizenNumberField, boolean>> = {},
): CitizenNumberProblem[] {
  const out: CitizenNumberProblem[] = [];
  const checks: Array<[CitizenNumberField, (text: string) => NumberCheck]> = [['idNumber', checkIdNumber], ['phone', checkPhone]];
  for (const [field, check] of checks) {
    const value = values[field];
    if (value === undefined || confirmed[field] === true) continue;
    const result = check(value);
    if (!result.ok) out.push({ field, message: result.message });
  }
  return out;
}
