import { describe, expect, it } from 'vitest';
import { localCodeOf, parseCatalogueCsv } from '../../electron/ledger/catalogue-csv';
import { createCatalogueRepository } from '../../electron/ledger/catalogue-repository';
import { readDefaultCatalogueCsv } from '../../electron/ledger/default-catalogue';
import { LedgerValidationError } from '../../electron/ledger/errors';
import { parseCsv } from '../../shared/text/csv';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, openTempLedger } from './helpers';

const today = dayFromIso('2025-01-10');

function seeded() {
  const db = openTempLedger();
  const catalogue = createCatalogueRepository(db);
  const stored = catalogue.seedDefault(ACTOR);
  return { db, catalogue, stored };
}

describe('catalogue: default seed', () => {
  it('stores one procedure per CSV row, once', () => {
    const csvRows = parseCsv(readDefaultCatalogueCsv()).length - 1;
    const { catalogue, stored } = seeded();
    expect(csvRows).toBe(49);
    expect(stored).toBe(csvRows);
    expect(catalogue.listActive(today)).toHaveLength(csvRows);
    expect(catalogue.seedDefault(ACTOR)).toBe(0);
    expect(catalogue.listActive(today)).toHaveLength(csvRows);
  });

  it('keeps catalogue order for fields and procedures', () => {
    const { catalogue } = seeded();
    expect(catalogue.fields().map((f) => f.name)).toEqual([
      'Hộ tịch',
      'Chứng thực',
      'Đất đai',
      'Đăng ký biện pháp bảo đảm',
      'Thành lập và hoạt động của hộ kinh doanh',
      'Bảo trợ xã hội',
      'Giảm nghèo',
      'Giáo dục và Đào tạo',
      'Tín ngưỡng, tôn giáo',
      'Nuôi con nuôi',
    ]);
    const first = catalogue.listActive(today)[0];
    expect(first).toEqual({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 900, extraWorkingDays: 0 },
      note: 'Nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
      confidence: 'law',
      effectiveFrom: null,
      effectiveTo: null,
    });
  });

  it('gives entries without a national code a stable local code from the name', () => {
    const { catalogue } = seeded();
    const p = catalogue.findByName('Đăng ký nhận cha, mẹ, con');
    expect(p?.code).toBe('XA-dang-ky-nhan-cha-me-con');
    expect(localCodeOf('Đăng ký nhận cha, mẹ, con')).toBe('XA-dang-ky-nhan-cha-me-con');
    expect(catalogue.findByCode('XA-chung-thuc-di-chuc')?.name).toBe('Chứng thực di chúc');
    const codes = catalogue.listActive(today).map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('finds by code or by exact name (diacritics optional when unambiguous)', () => {
    const { catalogue } = seeded();
    expect(catalogue.findByCode('2.000815')?.field).toBe('Chứng thực');
    expect(catalogue.findByCode('9.999999')).toBeNull();
    expect(catalogue.findByName('  Đăng ký   kết hôn ')?.code).toBe('1.000894');
    expect(catalogue.findByName('dang ky ket hon')?.code).toBe('1.000894');
    expect(catalogue.findByName('Đăng ký kết')).toBeNull();
  });

  it('lists every problem of a bad catalogue CSV', () => {
    const bad = 'code,name,field,time_value,time_unit,cutoff,note,confidence\n1.1,,Hộ tịch,x,weeks,25:00,,maybe\n1.2,Tên,Hộ tịch,3,working_days,,,law\n1.2,Tên 2,Hộ tịch,3,working_days,,,law\n';
    expect(() => parseCatalogueCsv(bad)).toThrow(LedgerValidationError);
    expect(() => parseCatalogueCsv(bad)).toThrow(/Dòng 2: thiếu tên thủ tục; đơn vị thời hạn "weeks" không hợp lệ.*Dòng 4: mã thủ tục 1.2 bị trùng/);
  });
});

describe('catalogue: versions', () => {
  it('adds a version that takes over from its effective date, closing the previous one', () => {
    const { catalogue } = seeded();
    const old = catalogue.findByCode('1.004873');
    expect(old?.rule.timeValue).toBe(3);
    catalogue.addVersion(
      {
        ...(old as NonNullable<typeof old>),
        rule: { timeValue: 2, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 },
        note: 'Theo quyết định công bố mới',
        effectiveFrom: '2025-07-01',
      },
      ACTOR,
    );
    expect(catalogue.findByCode('1.004873', dayFromIso('2025-06-30'))?.rule.timeValue).toBe(3);
    expect(catalogue.findByCode('1.004873', dayFromIso('2025-07-01'))?.rule.timeValue).toBe(2);
    expect(catalogue.findByCode('1.004873')?.rule.timeValue).toBe(2);
    expect(catalogue.versionsOf('1.004873').map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      [null, '2025-06-30'],
      ['2025-07-01', null],
    ]);
    expect(catalogue.listActive(dayFromIso('2025-06-30'))).toHaveLength(49);
    expect(catalogue.listActive(dayFromIso('2025-07-01'))).toHaveLength(49);
    // catalogue order is kept across versions
    const order = catalogue.listActive(dayFromIso('2025-07-01')).map((p) => p.code);
    expect(order.indexOf('1.004873')).toBe(catalogue.listActive(dayFromIso('2025-06-30')).map((p) => p.code).indexOf('1.004873'));
  });

  it('refuses a version that does not start after the existing ones', () => {
    const { catalogue } = seeded();
    const p = catalogue.findByCode('1.001193') as NonNullable<ReturnType<typeof catalogue.findByCode>>;
    catalogue.addVersion({ ...p, effectiveFrom: '2025-07-01' }, ACTOR);
    expect(() => catalogue.addVersion({ ...p, effectiveFrom: '2025-03-01' }, ACTOR)).toThrow(/phải có hiệu lực sau ngày 01\/07\/2025/);
    expect(() => catalogue.addVersion({ ...p, effectiveFrom: null }, ACTOR)).toThrow(LedgerValidationError);
    expect(() => catalogue.addVersion({ ...p, effectiveFrom: '2025-13-01' }, ACTOR)).toThrow(/không hợp lệ/);
  });

  it('adds a new procedure in a new field at the end of the catalogue, ending on a given day', () => {
    const { catalogue } = seeded();
    catalogue.addVersion(
      {
        code: 'XA-cap-giay-phep-thu-nghiem',
        name: 'Cấp giấy phép thử nghiệm',
        field: 'Lĩnh vực mới',
        rule: { timeValue: 7, timeUnit: 'calendar_days', cutoffMinute: null, extraWorkingDays: 0 },
        note: '',
        confidence: 'unverified',
        effectiveFrom: '2025-01-01',
        effectiveTo: '2025-12-31',
      },
      ACTOR,
    );
    expect(catalogue.fields().at(-1)?.name).toBe('Lĩnh vực mới');
    expect(catalogue.listActive(dayFromIso('2025-06-01')).at(-1)?.code).toBe('XA-cap-giay-phep-thu-nghiem');
    expect(catalogue.listActive(dayFromIso('2024-12-31'))).toHaveLength(49);
    expect(catalogue.listActive(dayFromIso('2026-01-01'))).toHaveLength(49);
  });
});

describe('catalogue: retiring a procedure', () => {
  it('ends the version in force on the last day; refused before a later version; a second retirement changes nothing', () => {
    const { catalogue } = seeded();
    expect(catalogue.retire('1.003583', '2027-02-28')).toBe(true);
    expect(catalogue.findByCode('1.003583', dayFromIso('2027-02-28'))).not.toBeNull();
    expect(catalogue.findByCode('1.003583', dayFromIso('2027-03-01'))).toBeNull();
    expect(catalogue.listActive(dayFromIso('2027-03-01')).map((p) => p.code)).not.toContain('1.003583');
    expect(catalogue.retire('1.003583', '2027-02-28')).toBe(false);
    const p = catalogue.findByCode('1.004873');
    if (!p) throw new Error('seed lacks 1.004873');
    catalogue.addVersion({ ...p, rule: { ...p.rule, timeValue: 5 }, effectiveFrom: '2027-03-01', effectiveTo: null }, ACTOR);
    expect(() => catalogue.retire('1.004873', '2027-02-01')).toThrow(LedgerValidationError);
    expect(() => catalogue.retire('9.999999', '2027-02-01')).toThrow(/Không có thủ tục mã/);
  });
});
