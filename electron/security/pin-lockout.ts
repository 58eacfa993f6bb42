// Guessing the chairman's PIN: after MAX_WRONG_PINS wrong PINs in a row, every try is refused for
// LOCKOUT_MS, whoever makes it and whether or not the app was restarted in between. The count lives in the
// ledger itself (table pin_lock, migration 017), so deleting a file, opening the ledger through a symbolic
// link or working on a copy of it does not reset it; it is also kept in a small file beside the ledger's
// real path (`so.db.khoa-ma-pin.json`, symbolic links resolved), so restoring an older backup does not
// reset it either. The stricter of the two counts. Neither travels in a handoff package.
import { existsSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { viInstant } from '../reliability/vi-time';
import { PIN_LOCK_TABLE } from '../ledger/migrations/017-pin-lock';
import { ChairmanPinError, hasChairmanPin, verifyChairmanPin } from './chairman-pin';

export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 5 * 60_000;

export class PinLockedError extends ChairmanPinError {
  constructor(
    readonly until: number,
    now: number,
  ) {
    const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
    super(
      `Đã nhập sai mã PIN ${MAX_WRONG_PINS} lần liên tiếp nên tạm khóa việc nhập mã PIN. ` +
        `Hãy thử lại sau ${viInstant(until)} (khoảng ${minutes} phút nữa).`,
    );
  }
}

const stateSchema = z.object({
  failures: z.number().int().min(0),
  /** Epoch milliseconds, or null when not locked. */
  lockedUntil: z.number().int().nullable(),
});
type LockState = z.output<typeof stateSchema>;

const UNLOCKED: LockState = { failures: 0, lockedUntil: null };

/** `so.db` → `so.db.khoa-ma-pin.json`, beside the file a symbolic link points at. */
export function pinLockFile(ledgerFile: string): string {
  let real = ledgerFile;
  try {
    real = realpathSync(ledgerFile);
  } catch {
    // A ledger not on disk (yet): its own name.
  }
  return `${real}.khoa-ma-pin.json`;
}

function readLedgerState(db: Database.Database): LockState {
  const row = db.prepare<[], { failures: number; locked_until: number | null }>(`SELECT failures, locked_until FROM ${PIN_LOCK_TABLE} WHERE id = 1`).get();
  return row ? { failures: row.failures, lockedUntil: row.locked_until } : UNLOCKED;
}

function writeLedgerState(db: Database.Database, state: LockState): void {
  db.prepare(
    `INSERT INTO ${PIN_LOCK_TABLE}(id, failures, locked_until) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  ).run(state.failures, state.lockedUntil);
}

/** The stricter of two counts: the later lock, else the higher count of wrong PINs. */
function stricter(a: LockState, b: LockState): LockState {
  if (a.lockedUntil !== null || b.lockedUntil !== null) return { failures: 0, lockedUntil: Math.max(a.lockedUntil ?? 0, b.lockedUntil ?? 0) };
  return { failures: Math.max(a.failures, b.failures), lockedUntil: null };
}

/** Both stores of the count, the ledger first (it is what a copy or a link cannot escape). */
function store(db: Database.Database, ledgerFile: string) {
  const file = pinLockFile(ledgerFile);
  return {
    read: (now: number) => stricter(readLedgerState(db), readState(file, now)),
    write: (state: LockState) => {
      writeLedgerState(db, state);
      writeState(file, state);
    },
  };
}

function writeState(file: string, state: LockState): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

/**
 * The stored count. A damaged file counts as a lock starting now (never as a free reset), written back so
 * that it ends after LOCKOUT_MS like any other.
 */
function readState(file: string, now: number): LockState {
  if (!existsSync(file)) return UNLOCKED;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  const locked = { failures: 0, lockedUntil: now + LOCKOUT_MS };
  writeState(file, locked);
  return locked;
}

export interface PinCheck {
  db: Database.Database;
  ledgerFile: string;
  pin: string;
  /** Epoch milliseconds. */
  now: number;
  /** What did not happen, for the message: "kỳ báo cáo chưa được ký duyệt". */
  refusal: string;
}

/**
 * Checks the chairman's PIN, counting wrong ones. Throws PinLockedError while locked (the PIN is then not
 * even compared), ChairmanPinError for a wrong PIN (saying how many tries are left, or when to try again
 * once this one locks), and resets the count when the PIN is right.
 */
export function checkChairmanPin(check: PinCheck): void {
  const lock = store(check.db, check.ledgerFile);
  const state = lock.read(check.now);
  if (state.lockedUntil !== null && state.lockedUntil > check.now) {
    // A clock set back must not stretch the lock beyond its length.
    const until = Math.min(state.lockedUntil, check.now + LOCKOUT_MS);
    if (until !== state.lockedUntil) lock.write({ ...state, lockedUntil: until });
    throw new PinLockedError(until, check.now);
  }
  if (!hasChairmanPin(check.db)) throw new ChairmanPinError('Chưa đặt mã PIN của Chủ tịch: hãy đặt ở Thiết lập › Đơn vị (hoặc bằng lệnh set-pin) trước khi ký duyệt.');
  if (verifyChairmanPin(check.db, check.pin)) {
    if (state.failures > 0 || state.lockedUntil !== null) lock.write(UNLOCKED);
    return;
  }
  const failures = (state.lockedUntil !== null ? 0 : state.failures) + 1;
  if (failures >= MAX_WRONG_PINS) {
    const until = check.now + LOCKOUT_MS;
    lock.write({ failures: 0, lockedUntil: until });
    throw new ChairmanPinError(
      `Mã PIN không đúng; ${check.refusal}. Đã sai ${MAX_WRONG_PINS} lần liên tiếp nên tạm khóa việc nhập mã PIN ` +
        `${LOCKOUT_MS / 60_000} phút: hãy thử lại sau ${viInstant(until)}.`,
    );
  }
  lock.write({ failures, lockedUntil: null });
  const left = MAX_WRONG_PINS - failures;
  throw new ChairmanPinError(`Mã PIN không đúng; ${check.refusal}. Còn ${left} lần thử trước khi bị tạm khóa ${LOCKOUT_MS / 60_000} phút.`);
}
