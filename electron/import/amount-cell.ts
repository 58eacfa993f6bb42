// Fee amounts in đồng: a non-negative integer, plain (`50000`) or with thousands dots (`50.000`) or
// spaces (`50 000`); a trailing `đ`, `đồng` or `VNĐ` is tolerated.
import { type ParseResult, fail, ok } from './parse-result';

export const AMOUNT_REASON = 'Phí, lệ phí không hợp lệ: phải là số tiền nguyên không âm, ví dụ 50000 hoặc 50.000';

const CURRENCY = /\s*(?:đồng|đ|vnđ|vnd)$/iu;
const PLAIN = /^\d+$/;
const DOTTED = /^\d{1,3}(?:\.\d{3})+$/;

export function parseAmount(text: string): ParseResult<number> {
  const compact = text.normalize('NFC').trim().replace(CURRENCY, '').replace(/[\s\u00a0]+/g, '');
  if (!PLAIN.test(compact) && !DOTTED.test(compact)) return fail(AMOUNT_REASON);
  const amount = Number(compact.replace(/\./g, ''));
  return Number.isSafeInteger(amount) ? ok(amount) : fail(AMOUNT_REASON);
}
