import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LedgerNotFoundError, LedgerNotRecognisedError, LedgerTooNewError } from '../../electron/ledger/errors';
import { LATEST_SCHEMA_VERSION, LEDGER_APPLICATION_ID } from '../../electron/ledger/migrations/index';
import { openLedger } from '../../electron/ledger/open-ledger';
import { openTempLedger, tempFile, track } from './helpers';

describe('openLedger', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openTempLedger();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('creates a new file at the latest schema, marked as a Sổ Một Cửa ledger', () => {
    const db = openTempLedger({ busyTimeoutMs: 1234 });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(LEDGER_APPLICATION_ID);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
  });

  it('reopens an existing ledger without changing it', () => {
    const file = tempFile();
    openLedger(file).close();
    const db = track(openLedger(file, { mustExist: true }));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a ledger from a newer app with a Vietnamese message, leaving it untouched', () => {
    const file = tempFile();
    openLedger(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      openLedger(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LedgerTooNewError);
    expect((error as LedgerTooNewError).message).toBe(
      `Sổ dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ số ${LATEST_SCHEMA_VERSION + 1}; phiên bản này chỉ hỗ trợ đến số ${LATEST_SCHEMA_VERSION}). Hãy cập nhật Sổ Một Cửa.`,
    );
    expect((error as LedgerTooNewError).fileVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another SQLite database', () => {
    const file = tempFile('other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    raw.close();
    expect(() => openLedger(file)).toThrow(LedgerNotRecognisedError);
    expect(() => openLedger(file)).toThrow(/không phải là sổ dữ liệu của Sổ Một Cửa/);
  });

  it('refuses a file that is not a database at all', () => {
    const file = tempFile('notes.db');
    fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu. '.repeat(100));
    expect(() => openLedger(file)).toThrow(LedgerNotRecognisedError);
  });

  it('with mustExist, refuses a missing file instead of creating it', () => {
    const file = tempFile('missing.db');
    expect(() => openLedger(file, { mustExist: true })).toThrow(LedgerNotFoundError);
    expect(fs.existsSync(file)).toBe(false);
  });
});
