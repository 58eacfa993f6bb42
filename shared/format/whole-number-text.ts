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
  /** Thousands may be grouped with dots or spaces (an amount: 50.000); the message then gives an example. */
  grouped?: boolean;
  /** The unit after the number in messages (e.g. "đồng"). */
  unit?: string;
}

function range(rule: WholeNumberRule, kind = 'một số nguyên'): string {
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const show = (n: number) => (rule.grouped ? formatIntVi(n) : String(n));
  return `${kind} từ ${show(rule.min)} đến ${show(rule.max)}${unit}`;
}

export function parseWholeNumberText(text: string, rule: WholeNumberRule): WholeNumberText {
  const t = text.trim();
  const grouping = rule.grouped ? ' (chỉ gồm chữ số, có thể dùng dấu chấm ngăn cách hàng nghìn, ví dụ 50.000)' : '';
  if (t === '') return { ok: false, message: `Hãy nhập ${rule.label.toLocaleLowerCase('vi')} (${range(rule, 'một số')}${grouping}).` };
  const digits = rule.grouped && /^\d{1,3}([.\s]\d{3})*$/.test(t) ? t.replace(/[.\s]/g, '') : t;
  if (!/^\d+$/.test(digits)) return { ok: false, message: `${rule.label} là ${range(rule)}${grouping}, không phải "${t}".` };
  const n = Number(digits);
  if (n < rule.min || n > rule.max) return { ok: false, message: `${rule.label} là ${range(rule)}, không phải ${rule.grouped ? formatIntVi(n) : n}.` };
  return { ok: true, value: n };
}

/** The message when `text` is not a whole number within the rule, otherwise null. */
export function wholeNumberProblem(text: string, rule: WholeNumberRule): string | null {
  const parsed = parseWholeNumberText(text, rule);
  return parsed.ok ? null : parsed.message;
}
