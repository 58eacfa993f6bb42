// The first schema: settings, the procedure catalogue with versions, the office's calendar edits, the
// dossiers with their append-only history, import batches and the per-desk code counters.
//
// Conventions: days are INTEGER day numbers (days since 1970-01-01, shared/time/day.ts) on dossiers and
// ISO `YYYY-MM-DD` text where users configure dates (catalogue validity, calendar edits, as in the shared
// types); instants are ISO 8601 UTC text; JSON columns are checked with json_valid.
import type { Migration } from './migration';
import { LEDGER_APPLICATION_ID } from './migration';

/** Stands for "not ended" in `dossiers.end_key`, so "not ended before D" is one range: end_key >= D. */
export const OPEN_END_KEY = 2147483647;

const ISO_DATE_CHECK = (col: string) => `(${col} IS NULL OR (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${col}) = ${col}))`;

const SQL = `
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- Fields of procedures (lĩnh vực) in catalogue order: the rows of Biểu 06.
CREATE TABLE fields (
  name       TEXT PRIMARY KEY CHECK (length(name) > 0),
  sort_order INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per version of a procedure. Versions of one code never overlap; an open end is NULL.
CREATE TABLE procedures (
  version_id     INTEGER PRIMARY KEY,
  code           TEXT NOT NULL CHECK (length(code) > 0),
  is_local_code  INTEGER NOT NULL DEFAULT 0 CHECK (is_local_code IN (0, 1)),
  name           TEXT NOT NULL CHECK (length(name) > 0),
  field          TEXT NOT NULL REFERENCES fields(name) ON UPDATE CASCADE,
  sort_order     INTEGER NOT NULL,
  time_value     INTEGER NOT NULL CHECK (time_value >= 0),
  time_unit      TEXT NOT NULL CHECK (time_unit IN ('working_days', 'same_day', 'calendar_days', 'working_hours')),
  cutoff_minute  INTEGER CHECK (cutoff_minute BETWEEN 0 AND 1439),
  note           TEXT NOT NULL DEFAULT '',
  confidence     TEXT NOT NULL CHECK (confidence IN ('law', 'practice', 'unverified')),
  effective_from TEXT CHECK ${ISO_DATE_CHECK('effective_from')},
  effective_to   TEXT CHECK ${ISO_DATE_CHECK('effective_to')},
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  CHECK (effective_from IS NULL OR effective_to IS NULL OR effective_from <= effective_to)
);
CREATE UNIQUE INDEX procedures_code_from ON procedures(code, effective_from);
CREATE INDEX procedures_name ON procedures(name);

-- The office's own calendar edits (rules.md §1, layer 3). Never deleted: removal sets removed_at.
CREATE TABLE calendar_edits (
  id         INTEGER PRIMARY KEY,
  date       TEXT NOT NULL CHECK ${ISO_DATE_CHECK('date')},
  kind       TEXT NOT NULL CHECK (kind IN ('off', 'work')),
  reason     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE UNIQUE INDEX calendar_edits_active_date ON calendar_edits(date) WHERE removed_at IS NULL;
CREATE TRIGGER calendar_edits_no_delete BEFORE DELETE ON calendar_edits
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa hẳn một thay đổi lịch làm việc: hãy đánh dấu đã bỏ.');
END;
CREATE TRIGGER calendar_edits_only_removal BEFORE UPDATE ON calendar_edits
WHEN old.removed_at IS NOT NULL OR new.removed_at IS NULL
  OR new.id IS NOT old.id OR new.date IS NOT old.date OR new.kind IS NOT old.kind
  OR new.reason IS NOT old.reason OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by
BEGIN
  SELECT RAISE(ABORT, 'Một thay đổi lịch làm việc đã ghi chỉ có thể được đánh dấu đã bỏ, không sửa được.');
END;

CREATE TABLE dossiers (
  row_id             INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
  code               TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
  version            INTEGER NOT NULL CHECK (version >= 1),
  desk               INTEGER CHECK (desk BETWEEN 1 AND 9),
  procedure_code     TEXT NOT NULL,
  procedure_name     TEXT NOT NULL,
  field              TEXT NOT NULL,
  channel            TEXT NOT NULL CHECK (channel IN ('truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh')),
  received_at        TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-2][0-9]:[0-5][0-9]'
                                          AND substr(received_at, 12, 2) < '24'),
  received_day       INTEGER NOT NULL,
  -- the rule snapshot taken at reception (rules.md §2): editing the catalogue never moves it
  time_value         INTEGER NOT NULL CHECK (time_value >= 0),
  time_unit          TEXT NOT NULL CHECK (time_unit IN ('working_days', 'same_day', 'calendar_days', 'working_hours')),
  cutoff_minute      INTEGER CHECK (cutoff_minute BETWEEN 0 AND 1439),
  extra_working_days INTEGER NOT NULL DEFAULT 0 CHECK (extra_working_days >= 0),
  base_due_day       INTEGER NOT NULL,
  -- the effective due date (pause-adjusted), written by the caller; NULL while waiting for the citizen
  due_day            INTEGER,
  supplements        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(supplements) AND json_type(supplements) = 'array'),
  ended_day          INTEGER,
  ending             TEXT CHECK (ending IN ('giai_quyet', 'rut', 'dung', 'tu_choi')),
  returned_day       INTEGER,
  extension_due_day  INTEGER,
  apology_day        INTEGER,
  late_cause         TEXT NOT NULL DEFAULT '',
  digitised_dossier  INTEGER NOT NULL DEFAULT 0 CHECK (digitised_dossier IN (0, 1)),
  digitised_result   INTEGER NOT NULL DEFAULT 0 CHECK (digitised_result IN (0, 1)),
  stored_result      INTEGER NOT NULL DEFAULT 0 CHECK (stored_result IN (0, 1)),
  paid_online        INTEGER NOT NULL DEFAULT 0 CHECK (paid_online IN (0, 1)),
  fee                INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
  rating             TEXT CHECK (rating IN ('rat_hai_long', 'hai_long', 'khong_hai_long')),
  documents          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents) AND json_type(documents) = 'array'),
  -- personal data: stored here, never exported to the receiving office
  applicant_name     TEXT NOT NULL DEFAULT '',
  id_number          TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  address            TEXT NOT NULL DEFAULT '',
  note               TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  updated_by         TEXT NOT NULL,
  -- derived, never written: the day the dossier ended ("result ready", or the return day when only that
  -- was recorded, rules.md §5), or OPEN_END_KEY while it is pending
  end_key            INTEGER GENERATED ALWAYS AS (COALESCE(ended_day, returned_day, ${OPEN_END_KEY})) VIRTUAL,
  -- derived: 1 while the last supplement request has no return day (waiting for the citizen)
  awaiting_supplement INTEGER GENERATED ALWAYS AS (
    json_array_length(supplements) > 0 AND json_type(supplements, '$[#-1].returnedOn') IS NOT 'integer'
  ) VIRTUAL,
  CHECK (date(received_day * 86400, 'unixepoch') = substr(received_at, 1, 10)),
  CHECK (ending IS NULL OR ended_day IS NOT NULL OR returned_day IS NOT NULL),
  CHECK ((apology_day IS NULL) OR (extension_due_day IS NOT NULL))
);
-- the ledger page: newest first, optionally within one field or one channel (keyset pagination)
CREATE INDEX dossiers_received_at ON dossiers(received_at);
CREATE INDEX dossiers_field_received_at ON dossiers(field, received_at);
CREATE INDEX dossiers_channel_received_at ON dossiers(channel, received_at);
-- the report (dossiers not ended before the period's first day, received up to its last day) and the
-- pending / overdue pages (end_key = OPEN_END_KEY, newest first)
CREATE INDEX dossiers_end_received_at ON dossiers(end_key, received_at);
-- alerts: pending dossiers by due date
CREATE INDEX dossiers_pending_due ON dossiers(due_day) WHERE ended_day IS NULL AND returned_day IS NULL;

CREATE TRIGGER dossiers_identity_fixed BEFORE UPDATE OF row_id, id ON dossiers
WHEN new.row_id IS NOT old.row_id OR new.id IS NOT old.id
BEGIN
  SELECT RAISE(ABORT, 'Không được đổi mã định danh nội bộ của hồ sơ.');
END;
CREATE TRIGGER dossiers_version_grows BEFORE UPDATE ON dossiers
WHEN new.version <= old.version
BEGIN
  SELECT RAISE(ABORT, 'Mỗi lần sửa hồ sơ phải tăng số phiên bản.');
END;

-- Append-only: one event per version of a dossier.
CREATE TABLE dossier_history (
  seq        INTEGER PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  version    INTEGER NOT NULL CHECK (version >= 1),
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (length(action) > 0),
  changes    TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'object'),
  batch_id   INTEGER REFERENCES import_batches(id),
  UNIQUE (dossier_id, version)
);
CREATE TRIGGER dossier_history_no_update BEFORE UPDATE ON dossier_history
BEGIN
  SELECT RAISE(ABORT, 'Lịch sử hồ sơ chỉ được ghi thêm: không được sửa.');
END;
CREATE TRIGGER dossier_history_no_delete BEFORE DELETE ON dossier_history
BEGIN
  SELECT RAISE(ABORT, 'Lịch sử hồ sơ chỉ được ghi thêm: không được xóa.');
END;

-- One row per imported file or package; the checksum makes re-imports recognisable.
CREATE TABLE import_batches (
  id        INTEGER PRIMARY KEY,
  sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
  kind      TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  counts    TEXT NOT NULL CHECK (json_valid(counts) AND json_type(counts) = 'object')
);
CREATE INDEX import_batches_sha256 ON import_batches(sha256);

-- The last sequence a desk issued on a day (dossier codes, rules.md §9).
CREATE TABLE day_sequences (
  day  INTEGER NOT NULL,
  desk INTEGER NOT NULL CHECK (desk BETWEEN 1 AND 9),
  last INTEGER NOT NULL CHECK (last >= 0),
  PRIMARY KEY (day, desk)
) WITHOUT ROWID;
`;

export const migration001Initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(SQL);
    db.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
  },
};
