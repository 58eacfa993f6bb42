// Guessing the chairman's PIN at sign-off: five wrong PINs in a row lock every try for five minutes,
// even the right PIN, even after the app is closed and opened again; the message says when to try again.
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { createSignoffRepository, openLedger } from '../../electron/ledger';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import { LOCKOUT_MS, MAX_WRONG_PINS, PinLockedError, checkChairmanPin, pinLockFile } from '../../electron/security/pin-lockout';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { signOffPeriod } from '../../electron/services/signoff-service';
import { configureDesk } from '../ledger/helpers';
import { ACTOR, NOW, tempFile } from './helpers';

const PIN = '583941';
const MINUTE = 60_000;
// A period already over at NOW (14/03/2024 is still inside Quý I 2024, which cannot be signed yet).
const q1 = resolvePeriod(parsePeriodSpec('2023-Q4')!, 'nd09');

function ledgerWithPin(): string {
  const file = tempFile('so.db');
  const db = openLedger(file);
  configureDesk(db);
  setChairmanPin(db, PIN, ACTOR);
  db.close();
  return file;
}

function withSession<T>(file: string, use: (s: LedgerSession) => T): T {
  const session = openLedgerSession(file, { actor: 'Chủ tịch (kiểm thử)' });
  try {
    return use(session);
  } finally {
    session.close();
  }
}

const signAt = (s: LedgerSession, pin: string, at: number) => () => signOffPeriod(s, q1, { signerName: 'Hồ Văn Ẩn', pin, at: new Date(at) });

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the chairman PIN lock', () => {
  it('refuses every try for five minutes after five wrong PINs in a row, across restarts, then lets the right PIN sign', () => {
    const file = ledgerWithPin();
    withSession(file, (s) => {
      for (let i = 1; i < MAX_WRONG_PINS; i++) {
        expect(errorOf(signAt(s, '111111', NOW + i * 1000)).message).toBe(
          `Mã PIN không đúng; kỳ báo cáo chưa được ký duyệt. Còn ${MAX_WRONG_PINS - i} lần thử trước khi bị tạm khóa 5 phút.`,
        );
      }
      expect(errorOf(signAt(s, '222222', NOW + 5000)).message).toBe(
        'Mã PIN không đúng; kỳ báo cáo chưa được ký duyệt. Đã sai 5 lần liên tiếp nên tạm khóa việc nhập mã PIN 5 phút: hãy thử lại sau 10:05 ngày 14/03/2024.',
      );
      // Even the right PIN is refused now, and nothing is signed.
      const locked = errorOf(signAt(s, PIN, NOW + MINUTE));
      expect(locked).toBeInstanceOf(PinLockedError);
      expect(locked.message).toBe(
        'Đã nhập sai mã PIN 5 lần liên tiếp nên tạm khóa việc nhập mã PIN. Hãy thử lại sau 10:05 ngày 14/03/2024 (khoảng 5 phút nữa).',
      );
      expect(createSignoffRepository(s.db).find('2024-Q1@nd09')).toBeNull();
    });
    expect(existsSync(pinLockFile(file))).toBe(true);
    // The app is closed and opened again: still locked.
    withSession(file, (s) => {
      expect(errorOf(signAt(s, PIN, NOW + 4 * MINUTE)).message).toContain('Hãy thử lại sau 10:05 ngày 14/03/2024 (khoảng 2 phút nữa)');
    });
    withSession(file, (s) => {
      const signed = signOffPeriod(s, q1, { signerName: 'Hồ Văn Ẩn', pin: PIN, at: new Date(NOW + 5000 + LOCKOUT_MS) });
      expect(signed.signerName).toBe('Hồ Văn Ẩn');
    });
  });

  it('counts only wrong PINs in a row: the right PIN starts the count again', () => {
    const file = ledgerWithPin();
    withSession(file, (s) => {
      const check = (pin: string, at: number) => () => checkChairmanPin({ db: s.db, ledgerFile: file, pin, now: at, refusal: 'mã PIN chưa được đổi' });
      for (let i = 0; i < MAX_WRONG_PINS - 1; i++) expect(check('111111', NOW + i)).toThrow(/Còn \d lần thử/);
      expect(check(PIN, NOW + 10)).not.toThrow();
      for (let i = 0; i < MAX_WRONG_PINS - 1; i++) expect(check('111111', NOW + 20 + i)).toThrow(/^Mã PIN không đúng; mã PIN chưa được đổi\. Còn/);
      expect(check(PIN, NOW + 30)).not.toThrow();
    });
  });

  it('does not stretch the lock when the clock is set back, and treats a damaged lock file as a lock', () => {
    const file = ledgerWithPin();
    withSession(file, (s) => {
      const check = (pin: string, at: number) => () => checkChairmanPin({ db: s.db, ledgerFile: file, pin, now: at, refusal: 'x' });
      for (let i = 0; i < MAX_WRONG_PINS; i++) expect(check('111111', NOW + i)).toThrow(/không đúng/);
      // The clock goes back a day: the lock still ends five minutes from the new "now" at most.
      const dayBefore = NOW - 24 * 60 * MINUTE;
      expect(check(PIN, dayBefore)).toThrow(PinLockedError);
      expect(check(PIN, dayBefore + LOCKOUT_MS + 1)).not.toThrow();

      writeFileSync(pinLockFile(file), '{ hỏng');
      expect(check(PIN, NOW)).toThrow(PinLockedError);
      expect(check(PIN, NOW + LOCKOUT_MS + 1)).not.toThrow();
    });
  });
});
