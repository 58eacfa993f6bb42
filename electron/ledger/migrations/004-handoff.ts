// The USB handoff (handoff.md): the unit's signing key, the ledger's role (a unit's own ledger, or the
// receiving office's), the units a receiving office trusts, the conflicts found while merging another
// desk's dossiers, and the report packages a receiving office has received.
import type { Migration } from './migration';

const SQL = `
-- The unit's Ed25519 key (one row, created at first use, or adopted from the unit's full package).
-- The public key travels in every package; its short fingerprint is what a receiving office registers.
CREATE TABLE unit_signing_key (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
  private_key BLOB NOT NULL CHECK (length(private_key) > 0),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 19),
  origin      TEXT NOT NULL CHECK (origin IN ('generated', 'adopted', 'restored')),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
);
CREATE TRIGGER unit_signing_key_fixed BEFORE UPDATE ON unit_signing_key
BEGIN
  SELECT RAISE(ABORT, 'Khóa ký của đơn vị đã tạo thì không được thay đổi.');
END;
CREATE TRIGGER unit_signing_key_kept BEFORE DELETE ON unit_signing_key
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa khóa ký của đơn vị.');
END;

-- What this ledger is: a unit's own ledger (default, no row) or the receiving office's.
CREATE TABLE handoff_role (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  role       TEXT NOT NULL CHECK (role IN ('unit', 'receiving_office')),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- Signing keys trusted for a unit code: the units a receiving office registered (or trusted at first
-- use, on explicit request), and other desks of this ledger's own unit with a key of their own.
CREATE TABLE trusted_units (
  unit_code     TEXT NOT NULL CHECK (length(unit_code) > 0),
  fingerprint   TEXT NOT NULL CHECK (length(fingerprint) = 19),
  unit_name     TEXT NOT NULL DEFAULT '',
  how           TEXT NOT NULL CHECK (how IN ('registered', 'first_use')),
  registered_at TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  PRIMARY KEY (unit_code, fingerprint)
) WITHOUT ROWID;

-- The same dossier changed on two desks since they last met: both versions kept for a person to choose.
-- The ledger keeps its own version meanwhile; the other desk's version and history wait here.
CREATE TABLE dossier_conflicts (
  id               INTEGER PRIMARY KEY,
  dossier_id       TEXT NOT NULL REFERENCES dossiers(id),
  code             TEXT NOT NULL,
  local_version    INTEGER NOT NULL,
  local_row        TEXT NOT NULL CHECK (json_valid(local_row)),
  incoming_row     TEXT NOT NULL CHECK (json_valid(incoming_row)),
  incoming_events  TEXT NOT NULL CHECK (json_valid(incoming_events) AND json_type(incoming_events) = 'array'),
  -- SHA-256 of the incoming history's event ids: the same incoming version is listed once
  incoming_lineage TEXT NOT NULL CHECK (length(incoming_lineage) = 64),
  source           TEXT NOT NULL,
  batch_id         INTEGER REFERENCES import_batches(id),
  detected_at      TEXT NOT NULL,
  detected_by      TEXT NOT NULL,
  resolution       TEXT CHECK (resolution IN ('local', 'incoming', 'superseded')),
  resolved_at      TEXT,
  resolved_by      TEXT,
  CHECK ((resolution IS NULL) = (resolved_at IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE UNIQUE INDEX dossier_conflicts_incoming ON dossier_conflicts(dossier_id, incoming_lineage);
CREATE INDEX dossier_conflicts_open ON dossier_conflicts(dossier_id) WHERE resolution IS NULL;
CREATE TRIGGER dossier_conflicts_only_resolution BEFORE UPDATE ON dossier_conflicts
WHEN old.resolution IS NOT NULL OR new.resolution IS NULL
  OR new.id IS NOT old.id OR new.dossier_id IS NOT old.dossier_id OR new.local_row IS NOT old.local_row
  OR new.incoming_row IS NOT old.incoming_row OR new.incoming_events IS NOT old.incoming_events
  OR new.incoming_lineage IS NOT old.incoming_lineage OR new.detected_at IS NOT old.detected_at
BEGIN
  SELECT RAISE(ABORT, 'Một xung đột đã ghi chỉ có thể được giải quyết một lần, không sửa được.');
END;
CREATE TRIGGER dossier_conflicts_kept BEFORE DELETE ON dossier_conflicts
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa một xung đột hồ sơ.');
END;

-- Report packages received by a receiving office: one current package per unit and period; a newer one
-- replaces it (the older stays, marked replaced, so the change can be shown).
CREATE TABLE received_reports (
  id                 INTEGER PRIMARY KEY,
  unit_code          TEXT NOT NULL CHECK (length(unit_code) > 0),
  unit_name          TEXT NOT NULL,
  period_key         TEXT NOT NULL,
  period_label       TEXT NOT NULL,
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  package_id         TEXT NOT NULL,
  package_sha256     TEXT NOT NULL UNIQUE CHECK (length(package_sha256) = 64),
  package_created_at TEXT NOT NULL,
  fingerprint        TEXT NOT NULL,
  report             TEXT NOT NULL CHECK (json_valid(report)),
  signed             TEXT CHECK (signed IS NULL OR json_valid(signed)),
  pdf                BLOB,
  batch_id           INTEGER REFERENCES import_batches(id),
  received_at        TEXT NOT NULL,
  received_by        TEXT NOT NULL,
  -- the newer report that replaced this one (deferred: the older is marked just before the newer is written)
  replaced_by        INTEGER REFERENCES received_reports(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX received_reports_current ON received_reports(unit_code, period_key) WHERE replaced_by IS NULL;
CREATE INDEX received_reports_period ON received_reports(period_key);
CREATE TRIGGER received_reports_only_replacement BEFORE UPDATE ON received_reports
WHEN old.replaced_by IS NOT NULL OR new.replaced_by IS NULL OR new.id IS NOT old.id
  OR new.report IS NOT old.report OR new.package_sha256 IS NOT old.package_sha256
BEGIN
  SELECT RAISE(ABORT, 'Một báo cáo đã nhận chỉ có thể được thay bằng báo cáo mới hơn, không sửa được.');
END;
CREATE TRIGGER received_reports_kept BEFORE DELETE ON received_reports
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa một báo cáo đã nhận.');
END;
`;

export const migration004Handoff: Migration = {
  version: 4,
  name: 'usb handoff: signing key, role, trusted units, conflicts, received reports',
  up: (db) => db.exec(SQL),
};
