// validateLedgerRows turning rows into dossiers: every column of the full fixture, unusual numbers,
// headers by key, procedures by name, codes Excel shortened, an empty file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../electron/import/csv-reader';
import type { ImportedDossier } from '../../electron/import/import-types';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { csv, day, fakeContext } from './helpers';

const HEADER = 'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày có kết quả';

const fixture = () => readCsvTable(readFileSync(new URL('./fixtures/full-ledger.csv', import.meta.url)));

describe('validateLedgerRows: building dossiers', () => {
  it('turns every column of the full fixture (;, BOM, CRLF, labels) into facts and personal data', () => {
    const result = validateLedgerRows(fixture(), fakeContext({ ruleFor: (p) => ({ ...p.rule, extraWorkingDays: 2 }) }));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dossiers.map((d) => [d.line, d.facts.code])).toEqual([
      [2, 'H-0001'],
      [3, 'H-0002'],
      [4, 'H-0003'],
      [7, 'H-0004'],
      [8, 'H-0005'],
    ]);
    const [first, second, third, fourth, fifth] = result.dossiers as [
      ImportedDossier,
      ImportedDossier,
      ImportedDossier,
      ImportedDossier,
      ImportedDossier,
    ];

    expect(first).toEqual({
      line: 2,
      facts: {
        code: 'H-0001',
        procedureCode: '1.004873',
        procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        field: 'Hộ tịch',
        channel: 'truc_tiep',
        receivedAt: { day: day('2024-03-04'), minute: 9 * 60 + 15 },
        rule: { timeValue: 3, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 2 },
        baseDueDay: day('2024-03-04') + 3 + 2, // the fake calendar, with the commune's extra days
        supplements: [{ requestedOn: day('2024-03-06'), returnedOn: day('2024-03-11') }],
        endedOn: day('2024-03-14'),
        ending: 'giai_quyet',
        returnedOn: day('2024-03-15'),
        extension: null,
        lateCause: '',
        digitisedDossier: true,
        digitisedResult: true,
        storedResult: true,
        paidOnline: false,
        fee: 0,
        rating: 'rat_hai_long',
      },
      personal: {
        applicantName: 'Nguyễn Văn An',
        idNumber: '001090012345',
        phone: '0912345678',
        address: 'Thôn 3; xã Hương Hữu',
        note: '',
      },
    });

    // Found by name; a date alone is 08:00 (before the same-day cut-off).
    expect(second.facts).toMatchObject({
      procedureCode: '1.001193',
      channel: 'truc_tuyen_toan_trinh',
      receivedAt: { day: day('2024-03-09'), minute: 480 },
      baseDueDay: day('2024-03-09') + 2,
      endedOn: day('2024-03-11'),
      ending: 'giai_quyet',
      returnedOn: null,
      digitisedDossier: true,
      digitisedResult: true,
      storedResult: false,
      paidOnline: true,
      rating: 'hai_long',
    });

    // Kept due date, two requests with the last one open, withdrawn, extension, field override.
    expect(third.facts).toMatchObject({
      procedureCode: '2.000810',
      field: 'Bảo trợ xã hội (xã)',
      channel: 'buu_chinh',
      receivedAt: { day: day('2024-03-01'), minute: 14 * 60 },
      baseDueDay: day('2024-03-12'),
      supplements: [
        { requestedOn: day('2024-03-04'), returnedOn: day('2024-03-06') },
        { requestedOn: day('2024-03-08'), returnedOn: null },
      ],
      endedOn: day('2024-03-20'),
      ending: 'rut',
      extension: { newDueDay: day('2024-03-25'), apologyOn: day('2024-03-11') },
      lateCause: 'Chờ xác minh nơi cư trú',
      paidOnline: true,
      fee: 50000,
      rating: null,
    });
    expect(third.personal.note).toBe('Ghi chú\nhai dòng');

    expect(fourth.facts).toMatchObject({ endedOn: null, ending: null, returnedOn: null, supplements: [] });
    expect(fourth.personal).toEqual({
      applicantName: 'Lê Văn "Tư"',
      idNumber: '',
      phone: '',
      address: '',
      note: 'Chưa có kết quả',
    });

    // Only the return date: it is the end date (rules.md §5). Received after 15:00: next day.
    expect(fifth.facts).toMatchObject({
      baseDueDay: day('2024-03-15') + 2,
      endedOn: day('2024-03-15'),
      returnedOn: day('2024-03-15'),
      ending: 'giai_quyet',
    });
  });

  it('imports unusual identity numbers and phones as written, with a warning naming the column and the lines', () => {
    const result = validateLedgerRows(
      csv(
        'ma_ho_so,ma_tthc,kenh,ngay_nhan,so_dinh_danh,dien_thoai',
        'A-1,1.004873,truc tiep,2024-03-04 10:00,12345,0912 345 678',
        'A-2,1.004873,truc tiep,2024-03-04 10:05,046190000123,abc',
        'A-3,1.004873,truc tiep,2024-03-04 10:10,C1234567,',
        'A-4,1.004873,truc tiep,2024-03-04 10:15,190123678,+84 912 345 678',
      ),
      fakeContext(),
    );
    expect(result.problems).toEqual([]);
    expect(result.dossiers.map((d) => [d.personal.idNumber, d.personal.phone])).toEqual([
      ['12345', '0912 345 678'],
      ['046190000123', 'abc'],
      ['C1234567', ''],
      ['190123678', '+84 912 345 678'],
    ]);
    expect(result.warnings).toEqual([
      'Cột "Số định danh": số không đúng dạng CCCD (12 chữ số) hay CMND (9 chữ số) ở dòng 2, 4; vẫn được nhập như trong tệp, hãy kiểm tra.',
      'Cột "Điện thoại": số không đúng số điện thoại Việt Nam ở dòng 3; vẫn được nhập như trong tệp, hãy kiểm tra.',
    ]);
  });

  it('accepts keys as headers, in any order, and ignores unknown columns with a warning', () => {
    const result = validateLedgerRows(
      csv('STT,ngay_nhan,KENH,ma_tthc,MA_HO_SO', '1,2024-03-04 10:00,TRUC TIEP,1.004873,A-1'),
      fakeContext(),
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual(['Cột "STT" (cột thứ 1) không có trong mẫu sổ nên được bỏ qua.']);
    expect(result.dossiers[0]?.facts).toMatchObject({ code: 'A-1', channel: 'truc_tiep', procedureCode: '1.004873' });
  });

  it('finds a procedure by name without diacritics or case', () => {
    const result = validateLedgerRows(
      csv('ma_ho_so,ten_tthc,kenh,ngay_nhan', 'A-1,dang ky LAI khai sinh,truc_tiep,2024-03-04'),
      fakeContext(),
    );
    expect(result.problems).toEqual([]);
    expect(result.dossiers[0]?.facts.procedureCode).toBe('1.004884');
  });

  it('restores a code that Excel shortened as a number (2.00081 → 2.000810)', () => {
    const result = validateLedgerRows(csv('ma_ho_so,ma_tthc,kenh,ngay_nhan', 'A-1,2.00081,truc_tiep,2024-03-04'), fakeContext());
    expect(result.problems).toEqual([]);
    expect(result.dossiers[0]?.facts.procedureCode).toBe('2.000810');
  });

  it('warns about a file without rows', () => {
    expect(validateLedgerRows(csv(HEADER), fakeContext())).toEqual({
      dossiers: [],
      problems: [],
      warnings: ['Tệp chỉ có dòng tiêu đề, không có hồ sơ nào.'],
    });
  });
});
