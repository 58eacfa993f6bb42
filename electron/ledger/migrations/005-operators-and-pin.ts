// Who did what: the desk operators whose names are recorded as the actor of every change, and the
// chairman's PIN that signing off a period requires (scrypt-hashed, electron/security). Both tables keep
// their past: an operator who leaves is marked retired, never deleted (history names them); a new PIN is
// a new row, so the ledger shows who changed it and when. Also closes a gap in the append-only history:
// INSERT OR REPLACE deletes the row it collides with without firing DELETE triggers.
import type { Migration } from './migration';

const SQL = `
CREATE TRIGGER dossier_history_no_replace BEFORE INSERT ON dossier_history
WHEN EXISTS (SELECT 1 FROM dossier_history WHERE seq = new.seq OR (dossier_id = new.dossier_id AND version = new.version))
BEGIN
  SELECT RAISE(ABORT, 'Lịch sử hồ sơ chỉ được ghi thêm: đã có sự kiện này, không được ghi đè.');
END;

CREATE TABLE operators (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
  -- the comparison key (NFC, lower case, single spaces): two active operators never share one
  name_key   TEXT NOT NULL CHECK (length(name_key) > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  retired_at TEXT,
  retired_by TEXT,
  CHECK ((retired_at IS NULL) = (retired_by IS NULL))
);
CREATE UNIQUE INDEX operators_active_name ON operators(name_key) WHERE retired_at IS NULL;
CREATE TRIGGER operators_no_replace BEFORE INSERT ON operators
WHEN EXISTS (SELECT 1 FROM operators WHERE id = new.id OR (name_key = new.name_key AND retired_at IS NULL))
BEGIN
  SELECT RAISE(ABORT, 'Cán bộ này đã có trong danh sách, không được ghi đè.');
END;
CREATE TRIGGER operators_kept BEFORE DELETE ON operators
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa tên cán bộ khỏi sổ: hãy đánh dấu đã thôi làm việc.');
END;
CREATE TRIGGER operators_only_retire BEFORE UPDATE ON operators
WHEN old.retired_at IS NOT NULL OR new.retired_at IS NULL
  OR new.id IS NOT old.id OR new.name IS NOT old.name OR new.name_key IS NOT old.name_key
  OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by
BEGIN
  SELECT RAISE(ABORT, 'Tên cán bộ đã ghi chỉ có thể được đánh dấu đã thôi làm việc, không sửa được.');
END;

-- The newest row is the PIN in force.
CREATE TABLE chairman_pins (
  id        INTEGER PRIMARY KEY,
  algorithm TEXT NOT NULL CHECK (algorithm = 'scrypt'),
  params    TEXT NOT NULL CHECK (json_valid(params) AND json_type(params) = 'object'),
  salt      BLOB NOT NULL CHECK (length(salt) >= 16),
  hash      BLOB NOT NULL CHECK (length(hash) >= 32),
  set_at    TEXT NOT NULL,
  set_by    TEXT NOT NULL
);
CREATE TRIGGER chairman_pins_no_replace BEFORE INSERT ON chairman_pins
WHEN EXISTS (SELECT 1 FROM chairman_pins WHERE id = new.id)
BEGIN
  SELECT RAISE(ABORT, 'Không được ghi đè mã PIN đã ghi: hãy đặt mã PIN mới.');
END;
CREATE TRIGGER chairman_pins_no_update BEFORE UPDATE ON chairman_pins
BEGIN
  SELECT RAISE(ABORT, 'Mã PIN đã ghi không sửa được: hãy đặt mã PIN mới.');
END;
CREATE TRIGGER chairman_pins_no_delete BEFORE DELETE ON chairman_pins
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa mã PIN đã ghi: hãy đặt mã PIN mới.');
END;
`;

export const migration005OperatorsAndPin: Migration = {
  version: 5,
  name: 'desk operators, the chairman PIN, history never replaced',
  up: (db) => db.exec(SQL),
};
