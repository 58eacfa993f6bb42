// Closes the INSERT OR REPLACE gap on the other tables that keep their past (see 005): SQLite's REPLACE
// deletes the colliding row without firing DELETE triggers. Also a dossier is never deleted: it ends
// (withdrawn, stopped, rejected) and stays in the ledger with its history.
import type { Migration } from './migration';

const noReplace = (table: string, collides: string, message: string) => `
CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table}
WHEN EXISTS (SELECT 1 FROM ${table} WHERE ${collides})
BEGIN
  SELECT RAISE(ABORT, '${message}');
END;`;

const SQL = [
  noReplace('calendar_edits', 'id = new.id OR (date = new.date AND removed_at IS NULL AND new.removed_at IS NULL)', 'Ngày này đã có một thay đổi lịch đang áp dụng: hãy bỏ thay đổi cũ trước.'),
  noReplace('period_signoffs', 'id = new.id OR period_key = new.period_key', 'Kỳ báo cáo này đã được ký duyệt: không được ghi đè.'),
  noReplace('report_corrections', 'id = new.id', 'Một đính chính đã ghi không được ghi đè.'),
  noReplace('unit_signing_key', 'id = new.id', 'Khóa ký của đơn vị đã có: không được ghi đè.'),
  noReplace('received_reports', 'id = new.id OR package_sha256 = new.package_sha256', 'Gói báo cáo này đã được nhận: không được ghi đè.'),
  noReplace('dossiers', 'row_id = new.row_id OR id = new.id OR code = new.code', 'Hồ sơ này đã có trong sổ: không được ghi đè.'),
  `
CREATE TRIGGER dossiers_kept BEFORE DELETE ON dossiers
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa hồ sơ khỏi sổ: hãy ghi kết thúc (rút, dừng, từ chối) để hồ sơ và lịch sử được giữ lại.');
END;`,
].join('\n');

export const migration007NoSilentReplace: Migration = {
  version: 7,
  name: 'no silent replace or delete of kept rows',
  up: (db) => db.exec(SQL),
};
