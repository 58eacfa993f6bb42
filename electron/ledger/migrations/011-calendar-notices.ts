// 011: the notices of a year's civil-service schedule that the office entered (or received from the
// province), so a year it has the schedule of is no longer provisional; and the working calendar the
// stored due dates were last computed with, so a changed calendar (an edit, an update, a new app version
// with new data) moves exactly the due dates it changes (electron/services/due-date-recompute.ts).
import type { Migration } from './migration';

export const CALENDAR_APPLIED_TABLE = 'calendar_applied';

const SQL = `
CREATE TABLE calendar_notices (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  source     TEXT NOT NULL CHECK (length(source) > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE UNIQUE INDEX calendar_notices_active_year ON calendar_notices(year) WHERE removed_at IS NULL;
CREATE TRIGGER calendar_notices_no_delete BEFORE DELETE ON calendar_notices
BEGIN
  SELECT RAISE(ABORT, 'Không được xóa hẳn một thông báo lịch nghỉ: hãy đánh dấu đã bỏ.');
END;
CREATE TRIGGER calendar_notices_only_removal BEFORE UPDATE ON calendar_notices
WHEN old.removed_at IS NOT NULL OR new.removed_at IS NULL
  OR new.id IS NOT old.id OR new.year IS NOT old.year OR new.source IS NOT old.source
  OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by
BEGIN
  SELECT RAISE(ABORT, 'Một thông báo lịch nghỉ đã ghi chỉ có thể được đánh dấu đã bỏ, không sửa được.');
END;

-- One row: the days whose working status differs from the plain Monday–Friday week, as the stored due
-- dates were last computed with. Absent on a ledger written before this migration (see the service).
CREATE TABLE ${CALENDAR_APPLIED_TABLE} (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  days       TEXT NOT NULL CHECK (json_valid(days) AND json_type(days) = 'object'),
  applied_at TEXT NOT NULL,
  applied_by TEXT NOT NULL
);
`;

export const migration011CalendarNotices: Migration = {
  version: 11,
  name: 'calendar notices and the calendar the due dates follow',
  up: (db) => db.exec(SQL),
};
