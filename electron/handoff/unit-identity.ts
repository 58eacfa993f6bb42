// This ledger's identity in the handoff: the unit's signing key (created at first use, or adopted from
// the unit's own full package so every desk of a unit signs as the unit) and the ledger's role.
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from '../ledger/audit';
import { HandoffError } from './errors';
import { fingerprintOf, generateUnitKey, publicKeyOfPrivate } from './keys';

export type LedgerRole = 'unit' | 'receiving_office';
export type KeyOrigin = 'generated' | 'adopted' | 'restored';

export interface UnitKey {
  publicKey: Buffer;
  privateKey: Buffer;
  fingerprint: string;
  origin: KeyOrigin;
  createdAt: string;
  createdBy: string;
}

interface KeyRow {
  public_key: Buffer;
  private_key: Buffer;
  fingerprint: string;
  origin: KeyOrigin;
  created_at: string;
  created_by: string;
}

export function readUnitKey(db: Database.Database): UnitKey | null {
  const row = db.prepare<[], KeyRow>('SELECT * FROM unit_signing_key WHERE id = 1').get();
  if (!row) return null;
  return {
    publicKey: row.public_key,
    privateKey: row.private_key,
    fingerprint: row.fingerprint,
    origin: row.origin,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** Stores a key pair as the unit's key; refuses a pair whose halves do not belong together. */
export function storeUnitKey(db: Database.Database, pair: { publicKey: Buffer; privateKey: Buffer }, origin: KeyOrigin, ctx: AuditContext): UnitKey {
  if (!publicKeyOfPrivate(pair.privateKey).equals(pair.publicKey)) {
    throw new HandoffError('Khóa ký của đơn vị không hợp lệ (khóa công khai và khóa bí mật không khớp nhau).');
  }
  const fingerprint = fingerprintOf(pair.publicKey);
  const at = stampOf(ctx);
  db.prepare('INSERT INTO unit_signing_key(id, public_key, private_key, fingerprint, origin, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
    pair.publicKey,
    pair.privateKey,
    fingerprint,
    origin,
    at,
    ctx.actor,
  );
  return { ...pair, fingerprint, origin, createdAt: at, createdBy: ctx.actor };
}

/** The unit's key, created now when the ledger has none yet (first use). */
export function ensureUnitKey(db: Database.Database, ctx: AuditContext): UnitKey {
  return db.transaction(() => readUnitKey(db) ?? storeUnitKey(db, generateUnitKey(), 'generated', ctx)).immediate();
}

export function readRole(db: Database.Database): LedgerRole {
  const role = db.prepare<[], LedgerRole>('SELECT role FROM handoff_role WHERE id = 1').pluck().get();
  return role ?? 'unit';
}

export function setRole(db: Database.Database, role: LedgerRole, ctx: AuditContext): void {
  db.prepare(
    `INSERT INTO handoff_role(id, role, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(role, stampOf(ctx), ctx.actor);
}
