// Named column mappings for importing other systems' dossier lists (the province's one-stop system, an
// old ledger): saved once, reused with `import --profile NAME` or picked in the import screen. The
// mapping is JSON checked by its schema when read (electron/import/foreign/mapping.ts). Carried in full
// packages like the other settings of the office.
import type { Migration } from './migration';

const SQL = `
CREATE TABLE import_profiles (
  name        TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
  mapping     TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
);
`;

export const migration019ImportProfiles: Migration = {
  version: 19,
  name: 'import profiles',
  up(db) {
    db.exec(SQL);
  },
};
