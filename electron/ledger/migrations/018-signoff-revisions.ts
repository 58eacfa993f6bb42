// A period signed again after its first sign-off was lost (a ledger file put back from before it, outside
// the app): the earlier sign-off — signer, instant, figures — and the cells that differ are recorded with
// the new sign-off as its correction (issue 15 §2), never silently replaced. Append-only.
import type { Migration } from './migration';

export const migration018SignoffRevisions: Migration = {
  version: 18,
  name: 'earlier sign-offs of a period signed again',
  up: (db) =>
    db.exec(`
CREATE TABLE signoff_revisions (
  id                 INTEGER PRIMARY KEY,
  signoff_id         INTEGER NOT NULL REFERENCES period_signoffs(id),
  previous_signer    TEXT NOT NULL,
  previous_signed_at TEXT NOT NULL,
  previous_figures   TEXT NOT NULL CHECK (json_valid(previous_figures)),
  -- [{ row, column, before, after }]
  differences        TEXT NOT NULL CHECK (json_valid(differences) AND json_type(differences) = 'array'),
  recorded_at        TEXT NOT NULL
);
CREATE INDEX signoff_revisions_signoff ON signoff_revisions(signoff_id);
CREATE TRIGGER signoff_revisions_frozen BEFORE UPDATE ON signoff_revisions
BEGIN
  SELECT RAISE(ABORT, 'Đính chính của kỳ đã ký không được sửa.');
END;
CREATE TRIGGER signoff_revisions_kept BEFORE DELETE ON signoff_revisions
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa đính chính của kỳ đã ký.');
END;
`),
};
