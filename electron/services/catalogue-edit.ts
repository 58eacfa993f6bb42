// Adding a procedure or a new version from the catalogue screen. A procedure without a national code is
// typed without one: its key in the ledger is made from its name (`XA-…`, catalogue-csv.ts), never shown.
// Such a procedure is exported and imported by its name alone (ledger-csv.ts), so its name must not be
// another procedure's.
import type { Procedure } from '../../shared/catalogue/procedure';
import { isNationalProcedureCode } from '../../shared/catalogue/procedure-code';
import { foldKey } from '../import/fold';
import { type AuditContext, LedgerValidationError, localCodeOf } from '../ledger';
import type { LedgerSession } from './ledger-session';

/** The procedure's key: the code sent (a national code, or the key of the procedure being versioned), else one made from its name. */
export function catalogueKeyOf(typedCode: string, name: string): string {
  const code = typedCode.trim();
  return code === '' ? localCodeOf(name) : code;
}

export function addCatalogueVersion(session: LedgerSession, procedure: Procedure, ctx: AuditContext): Procedure {
  const isNew = session.catalogue.findByCode(procedure.code) === null;
  if (isNew && !isNationalProcedureCode(procedure.code)) {
    const wanted = foldKey(procedure.name);
    const namesake = session.catalogue.allVersions().find((p) => p.code !== procedure.code && foldKey(p.name) === wanted);
    if (namesake) {
      throw new LedgerValidationError(
        `Danh mục đã có thủ tục tên "${namesake.name}"${isNationalProcedureCode(namesake.code) ? ` (mã ${namesake.code})` : ''}: ` +
          'thủ tục chưa có mã quốc gia được nhận ra theo tên khi nhập sổ, nên cần một tên khác.',
      );
    }
  }
  return session.catalogue.addVersion(procedure, ctx);
}
