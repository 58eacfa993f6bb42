// Rules updates from the receiving office (issue 10 point 3): the keys a commune accepts rules update
// packages from (registered by the fingerprint the province reads out or prints in its letter), and the
// packages already applied, so the same package imported again changes nothing. The catalogue already has
// dated versions (001); the versions and calendar edits a package makes name it in their created_by.
import type { Migration } from './migration';

const SQL = `
-- Keys of receiving offices whose rules update packages this ledger accepts. Never deleted or edited:
-- a key that is no longer trusted is marked revoked.
CREATE TABLE rules_authorities (
  fingerprint   TEXT PRIMARY KEY CHECK (length(fingerprint) = 19),
  unit_code     TEXT NOT NULL CHECK (length(unit_code) > 0),
  unit_name     TEXT NOT NULL DEFAULT '',
  registered_at TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  revoked_at    TEXT,
  revoked_by    TEXT,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) WITHOUT ROWID;
CREATE TRIGGER rules_authorities_kept BEFORE DELETE ON rules_authorities
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa khóa của đơn vị gửi cập nhật quy định: hãy đánh dấu thu hồi.');
END;
CREATE TRIGGER rules_authorities_only_revoke BEFORE UPDATE ON rules_authorities
WHEN old.revoked_at IS NOT NULL OR new.revoked_at IS NULL OR new.fingerprint IS NOT old.fingerprint
  OR new.unit_code IS NOT old.unit_code OR new.registered_at IS NOT old.registered_at
BEGIN
  SELECT RAISE(ABORT, 'Khóa đã đăng ký của đơn vị gửi cập nhật quy định chỉ có thể được thu hồi, không sửa được.');
END;

-- Every rules update package applied to this ledger, with what it changed (JSON, as previewed).
CREATE TABLE rules_updates (
  id                 INTEGER PRIMARY KEY,
  package_id         TEXT NOT NULL UNIQUE CHECK (length(package_id) = 36),
  package_sha256     TEXT NOT NULL CHECK (length(package_sha256) = 64),
  package_created_at TEXT NOT NULL,
  title              TEXT NOT NULL,
  sender_unit_code   TEXT NOT NULL,
  sender_unit_name   TEXT NOT NULL,
  fingerprint        TEXT NOT NULL REFERENCES rules_authorities(fingerprint),
  changes            TEXT NOT NULL CHECK (json_valid(changes)),
  imported_at        TEXT NOT NULL,
  imported_by        TEXT NOT NULL
);
CREATE TRIGGER rules_updates_kept BEFORE DELETE ON rules_updates
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa một lần nhập gói cập nhật quy định.');
END;
CREATE TRIGGER rules_updates_fixed BEFORE UPDATE ON rules_updates
BEGIN
  SELECT RAISE(ABORT, 'Một lần nhập gói cập nhật quy định đã ghi không sửa được.');
END;
CREATE TRIGGER rules_updates_no_replace BEFORE INSERT ON rules_updates
WHEN EXISTS (SELECT 1 FROM rules_updates WHERE id = new.id OR package_id = new.package_id)
BEGIN
  SELECT RAISE(ABORT, 'Gói cập nhật quy định này đã được nhập.');
END;
`;

export const migration014RulesUpdates: Migration = {
  version: 14,
  name: 'rules updates: trusted receiving-office keys, applied packages',
  up: (db) => db.exec(SQL),
};
