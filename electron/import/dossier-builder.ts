// Turns a checked row into the facts the rules need and the personal data kept beside them.
import type { Procedure, ProcedureRule } from '../../shared/catalogue/procedure';
import type { DossierFacts, SupplementPause } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { ColumnValues } from './columns';
import type { ImportedDossier, LedgerImportContext, PersonalData } from './import-types';
import type { RowIssue } from './row-issue';

/** The values of a row whose required cells are all there. */
export type CompleteRow = Partial<ColumnValues> & Pick<ColumnValues, 'ma_ho_so' | 'kenh' | 'ngay_nhan'>;

export function isCompleteRow(values: Partial<ColumnValues>): values is CompleteRow {
  return values.ma_ho_so !== undefined && values.kenh !== undefined && values.ngay_nhan !== undefined;
}

function pauses(requests: readonly DayNumber[], returns: readonly DayNumber[]): SupplementPause[] {
  return requests.map((requestedOn, i) => ({ requestedOn, returnedOn: returns[i] ?? null }));
}

function personalData(row: CompleteRow): PersonalData {
  return {
    applicantName: row.nguoi_nop ?? '',
    idNumber: row.so_dinh_danh ?? '',
    phone: row.dien_thoai ?? '',
    address: row.dia_chi ?? '',
    note: row.ghi_chu ?? '',
  };
}

function baseDue(row: CompleteRow, rule: ProcedureRule, ctx: LedgerImportContext): DayNumber | RowIssue {
  if (row.han_tra !== undefined) return row.han_tra;
  try {
    return ctx.computeBaseDue(rule, row.ngay_nhan);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return { key: 'ngay_nhan', reason: `Không tính được ngày hẹn trả${detail}` };
  }
}

export function buildImportedDossier(
  line: number,
  row: CompleteRow,
  procedure: Procedure,
  ctx: LedgerImportContext,
): { ok: true; dossier: ImportedDossier } | { ok: false; issue: RowIssue } {
  const rule: ProcedureRule = ctx.ruleFor(procedure, row.ngay_nhan);
  const due = baseDue(row, rule, ctx);
  if (typeof due !== 'number') return { ok: false, issue: due };
  const returnedOn = row.ngay_tra_ket_qua ?? null;
  // rules.md §5: when only the return date was recorded, it is the day the result was ready.
  const endedOn = row.ngay_co_ket_qua ?? returnedOn;
  const facts: DossierFacts = {
    code: row.ma_ho_so,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    field: row.linh_vuc ?? procedure.field,
    channel: row.kenh,
    receivedAt: row.ngay_nhan,
    rule,
    baseDueDay: due,
    supplements: pauses(row.ngay_yeu_cau_bo_sung ?? [], row.ngay_bo_sung_xong ?? []),
    endedOn,
    ending: endedOn === null ? null : (row.ket_thuc ?? 'giai_quyet'),
    returnedOn,
    extension: row.han_gia_han === undefined ? null : { newDueDay: row.han_gia_han, apologyOn: row.ngay_xin_loi ?? null },
    lateCause: row.nguyen_nhan_qua_han ?? '',
    digitisedDossier: row.so_hoa_ho_so ?? false,
    digitisedResult: row.so_hoa_ket_qua ?? false,
    storedResult: row.luu_kho ?? false,
    paidOnline: row.thanh_toan_truc_tuyen ?? false,
    fee: row.phi ?? 0,
    rating: row.danh_gia ?? null,
  };
  return { ok: true, dossier: { line, facts, personal: personalData(row) } };
}
