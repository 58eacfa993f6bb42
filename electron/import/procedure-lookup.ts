// Finds a row's procedure: by `ma_tthc`, or when that is empty by `ten_tthc`, which must name exactly one
// catalogue procedure (same words, case and diacritics aside).
import type { Procedure } from '../../shared/catalogue/procedure';
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { foldKey } from './fold';
import type { LedgerImportContext } from './import-types';
import type { RowCells } from './row-cells';
import type { RowIssue } from './row-issue';

export type ProcedureLookup = { ok: true; procedure: Procedure } | { ok: false; issue: RowIssue };

/**
 * A code typed into Excel as a number loses its trailing zeros (2.000810 → 2.00081): when the code as
 * written is unknown and looks like that, it is retried with six decimals.
 */
export function findProcedureByCode(code: string, ctx: Pick<LedgerImportContext, 'findProcedure'>): Procedure | null {
  const exact = ctx.findProcedure(code);
  if (exact) return exact;
  const shortened = /^(\d+)\.(\d{1,5})$/.exec(code);
  return shortened ? ctx.findProcedure(`${shortened[1]}.${(shortened[2] ?? '').padEnd(6, '0')}`) : null;
}

/** Catalogue procedures whose name is the given one, case and diacritics aside. */
export function findProceduresNamed(name: string, ctx: Pick<LedgerImportContext, 'findProcedureByName'>): Procedure[] {
  const wanted = foldKey(name);
  const seen = new Set<string>();
  return ctx.findProcedureByName(name).filter((p) => {
    if (foldKey(p.name) !== wanted || seen.has(p.code)) return false;
    seen.add(p.code);
    return true;
  });
}

export function lookUpProcedure(row: RowCells, ctx: LedgerImportContext): ProcedureLookup {
  const code = row.texts.ma_tthc ?? '';
  const name = row.texts.ten_tthc ?? '';
  if (code !== '') {
    const procedure = findProcedureByCode(code, ctx);
    return procedure
      ? { ok: true, procedure }
      : { ok: false, issue: { key: 'ma_tthc', reason: `Không có thủ tục mã ${code} trong danh mục` } };
  }
  if (name === '') {
    const key = row.texts.ma_tthc === undefined ? 'ten_tthc' : 'ma_tthc';
    return { ok: false, issue: { key, reason: 'Thiếu mã TTHC (hoặc tên TTHC)' } };
  }
  const matches = findProceduresNamed(name, ctx);
  const [only] = matches;
  if (only && matches.length === 1) return { ok: true, procedure: only };
  const reason =
    matches.length === 0
      ? `Không có thủ tục tên "${name}" trong danh mục`
      : `Tên TTHC ứng với ${matches.length} thủ tục trong danh mục (mã ${matches.map((p) => displayedProcedureCode(p.code, 'chưa có mã quốc gia')).join(', ')}): hãy ghi Mã TTHC`;
  return { ok: false, issue: { key: 'ten_tthc', reason } };
}
