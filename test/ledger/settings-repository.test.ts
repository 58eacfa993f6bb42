import { describe, expect, it } from 'vitest';
import { LedgerValidationError } from '../../electron/ledger/errors';
import { DEFAULT_SETTINGS } from '../../electron/ledger/settings';
import { createSettingsRepository } from '../../electron/ledger/settings-repository';
import { ACTOR, openTempLedger } from './helpers';

describe('settings', () => {
  it('starts from the defaults', () => {
    const settings = createSettingsRepository(openTempLedger()).get();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.periodRule).toBe('nd09');
    expect(settings.officeHours.intervals).toEqual([
      { start: 450, end: 690 },
      { start: 810, end: 1020 },
    ]);
  });

  it('stores each setting as JSON under its key, with who and when', () => {
    const db = openTempLedger();
    const repo = createSettingsRepository(db);
    const after = repo.update(
      {
        unitName: 'UBND xã Yên Sơn',
        unitCode: '000.00.12.H40',
        receivingUnit: 'UBND tỉnh Tuyên Quang',
        parentBody: 'UBND TỈNH TUYÊN QUANG',
        placeName: 'Yên Sơn',
        deskNumber: 3,
        extraWorkingDays: 10,
        periodRule: 'calendar',
        supplementPolicy: { pauseRule: 'restart', multipleSupplementsAreLate: false },
        officeHours: { intervals: [{ start: 420, end: 690 }] },
      },
      ACTOR,
    );
    expect(after.deskNumber).toBe(3);
    expect(createSettingsRepository(db).get()).toEqual(after);
    expect(db.prepare("SELECT value, updated_by FROM settings WHERE key = 'desk_number'").get()).toEqual({ value: '3', updated_by: ACTOR.actor });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'supplement_policy'").pluck().get()).toBe(
      '{"pauseRule":"restart","multipleSupplementsAreLate":false}',
    );
  });

  it('refuses invalid values with every problem in Vietnamese, writing nothing', () => {
    const repo = createSettingsRepository(openTempLedger());
    const attempt = () =>
      repo.update({ unitName: 'UBND xã A', deskNumber: 12, unitCode: 'mã có dấu', officeHours: { intervals: [{ start: 800, end: 700 }] } }, ACTOR);
    expect(attempt).toThrow(LedgerValidationError);
    expect(attempt).toThrow(/Mã đơn vị chỉ gồm.*Số bàn tiếp nhận phải là số nguyên từ 1 đến 9\..*Các buổi làm việc phải theo thứ tự/s);
    expect(repo.get().unitName).toBe('');
  });

  it('falls back to the default for a value it cannot read', () => {
    const db = openTempLedger();
    db.prepare("INSERT INTO settings(key, value, updated_at, updated_by) VALUES ('desk_number', '\"hai\"', 'x', 'y')").run();
    expect(createSettingsRepository(db).get().deskNumber).toBe(1);
  });
});
