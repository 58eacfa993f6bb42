// The chairman's PIN, required to sign off a period. Kept scrypt-hashed in the chairman_pins table
// (migration 005): each new PIN is a new row, so the ledger records who set it and when; the newest
// row is in force. The PIN itself is never stored, logged or returned.
import type Database from 'better-sqlite3';
import type { AuditContext } from '../ledger';
import { stampOf } from '../ledger/audit';
import { type PinHash, hashSecret, scryptParamsSchema, secretMatches } from './pin-hash';
import { SecurityError } from './errors';

export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 12;

export class ChairmanPinError extends SecurityError {}

interface PinRow {
  algorithm: string;
  params: string;
  salt: Buffer;
  hash: Buffer;
}

/** Runs of consecutive digits, wrapping round 9 → 0. */
const RUNS = ['01234567890123456789', '98765432109876543210'];

/** Why `pin` cannot be the chairman's PIN (Vietnamese), or null when it can. */
export function pinProblem(pin: string): string | null {
  if (!new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`).test(pin)) {
    return `Mã PIN phải gồm ${PIN_MIN_DIGITS} đến ${PIN_MAX_DIGITS} chữ số (0–9), không có khoảng trắng hay chữ cái.`;
  }
  const same = [...pin].every((d) => d === pin[0]);
  if (same || RUNS.some((run) => run.includes(pin))) {
    return 'Mã PIN này quá dễ đoán (các số giống nhau hoặc liên tiếp): hãy chọn mã khác.';
  }
  return null;
}

function currentPin(db: Database.Database): PinHash | null {
  const row = db.prepare<[], PinRow>('SELECT algorithm, params, salt, hash FROM chairman_pins ORDER BY id DESC LIMIT 1').get();
  if (!row) return null;
  if (row.algorithm !== 'scrypt') throw new ChairmanPinError(`Mã PIN trong sổ dùng cách mã hóa "${row.algorithm}" mà phiên bản này không biết.`);
  return { params: scryptParamsSchema.parse(JSON.parse(row.params)), salt: row.salt, hash: row.hash };
}

export function hasChairmanPin(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM chairman_pins LIMIT 1').get() !== undefined;
}

/** Sets (or replaces) the PIN. Throws ChairmanPinError (Vietnamese) for a PIN too short or too easy. */
export function setChairmanPin(db: Database.Database, pin: string, ctx: AuditContext): void {
  const problem = pinProblem(pin);
  if (problem) throw new ChairmanPinError(problem);
  const hashed = hashSecret(pin);
  db.prepare('INSERT INTO chairman_pins(algorithm, params, salt, hash, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    'scrypt',
    JSON.stringify(hashed.params),
    hashed.salt,
    hashed.hash,
    stampOf(ctx),
    ctx.actor,
  );
}

/** Whether `pin` is the PIN in force; false when no PIN has been set. */
export function verifyChairmanPin(db: Database.Database, pin: string): boolean {
  const stored = currentPin(db);
  return stored !== null && typeof pin === 'string' && pin.length <= 64 && secretMatches(pin, stored);
}

/** Replaces the PIN after checking the current one. */
export function changeChairmanPin(db: Database.Database, currentPinText: string, newPin: string, ctx: AuditContext): void {
  if (!verifyChairmanPin(db, currentPinText)) throw new ChairmanPinError('Mã PIN hiện tại không đúng; mã PIN chưa được đổi.');
  setChairmanPin(db, newPin, ctx);
}

/** When the PIN was set and by whom, newest first (never the hashes). */
export function chairmanPinChanges(db: Database.Database): Array<{ setAt: string; setBy: string }> {
  return db
    .prepare<[], { set_at: string; set_by: string }>('SELECT set_at, set_by FROM chairman_pins ORDER BY id DESC')
    .all()
    .map((r) => ({ setAt: r.set_at, setBy: r.set_by }));
}
