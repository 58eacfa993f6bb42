// The signing keys a ledger trusts, by unit code and fingerprint: the units a receiving office registered
// (or, on explicit request, trusted at their first package), and other desks of the ledger's own unit.
import type Database from 'better-sqlite3';
import { isValidUnitCode } from '../../shared/dossier/dossier-code';
import { type AuditContext, stampOf } from '../ledger/audit';
import { HandoffError } from './errors';
import { normaliseFingerprint } from './keys';

export interface TrustedUnit {
  unitCode: string;
  fingerprint: string;
  unitName: string;
  how: 'registered' | 'first_use';
  registeredAt: string;
  registeredBy: string;
}

interface Row {
  unit_code: string;
  fingerprint: string;
  unit_name: string;
  how: TrustedUnit['how'];
  registered_at: string;
  registered_by: string;
}

const toUnit = (r: Row): TrustedUnit => ({
  unitCode: r.unit_code,
  fingerprint: r.fingerprint,
  unitName: r.unit_name,
  how: r.how,
  registeredAt: r.registered_at,
  registeredBy: r.registered_by,
});

export function listTrustedUnits(db: Database.Database): TrustedUnit[] {
  return db.prepare<[], Row>('SELECT * FROM trusted_units ORDER BY unit_code, registered_at').all().map(toUnit);
}

export function trustedKeysOf(db: Database.Database, unitCode: string): TrustedUnit[] {
  return db.prepare<[string], Row>('SELECT * FROM trusted_units WHERE unit_code = ? ORDER BY registered_at').all(unitCode).map(toUnit);
}

export interface UnitRegistration {
  unitCode: string;
  /** As read out by the unit: dashes, spaces and case do not matter. */
  fingerprint: string;
  unitName?: string;
}

/** Registers a unit's key (idempotent: registering the same key again changes nothing). */
export function registerUnit(db: Database.Database, registration: UnitRegistration, ctx: AuditContext, how: TrustedUnit['how'] = 'registered'): TrustedUnit {
  const unitCode = registration.unitCode.trim();
  if (!isValidUnitCode(unitCode)) {
    throw new HandoffError(`Mã đơn vị "${unitCode}" không hợp lệ (chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang; ví dụ 000.00.21.H57).`);
  }
  const fingerprint = normaliseFingerprint(registration.fingerprint);
  if (fingerprint === null) {
    throw new HandoffError(
      `Dấu vân tay khóa "${registration.fingerprint}" không hợp lệ: phải gồm 16 ký tự chữ và số, thường viết thành 4 nhóm như K7Q2-M9XA-3RTB-Z4PW.`,
    );
  }
  db.prepare(
    `INSERT INTO trusted_units(unit_code, fingerprint, unit_name, how, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(unit_code, fingerprint) DO NOTHING`,
  ).run(unitCode, fingerprint, registration.unitName?.trim() ?? '', how, stampOf(ctx), ctx.actor);
  const stored = trustedKeysOf(db, unitCode).find((u) => u.fingerprint === fingerprint);
  if (!stored) throw new Error(`trusted unit ${unitCode} ${fingerprint} not stored`);
  return stored;
}
