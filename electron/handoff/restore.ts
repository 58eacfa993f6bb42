// Restore (handoff.md, situation 3): a full package becomes a ledger on a new PC — the same dossiers with
// their whole history, the same settings, catalogue, calendar edits, sign-offs, the unit's signing key
// (so the receiving office still recognises the unit) and everything else the ledger held.
//
// The ledger is rebuilt at the schema version the package was written with, then brought up to date by
// the ordinary migrations; it is written under a temporary name, checked (every table holds exactly the
// rows of the package, integrity and foreign keys are sound) and only then given its name. An existing
// file is never overwritten. The desk restores a full package over its ledger by rebuilding it here beside
// the ledger, then putting it in place like a backup (reliability/restore: the current ledger kept aside,
// signed periods carried over with the chairman's PIN); `summariseFullPackage` is what the screen shows first.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { isValidDesk } from '../../shared/dossier/dossier-code';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type LedgerDatabase, openLedger } from '../ledger';
import { createSettingsRepository } from '../ledger/settings-repository';
import { verifyLedgerFile } from '../services/backup-service';
import { type DossiersPart, dossiersPartSchema } from './dossier-content';
import { createDossierStore } from './dossier-store';
import { HandoffError, PackageRefusedError } from './errors';
import { KIND_LABELS_VI, type Manifest } from './manifest';
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
  /** How far the rebuild is (Vietnamese label, dossiers written of all). */
  onProgress?: (label: string, done: number, total: number) => void;
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

/** Every this many dossiers the rebuild says how far it is. */
const PROGRESS_EVERY = 500;
const REBUILD_LABEL = 'Đang dựng lại sổ từ gói';

function fill(db: LedgerDatabase, dossiers: DossiersPart, ledger: LedgerPart, onProgress: RestoreRequest['onProgress']): void {
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
    const total = dossiers.dossiers.length;
    dossiers.dossiers.forEach((d, i) => {
      store.insertRow(d.row);
      for (const e of d.events) store.restoreEvent(d.row.id, e);
      if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.(REBUILD_LABEL, i + 1, total);
    });
    onProgress?.(REBUILD_LABEL, total, total);
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

/** A full package opened with its passphrase: checked, decrypted and parsed, nothing written. */
export interface OpenedFullPackage {
  manifest: Manifest;
  dossiers: DossiersPart;
  ledger: LedgerPart;
}

/**
 * Verifies the package (signature, checksums), refuses anything but a full package this version can
 * read, decrypts its parts with the passphrase (a wrong one is refused) and parses them.
 */
export function openFullPackage(bytes: Uint8Array, passphrase: string): OpenedFullPackage {
  const pkg = readPackage(bytes);
  const m = pkg.manifest;
  if (m.kind !== 'full') throw new PackageRefusedError('wrong_kind', `Chỉ khôi phục được sổ từ gói đầy đủ; đây là ${KIND_LABELS_VI[m.kind]}.`);
  if (m.schema_version > LATEST_SCHEMA_VERSION) {
    throw new PackageRefusedError('ledger_too_old', `Gói được tạo bởi phiên bản Sổ Một Cửa mới hơn (lược đồ số ${m.schema_version}). Hãy cập nhật Sổ Một Cửa trên máy này.`);
  }
  const opener = partOpener(pkg, passphrase);
  const dossiers = parsePart<DossiersPart>(dossiersPartSchema, opener.bytes(PART_NAMES.dossiers), PART_NAMES.dossiers);
  const ledger = parsePart<LedgerPart>(ledgerPartSchema, opener.bytes(PART_NAMES.ledger), PART_NAMES.ledger);
  if (dossiers.schema_version !== m.schema_version || ledger.schema_version !== m.schema_version) {
    throw new PackageRefusedError('invalid_content', 'Phiên bản lược đồ trong gói không thống nhất.');
  }
  return { manifest: m, dossiers, ledger };
}

export function restoreFromPackage(bytes: Uint8Array, request: RestoreRequest): RestoreOutcome {
  if (existsSync(request.target)) {
    throw new HandoffError(`Tệp "${request.target}" đã có. Khôi phục chỉ tạo sổ mới, không ghi đè lên sổ đang có; hãy chọn tên tệp khác.`);
  }
  if (request.deskNumber !== undefined && !isValidDesk(request.deskNumber)) throw new HandoffError('Số bàn tiếp nhận phải là số nguyên từ 1 đến 9.');
  request.onProgress?.('Đang kiểm tra và giải mã gói', 0, 0);
  const { manifest: m, dossiers, ledger } = openFullPackage(bytes, request.passphrase);
  const temporary = `${request.target}.dang-khoi-phuc-${process.pid}`;
  const cleanup = () => ['', '-wal', '-shm'].forEach((s) => rmSync(`${temporary}${s}`, { force: true }));
  cleanup();
  try {
    const old = openLedger(temporary, { migrations: MIGRATIONS.slice(0, m.schema_version) });
    try {
      fill(old, dossiers, ledger, request.onProgress);
    } finally {
      old.close();
    }
    request.onProgress?.('Đang nâng cấp và kiểm tra sổ dựng lại', 0, 0);
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
