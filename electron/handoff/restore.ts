// Restore (handoff.md, situation 3): a full package becomes a ledger on a new PC — the same dossiers with
// their whole history, the same settings, catalogue, calendar edits, sign-offs, the unit's signing key
// (so the receiving office still recognises the unit) and everything else the ledger held.
//
// The ledger is rebuilt at the schema version the package was written with, then brought up to date by
// the ordinary migrations; it is written under a temporary name, checked (every table holds exactly the
// rows of the package, integrity and foreign keys are sound) and only then given its name. An existing
// file is never overwritten.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { isValidDesk } from '../../shared/dossier/dossier-code';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type LedgerDatabase, openLedger } from '../ledger';
import { createSettingsRepository } from '../ledger/settings-repository';
import { verifyLedgerFile } from '../services/backup-service';
import { type DossiersPart, dossiersPartSchema } from './dossier-content';
import { createDossierStore } from './dossier-store';
import { HandoffError, PackageRefusedError } from './errors';
import { KIND_LABELS_VI } from './manifest';
import { CARRIED_TRIGGER_TABLES, DOSSIER_TABLES, type LedgerPart, insertTable, isDerivedTable, ledgerPartSchema, ordinaryTables, quoteIdentifier, storedColumns } from './ledger-content';
import { PART_NAMES } from './package-open';
import { partOpener, readPackage } from './package-reader';

export interface RestoreRequest {
  /** The new ledger file; must not exist. */
  target: string;
  passphrase: string;
  actor: string;
  at?: Date;
  /** Give the restored ledger another desk number (a new desk set up from another desk's package). */
  deskNumber?: number;
}

export interface RestoreOutcome {
  file: string;
  unitCode: string;
  unitName: string;
  fingerprint: string;
  dossiers: number;
  historyEvents: number;
  schemaVersion: number;
}

function parsePart<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, bytes: Buffer, name: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new PackageRefusedError('invalid_content', `Phần "${name}" của gói không đọc được.`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new PackageRefusedError('invalid_content', `Phần "${name}" của gói không đúng mẫu.`);
  return parsed.data;
}

const count = (db: LedgerDatabase, table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${quoteIdentifier(table)}`).pluck().get() ?? 0;

function fill(db: LedgerDatabase, dossiers: DossiersPart, ledger: LedgerPart): void {
  const known = new Set(ordinaryTables(db));
  for (const t of ledger.tables) {
    const columns = new Set(storedColumns(db, t.name));
    if (!known.has(t.name) || DOSSIER_TABLES.includes(t.name as (typeof DOSSIER_TABLES)[number]) || isDerivedTable(t.name) || t.columns.some((c) => !columns.has(c))) {
      throw new PackageRefusedError('invalid_content', `Gói có bảng dữ liệu "${t.name}" mà phiên bản này không biết.`);
    }
  }
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    // Dossiers first, while nothing else is there: triggers that react to new dossiers (corrections of
    // signed periods) find no sign-off and do nothing; the corrections themselves come with the tables.
    const store = createDossierStore(db);
    for (const d of dossiers.dossiers) {
      store.insertRow(d.row);
      for (const e of d.events) store.restoreEvent(d.row.id, e);
    }
    for (const t of ledger.tables) {
      if (CARRIED_TRIGGER_TABLES.includes(t.name)) db.prepare(`DELETE FROM ${quoteIdentifier(t.name)}`).run();
      insertTable(db, t);
    }
    const expected = new Map<string, number>(ledger.tables.map((t) => [t.name, t.rows.length]));
    for (const table of CARRIED_TRIGGER_TABLES) if (!expected.has(table) && known.has(table)) expected.set(table, count(db, table));
    expected.set('dossiers', dossiers.dossiers.length);
    expected.set('dossier_history', dossiers.dossiers.reduce((n, d) => n + d.events.length, 0));
    for (const table of known) {
      if (isDerivedTable(table)) continue; // filled by the triggers as the dossiers went in
      if (count(db, table) !== (expected.get(table) ?? 0)) throw new HandoffError(`Khôi phục không trọn vẹn: bảng ${table} không đúng số dòng của gói.`);
    }
  }).immediate();
}

export function restoreFromPackage(bytes: Uint8Array, request: RestoreRequest): RestoreOutcome {
  if (existsSync(request.target)) {
    throw new HandoffError(`Tệp "${request.target}" đã có. Khôi phục chỉ tạo sổ mới, không ghi đè lên sổ đang có; hãy chọn tên tệp khác.`);
  }
  if (request.deskNumber !== undefined && !isValidDesk(request.deskNumber)) throw new HandoffError('Số bàn tiếp nhận phải là số nguyên từ 1 đến 9.');
  const pkg = readPackage(bytes);
  const m = pkg.manifest;
  if (m.kind !== 'full') throw new PackageRefusedError('wrong_kind', `Chỉ khôi phục được sổ từ gói đầy đủ; đây là ${KIND_LABELS_VI[m.kind]}.`);
  if (m.schema_version > LATEST_SCHEMA_VERSION) {
    throw new PackageRefusedError('ledger_too_old', `Gói được tạo bởi phiên bản Sổ Một Cửa mới hơn (lược đồ số ${m.schema_version}). Hãy cập nhật Sổ Một Cửa trên máy này.`);
  }
  const opener = partOpener(pkg, request.passphrase);
  const dossiers = parsePart<DossiersPart>(dossiersPartSchema, opener.bytes(PART_NAMES.dossiers), PART_NAMES.dossiers);
  const ledger = parsePart<LedgerPart>(ledgerPartSchema, opener.bytes(PART_NAMES.ledger), PART_NAMES.ledger);
  if (dossiers.schema_version !== m.schema_version || ledger.schema_version !== m.schema_version) {
    throw new PackageRefusedError('invalid_content', 'Phiên bản lược đồ trong gói không thống nhất.');
  }
  const temporary = `${request.target}.dang-khoi-phuc-${process.pid}`;
  const cleanup = () => ['', '-wal', '-shm'].forEach((s) => rmSync(`${temporary}${s}`, { force: true }));
  cleanup();
  try {
    const old = openLedger(temporary, { migrations: MIGRATIONS.slice(0, m.schema_version) });
    try {
      fill(old, dossiers, ledger);
    } finally {
      old.close();
    }
    const db = openLedger(temporary, { mustExist: true });
    try {
      if (request.deskNumber !== undefined) createSettingsRepository(db).update({ deskNumber: request.deskNumber }, { actor: request.actor, at: request.at });
      const problems = (db.pragma('foreign_key_check') as unknown[]).length;
      if (problems > 0) throw new HandoffError(`Khôi phục không trọn vẹn: ${problems} liên kết dữ liệu bị hỏng.`);
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    const verified = verifyLedgerFile(temporary);
    renameSync(temporary, request.target);
    return {
      file: request.target,
      unitCode: m.sender.unit_code,
      unitName: m.sender.unit_name,
      fingerprint: m.sender.fingerprint,
      dossiers: verified.dossiers,
      historyEvents: dossiers.dossiers.reduce((n, d) => n + d.events.length, 0),
      schemaVersion: LATEST_SCHEMA_VERSION,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}
