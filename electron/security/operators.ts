// The desk operators of a ledger. Every change records its actor (AuditContext.actor → created_by,
// updated_by, dossier_history.actor, import_batches.actor, settings.updated_by …); a host sets that actor
// to the operator chosen at the desk, checked here against the list, so each change names a real person.
import type Database from 'better-sqlite3';
import type { AuditContext } from '../ledger';
import { stampOf } from '../ledger/audit';
import type { LedgerSession } from '../services/ledger-session';
import { SecurityError } from './errors';

export const MAX_OPERATOR_NAME = 100;

export interface Operator {
  id: number;
  name: string;
  createdAt: string;
  createdBy: string;
  retiredAt: string | null;
  retiredBy: string | null;
}

export class OperatorError extends SecurityError {}

interface OperatorRow {
  id: number;
  name: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
  retired_by: string | null;
}

const toOperator = (r: OperatorRow): Operator => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
  retiredBy: r.retired_by,
});

/** "  Nguyễn   Thị Lan " → "Nguyễn Thị Lan" (NFC, single spaces). */
export function cleanOperatorName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Same person, whatever the case: the comparison key keeps the diacritics (Lan and Lân are two people). */
function nameKey(name: string): string {
  return cleanOperatorName(name).toLocaleLowerCase('vi');
}

function findActive(db: Database.Database, name: string): Operator | null {
  const row = db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE name_key = ? AND retired_at IS NULL').get(nameKey(name));
  return row ? toOperator(row) : null;
}

export function addOperator(db: Database.Database, name: string, ctx: AuditContext): Operator {
  const clean = cleanOperatorName(name);
  if (clean.length === 0) throw new OperatorError('Tên cán bộ không được để trống.');
  if (clean.length > MAX_OPERATOR_NAME) throw new OperatorError(`Tên cán bộ dài quá ${MAX_OPERATOR_NAME} ký tự.`);
  if (/[\p{Cc}\p{Cf}]/u.test(clean)) throw new OperatorError('Tên cán bộ có ký tự điều khiển không hợp lệ.');
  if (findActive(db, clean)) throw new OperatorError(`Cán bộ "${clean}" đã có trong danh sách.`);
  const row = db
    .prepare<[string, string, string, string], OperatorRow>(
      'INSERT INTO operators(name, name_key, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING *',
    )
    .get(clean, nameKey(clean), stampOf(ctx), ctx.actor);
  if (!row) throw new Error('operator not inserted');
  return toOperator(row);
}

/** Marks the operator as no longer working at the desk; their name stays in every record they made. */
export function retireOperator(db: Database.Database, name: string, ctx: AuditContext): Operator {
  const active = findActive(db, name);
  if (!active) throw new OperatorError(`Không có cán bộ "${cleanOperatorName(name)}" đang làm việc trong danh sách.`);
  const row = db
    .prepare<[string, string, number], OperatorRow>('UPDATE operators SET retired_at = ?, retired_by = ? WHERE id = ? RETURNING *')
    .get(stampOf(ctx), ctx.actor, active.id);
  if (!row) throw new Error('operator not retired');
  return toOperator(row);
}

/** Operators in the order they were added; retired ones only when asked. */
export function listOperators(db: Database.Database, options: { includeRetired?: boolean } = {}): Operator[] {
  const sql = options.includeRetired ? 'SELECT * FROM operators ORDER BY id' : 'SELECT * FROM operators WHERE retired_at IS NULL ORDER BY id';
  return db.prepare<[], OperatorRow>(sql).all().map(toOperator);
}

/** Whether the ledger has the operators table (schema 5 and later). */
export function hasOperatorRegistry(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'operators'").get() !== undefined;
}

/** The actor to record for `name`: the operator's name as registered. Throws OperatorError otherwise. */
export function operatorActor(db: Database.Database, name: string): string {
  const active = hasOperatorRegistry(db) ? findActive(db, name) : null;
  if (active) return active.name;
  if (!hasOperatorRegistry(db) || listOperators(db).length === 0) {
    throw new OperatorError('Sổ chưa có danh sách cán bộ một cửa: hãy thêm tên cán bộ trước khi ghi hồ sơ.');
  }
  throw new OperatorError(`"${cleanOperatorName(name)}" không có trong danh sách cán bộ đang làm việc; hãy chọn đúng tên hoặc nhờ người quản lý thêm tên.`);
}

/** The session acting as a registered operator: every write through it records that name. */
export function actingAs(session: LedgerSession, operatorName: string): LedgerSession {
  return { ...session, actor: operatorActor(session.db, operatorName) };
}
