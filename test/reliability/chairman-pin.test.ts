// The chairman's PIN: scrypt with a random salt, never stored in clear, checked in constant time, each
// change recorded with who made it.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/ledger';
import {
  ChairmanPinError,
  chairmanPinChanges,
  changeChairmanPin,
  hasChairmanPin,
  pinProblem,
  setChairmanPin,
  verifyChairmanPin,
} from '../../electron/security/chairman-pin';
import { DEFAULT_SCRYPT_PARAMS, hashSecret, secretMatches } from '../../electron/security/pin-hash';
import { openTempLedger, tempFile, track } from '../ledger/helpers';

const CHAIRMAN = { actor: 'Trần Văn Chủ Tịch', at: new Date('2024-03-07T03:00:00.000Z') };

describe('chairman PIN', () => {
  it('is absent at first: nothing verifies', () => {
    const db = openTempLedger();
    expect(hasChairmanPin(db)).toBe(false);
    expect(verifyChairmanPin(db, '482916')).toBe(false);
  });

  it('verifies the PIN set, and nothing else', () => {
    const db = openTempLedger();
    setChairmanPin(db, '482916', CHAIRMAN);
    expect(hasChairmanPin(db)).toBe(true);
    expect(verifyChairmanPin(db, '482916')).toBe(true);
    for (const wrong of ['482917', '48291', '4829160', ' 482916', '', '482916\n', 'x'.repeat(10_000)]) {
      expect(verifyChairmanPin(db, wrong), wrong.slice(0, 10)).toBe(false);
    }
  });

  it('refuses PINs that are too short, not digits, or too easy, in Vietnamese', () => {
    const db = openTempLedger();
    for (const pin of ['1234', '12a456', '１２３４５６', '4829 16', '1234567890123']) {
      expect(() => setChairmanPin(db, pin, CHAIRMAN)).toThrow('Mã PIN phải gồm 6 đến 12 chữ số (0–9), không có khoảng trắng hay chữ cái.');
    }
    for (const pin of ['000000', '123456', '987654', '567890', '4321098']) {
      expect(() => setChairmanPin(db, pin, CHAIRMAN), pin).toThrow(ChairmanPinError);
      expect(pinProblem(pin), pin).toMatch(/quá dễ đoán/);
    }
    expect(hasChairmanPin(db)).toBe(false);
  });

  it('stores a salted scrypt hash, never the PIN itself', () => {
    const file = tempFile();
    const db = track(openLedger(file));
    setChairmanPin(db, '482916', CHAIRMAN);
    const other = openTempLedger();
    setChairmanPin(other, '482916', CHAIRMAN);
    const row = db.prepare('SELECT algorithm, params, salt, hash FROM chairman_pins').get() as { algorithm: string; params: string; salt: Buffer; hash: Buffer };
    const otherRow = other.prepare('SELECT salt, hash FROM chairman_pins').get() as { salt: Buffer; hash: Buffer };
    expect(row.algorithm).toBe('scrypt');
    expect(JSON.parse(row.params)).toEqual(DEFAULT_SCRYPT_PARAMS);
    expect(row.salt.length).toBe(16);
    expect(row.hash.length).toBe(32);
    expect(row.salt.equals(otherRow.salt)).toBe(false);
    expect(row.hash.equals(otherRow.hash)).toBe(false);
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('482916'))).toBe(false);
    expect(bytes.includes(Buffer.from('482916', 'utf16le'))).toBe(false);
  });

  it('changes only with the current PIN, the newest in force, each change recorded', () => {
    const db = openTempLedger();
    setChairmanPin(db, '482916', CHAIRMAN);
    expect(() => changeChairmanPin(db, '000001', '739251', { actor: 'người lạ' })).toThrow('Mã PIN hiện tại không đúng; mã PIN chưa được đổi.');
    changeChairmanPin(db, '482916', '739251', { actor: 'Trần Văn Chủ Tịch', at: new Date('2024-04-01T02:00:00.000Z') });
    expect(verifyChairmanPin(db, '739251')).toBe(true);
    expect(verifyChairmanPin(db, '482916')).toBe(false);
    expect(chairmanPinChanges(db)).toEqual([
      { setAt: '2024-04-01T02:00:00.000Z', setBy: 'Trần Văn Chủ Tịch' },
      { setAt: '2024-03-07T03:00:00.000Z', setBy: 'Trần Văn Chủ Tịch' },
    ]);
  });

  it('keeps its rows: no update, no delete, no replace, even from a second connection', () => {
    const file = tempFile();
    const db = track(openLedger(file));
    setChairmanPin(db, '482916', CHAIRMAN);
    const second = track(new Database(file));
    second.pragma('foreign_keys = OFF');
    for (const target of [db, second]) {
      expect(() => target.exec("UPDATE chairman_pins SET set_by = 'x'")).toThrow(/không sửa được/);
      expect(() => target.exec('DELETE FROM chairman_pins')).toThrow(/Không được xóa mã PIN/);
      expect(() =>
        target.exec('INSERT OR REPLACE INTO chairman_pins SELECT id, algorithm, params, salt, hash, set_at, set_by FROM chairman_pins'),
      ).toThrow(/Không được ghi đè mã PIN/);
    }
    expect(verifyChairmanPin(db, '482916')).toBe(true);
  });

  it('compares hashes of equal length only and refuses a different secret', () => {
    const stored = hashSecret('482916', { ...DEFAULT_SCRYPT_PARAMS, N: 1024 });
    expect(secretMatches('482916', stored)).toBe(true);
    expect(secretMatches('482917', stored)).toBe(false);
    expect(secretMatches('482916', { ...stored, hash: stored.hash.subarray(0, 31) })).toBe(false);
  });
});
