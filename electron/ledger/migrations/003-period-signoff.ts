// The chairman's sign-off of a period (handoff.md "Locking"): its figures are frozen as signed; any later
// change to a dossier that was counted in it, or a dossier logged late into it, is recorded as a
// correction by triggers — whichever module writes — and listed on the next report. Also the chairman's
// free text of the narrative report, per period.
import type { Migration } from './migration';

const SQL = `
CREATE TABLE period_signoffs (
  id           INTEGER PRIMARY KEY,
  period_key   TEXT NOT NULL UNIQUE,
  label        TEXT NOT NULL,
  from_day     INTEGER NOT NULL,
  to_day       INTEGER NOT NULL CHECK (to_day >= from_day),
  -- the CompiledReport exactly as signed
  figures      TEXT NOT NULL CHECK (json_valid(figures)),
  signer_name  TEXT NOT NULL CHECK (length(signer_name) > 0),
  signed_at    TEXT NOT NULL,
  signed_by    TEXT NOT NULL
);
CREATE TRIGGER period_signoffs_frozen BEFORE UPDATE ON period_signoffs
BEGIN
  SELECT RAISE(ABORT, 'Số liệu kỳ báo cáo đã ký không được sửa.');
END;
CREATE TRIGGER period_signoffs_kept BEFORE DELETE ON period_signoffs
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa một kỳ báo cáo đã ký.');
END;

-- The dossiers counted in a signed report, with the version that was counted.
CREATE TABLE signoff_dossiers (
  signoff_id INTEGER NOT NULL REFERENCES period_signoffs(id),
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  version    INTEGER NOT NULL,
  PRIMARY KEY (signoff_id, dossier_id)
) WITHOUT ROWID;
CREATE INDEX signoff_dossiers_dossier ON signoff_dossiers(dossier_id);

CREATE TABLE report_corrections (
  id          INTEGER PRIMARY KEY,
  signoff_id  INTEGER NOT NULL REFERENCES period_signoffs(id),
  dossier_id  TEXT NOT NULL REFERENCES dossiers(id),
  -- the history event that made the change (NULL for a dossier logged into a signed period afterwards)
  history_seq INTEGER REFERENCES dossier_history(seq),
  kind        TEXT NOT NULL CHECK (kind IN ('changed', 'added')),
  at          TEXT NOT NULL,
  -- the later signed report that listed this correction, once there is one
  listed_in   INTEGER REFERENCES period_signoffs(id)
);
CREATE INDEX report_corrections_signoff ON report_corrections(signoff_id);
CREATE TRIGGER report_corrections_only_listing BEFORE UPDATE ON report_corrections
WHEN new.id IS NOT old.id OR new.signoff_id IS NOT old.signoff_id OR new.dossier_id IS NOT old.dossier_id
  OR new.history_seq IS NOT old.history_seq OR new.kind IS NOT old.kind OR new.at IS NOT old.at
  OR old.listed_in IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'Một đính chính đã ghi không được sửa.');
END;
CREATE TRIGGER report_corrections_kept BEFORE DELETE ON report_corrections
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa một đính chính.');
END;

-- A change to a dossier counted in a signed period.
CREATE TRIGGER history_marks_corrections AFTER INSERT ON dossier_history
WHEN EXISTS (SELECT 1 FROM signoff_dossiers WHERE dossier_id = new.dossier_id)
BEGIN
  INSERT INTO report_corrections (signoff_id, dossier_id, history_seq, kind, at)
    SELECT signoff_id, new.dossier_id, new.seq, 'changed', new.at
    FROM signoff_dossiers WHERE dossier_id = new.dossier_id;
END;

-- A dossier logged after the sign-off into a signed period (received before its end, not ended before it).
CREATE TRIGGER dossiers_mark_late_additions AFTER INSERT ON dossiers
WHEN EXISTS (
  SELECT 1 FROM period_signoffs s
  WHERE new.received_day <= s.to_day AND COALESCE(new.ended_day, new.returned_day, 2147483647) >= s.from_day
)
BEGIN
  INSERT INTO report_corrections (signoff_id, dossier_id, history_seq, kind, at)
    SELECT s.id, new.id, NULL, 'added', new.created_at FROM period_signoffs s
    WHERE new.received_day <= s.to_day AND COALESCE(new.ended_day, new.returned_day, 2147483647) >= s.from_day;
END;

-- The chairman's own text of the narrative report, per period.
CREATE TABLE report_narratives (
  period_key TEXT PRIMARY KEY,
  sections   TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) WITHOUT ROWID;
`;

export const migration003PeriodSignoff: Migration = {
  version: 3,
  name: 'period sign-off, corrections and narratives',
  up: (db) => db.exec(SQL),
};
