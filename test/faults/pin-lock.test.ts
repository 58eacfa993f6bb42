// Issue 15 §3: the lock after five wrong chairman's PINs is not reset by deleting the lock file beside the
// ledger, by opening the ledger through a symbolic link, or by working on a copy of the ledger file.
import { copyFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLedger } from '../../electron/ledger';
import { migration017PinLock } from '../../electron/ledger/migrations/017-pin-lock';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import { MAX_WRONG_PINS, PinLockedError, checkChairmanPin, pinLockFile } from '../../electron/security/pin-lockout';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { configureDesk } from '../ledger/helpers';
import { ACTOR, NOW, tempFile } from '../reliability/helpers';

const PIN = '583941';

function lockedLedger(): string {
  const file = tempFile('so.db');
  const db = openLedger(file);
  configureDesk(db);
  setChairmanPin(db, PIN, ACTOR);
  for (let i = 0; i < MAX_WRONG_PINS; i++) {
    expect(() => checkChairmanPin({ db, ledgerFile: file, pin: '111111', now: NOW + i, refusal: 'x' })).toThrow(/không đúng/);
  }
  db.close();
  return file;
}

/** The right PIN, one minute after the lock began, through `path`. */
function rightPinThrough(path: string): unknown {
  const session = openLedgerSession(path, { actor: 'Chủ tịch (kiểm thử)' });
  try {
    checkChairmanPin({ db: session.db, ledgerFile: path, pin: PIN, now: NOW + 60_000, refusal: 'x' });
    return null;
  } catch (error) {
    return error;
  } finally {
    session.close();
  }
}

describe('the wrong-PIN lock cannot be shed', () => {
  it('is its own migration, appended to the list', () => {
    expect(MIGRATIONS.indexOf(migration017PinLock) + 1).toBe(migration017PinLock.version);
  });

  it('survives deleting the lock file beside the ledger', () => {
    const file = lockedLedger();
    rmSync(pinLockFile(file));
    expect(rightPinThrough(file)).toBeInstanceOf(PinLockedError);
  });

  it('survives opening the ledger through a symbolic link (and the link finds the same lock file)', () => {
    const file = lockedLedger();
    const link = join(dirname(file), 'loi-tat.db');
    symlinkSync(file, link);
    expect(pinLockFile(link)).toBe(pinLockFile(file));
    expect(rightPinThrough(link)).toBeInstanceOf(PinLockedError);
  });

  it('survives copying the ledger file elsewhere', () => {
    const file = lockedLedger();
    const copy = join(dirname(file), 'ban-chep.db');
    copyFileSync(file, copy);
    expect(rightPinThrough(copy)).toBeInstanceOf(PinLockedError);
  });

  it('still ends after five minutes, and the right PIN then clears both stores', () => {
    const file = lockedLedger();
    const session = openLedgerSession(file, { actor: 'Chủ tịch (kiểm thử)' });
    try {
      expect(() => checkChairmanPin({ db: session.db, ledgerFile: file, pin: PIN, now: NOW + 6 * 60_000, refusal: 'x' })).not.toThrow();
      expect(session.db.prepare('SELECT failures, locked_until FROM pin_lock').get()).toEqual({ failures: 0, locked_until: null });
    } finally {
      session.close();
    }
  });
});
