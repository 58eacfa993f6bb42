// A whole number typed in a box (a desk number, a time limit, a count of papers, a fee in đồng), read the
// way a Vietnamese desk writes it — "50.000" or "50 000" for an amount — or the message saying what the box
// takes. Used by the forms (at the field) and by the commands that take such text, so both say the same.
import { formatIntVi } from './vi-number';

export type WholeNumberText = { ok: true; value: number } | { ok: false; message: string };

export interface WholeNumberRule {
  /** The box's name as a sentence starts it, e.g. "Số bàn tiếp nhận". */
  label: string;
  min: number;
  max: number;
  /**
   * An amount of money: thousands may be grouped with dots or spaces (50.000), and the messages say it
   * is a sum in `unit` with an example rather than the (large) bounds.
   */
  grouped?: boolean;
  /** The unit of an amount (e.g. "đồng"). */
  unit?: string;
}

function amountMessage(rule: WholeNumberRule, t: string, n: number | null): string {
  const unit = rule.unit ?? '';
  if (t === '') return `Hãy nhập ${rule.label.toLocaleLowerCase('vi')}: số tiền bằng ${unit}, ví dụ 50.000 (không thu thì ghi 0).`;
  if (n === null) return `${rule.label} ghi số tiền bằng ${unit}, chỉ gồm chữ số, ví dụ 50.000 — không phải "${t}".`;
  return `${rule.label} từ ${formatIntVi(rule.min)} đến ${formatIntVi(rule.max)} ${unit}, không phải ${formatIntVi(n)}.`;
}

export function parseWholeNumberText(text: string, rule: WholeNumberRule): WholeNumberText {
  const t = text.trim();
  const digits = rule.grouped && /^\d{1,3}([.\s]\d{3})*$/.test(t) ? t.replace(/[.\s]/g, '') : t;
  const n = /^\d+$/.test(digits) ? Number(digits) : null;
  if (n !== null && n >= rule.min && n <= rule.max) return { ok: true, value: n };
  if (rule.grouped) return { ok: false, message: amountMessage(rule, t, n) };
  const range = `một số nguyên từ ${rule.min} đến ${rule.max}`;
  if (t === '') return { ok: false, message: `Hãy nhập ${rule.label.toLocaleLowerCase('vi')} (một số từ ${rule.min} đến ${rule.max}).` };
  if (n === null) return { ok: false, message: `${rule.label} là ${range}, không phải "${t}".` };
  return { ok: false, message: `${rule.label} là ${range}, không phải ${n}.` };
}

/** The message when `text` is not a whole number within the rule, otherwise null. */
export function wholeNumberProblem(text: string, rule: WholeNumberRule): string | null {
  const parsed = parseWholeNumberText(text, rule);
  return parsed.ok ? null : parsed.message;
}
