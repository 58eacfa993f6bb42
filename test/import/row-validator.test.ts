import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../electron/import/csv-reader';
import type { ImportedDossier } from '../../electron/import/import-types';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { csv, day, fakeContext } from './helpers';

const HEADER = 'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày có kết quả';
const problemsOf = (...lines: string[]) => validateLedgerRows(csv(...lines), fakeContext()).problems;

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

describe('validateLedgerRows: one problem of each kind, with its line and column', () => {
  it('a bad date, naming the header as written', () => {
    expect(problemsOf(HEADER, 'A-1,1.004873,Trực tiếp,2024-03-04,14.03.2024')).toEqual([
      {
        line: 2,
        column: 'Ngày có kết quả',
        value: '14.03.2024',
        reason: 'Ngày không hợp lệ: phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY',
      },
    ]);
    expect(problemsOf('ma_ho_so,ma_tthc,kenh,NGAY_NHAN', 'A-1,1.004873,truc_tiep,31/04/2024 08:00')).toEqual([
      {
        line: 2,
        column: 'NGAY_NHAN',
        value: '31/04/2024 08:00',
        reason: 'Ngày không hợp lệ: phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY (không có ngày này trong lịch)',
      },
    ]);
  });

  it('an unknown procedure code', () => {
    expect(problemsOf(HEADER, 'A-1,9.999,Trực tiếp,2024-03-04,')).toEqual([
      { line: 2, column: 'Mã TTHC', value: '9.999', reason: 'Không có thủ tục mã 9.999 trong danh mục' },
    ]);
  });

  it('a procedure name that names none, or more than one, catalogue procedure', () => {
    expect(
      problemsOf(
        'ma_ho_so,ma_tthc,ten_tthc,kenh,ngay_nhan',
        'A-1,,Khai sinh,truc_tiep,2024-03-04',
        'A-2,,chứng thực chữ ký,truc_tiep,2024-03-04',
        'A-3,,,truc_tiep,2024-03-04',
      ),
    ).toEqual([
      { line: 2, column: 'ten_tthc', value: 'Khai sinh', reason: 'Không có thủ tục tên "Khai sinh" trong danh mục' },
      {
        line: 3,
        column: 'ten_tthc',
        value: 'chứng thực chữ ký',
        reason: 'Tên TTHC ứng với 2 thủ tục trong danh mục (mã 2.000884, XA.0001): hãy ghi Mã TTHC',
      },
      { line: 4, column: 'ma_tthc', value: '', reason: 'Thiếu mã TTHC (hoặc tên TTHC)' },
    ]);
  });

  it('a bad channel', () => {
    expect(problemsOf(HEADER, 'A-1,1.004873,Qua mạng,2024-03-04,')).toEqual([
      {
        line: 2,
        column: 'Hình thức nộp',
        value: 'Qua mạng',
        reason:
          'Hình thức nộp không hợp lệ: dùng truc_tiep, buu_chinh, truc_tuyen_mot_phan, truc_tuyen_toan_trinh hoặc Trực tiếp, Bưu chính, Trực tuyến một phần, Trực tuyến toàn trình',
      },
    ]);
  });

  it('a duplicate dossier code, on the later line, naming the first', () => {
    expect(
      problemsOf(HEADER, 'A-1,1.004873,Trực tiếp,2024-03-04,', 'A-2,1.004873,Trực tiếp,2024-03-04,', '', 'A-1,1.004884,Bưu chính,2024-03-05,'),
    ).toEqual([{ line: 5, column: 'Mã hồ sơ', value: 'A-1', reason: 'Mã hồ sơ trùng với dòng 2' }]);
  });

  it('empty required cells', () => {
    expect(problemsOf(HEADER, ',1.004873,,,')).toEqual([
      { line: 2, column: 'Mã hồ sơ', value: '', reason: 'Thiếu mã hồ sơ' },
      { line: 2, column: 'Hình thức nộp', value: '', reason: 'Thiếu hình thức nộp' },
      { line: 2, column: 'Ngày tiếp nhận', value: '', reason: 'Thiếu ngày tiếp nhận' },
    ]);
  });

  it('a result before reception', () => {
    expect(problemsOf(HEADER, 'A-1,1.004873,Trực tiếp,2024-03-04 10:00,03/03/2024')).toEqual([
      { line: 2, column: 'Ngày có kết quả', value: '03/03/2024', reason: 'Ngày có kết quả trước ngày tiếp nhận (04/03/2024)' },
    ]);
  });

  it('a due date or a return date out of order', () => {
    expect(
      problemsOf(
        'ma_ho_so,ma_tthc,kenh,ngay_nhan,han_tra,ngay_co_ket_qua,ngay_tra_ket_qua',
        'A-1,1.004873,truc_tiep,2024-03-04,2024-03-01,2024-03-06,2024-03-05',
      ),
    ).toEqual([
      { line: 2, column: 'han_tra', value: '2024-03-01', reason: 'Ngày hẹn trả trước ngày tiếp nhận (04/03/2024)' },
      { line: 2, column: 'ngay_tra_ket_qua', value: '2024-03-05', reason: 'Ngày trả kết quả trước ngày có kết quả (06/03/2024)' },
    ]);
  });

  it('supplement dates that do not pair up or are out of order', () => {
    const header = 'ma_ho_so;ma_tthc;kenh;ngay_nhan;ngay_yeu_cau_bo_sung;ngay_bo_sung_xong';
    expect(
      problemsOf(
        header,
        'A-1;1.004873;truc_tiep;2024-03-04;2024-03-05;2024-03-06;2024-03-07',
        'A-2;1.004873;truc_tiep;2024-03-04;"2024-03-05;2024-03-07";',
        'A-3;1.004873;truc_tiep;2024-03-04;;2024-03-07',
        'A-4;1.004873;truc_tiep;2024-03-04;2024-03-06;2024-03-05',
        'A-5;1.004873;truc_tiep;2024-03-04;2024-03-01;',
        'A-6;1.004873;truc_tiep;2024-03-04;"2024-03-05;2024-03-06";"2024-03-08;2024-03-09"',
        'A-7;1.004873;truc_tiep;2024-03-04;"2024-03-05;2024-03-09";"2024-03-08"',
      ),
    ).toEqual([
      {
        line: 2,
        column: '(cột thứ 7, không có tiêu đề)',
        value: '2024-03-07',
        reason:
          'Dòng có 7 ô nhưng dòng tiêu đề chỉ có 6 cột: ô nào chứa dấu phẩy hoặc dấu chấm phẩy phải được đặt trong dấu ngoặc kép',
      },
      {
        line: 3,
        column: 'ngay_bo_sung_xong',
        value: '',
        reason: 'Có 2 ngày yêu cầu bổ sung nên phải có 2 hoặc 1 ngày bổ sung xong, nhưng có 0 ngày',
      },
      {
        line: 4,
        column: 'ngay_bo_sung_xong',
        value: '2024-03-07',
        reason: 'Có ngày bổ sung xong nhưng không có ngày yêu cầu bổ sung',
      },
      {
        line: 5,
        column: 'ngay_bo_sung_xong',
        value: '2024-03-05',
        reason: 'Ngày bổ sung xong lần 1 (05/03/2024) trước ngày yêu cầu bổ sung lần 1 (06/03/2024)',
      },
      {
        line: 6,
        column: 'ngay_yeu_cau_bo_sung',
        value: '2024-03-01',
        reason: 'Ngày yêu cầu bổ sung lần 1 (01/03/2024) trước ngày tiếp nhận (04/03/2024)',
      },
      {
        line: 7,
        column: 'ngay_yeu_cau_bo_sung',
        value: '2024-03-05;2024-03-06',
        reason: 'Ngày yêu cầu bổ sung lần 2 (06/03/2024) trước ngày bổ sung xong lần 1 (08/03/2024)',
      },
    ]);
  });

  it('a bad ending, and an ending without an end date', () => {
    const header = 'ma_ho_so,ma_tthc,kenh,ngay_nhan,ngay_co_ket_qua,ngay_tra_ket_qua,Kết thúc';
    expect(
      problemsOf(
        header,
        'A-1,1.004873,truc_tiep,2024-03-04,2024-03-05,,Xong',
        'A-2,1.004873,truc_tiep,2024-03-04,,,Rút',
        'A-3,1.004873,truc_tiep,2024-03-04,,2024-03-06,tu_choi',
      ),
    ).toEqual([
      {
        line: 2,
        column: 'Kết thúc',
        value: 'Xong',
        reason: 'Kết thúc không hợp lệ: dùng giai_quyet, rut, dung, tu_choi hoặc Giải quyết, Rút, Dừng, Từ chối',
      },
      { line: 3, column: 'Kết thúc', value: 'Rút', reason: 'Có giá trị Kết thúc nhưng không có Ngày có kết quả' },
    ]);
  });

  it('an apology date without a new date', () => {
    expect(
      problemsOf('ma_ho_so,ma_tthc,kenh,ngay_nhan,ngay_xin_loi', 'A-1,1.004873,truc_tiep,2024-03-04,2024-03-06'),
    ).toEqual([
      { line: 2, column: 'ngay_xin_loi', value: '2024-03-06', reason: 'Có ngày văn bản xin lỗi nhưng thiếu Ngày hẹn mới' },
    ]);
  });

  it('bad flags, fee and rating', () => {
    expect(
      problemsOf(
        'ma_ho_so,ma_tthc,kenh,ngay_nhan,Số hóa hồ sơ,luu_kho,Phí lệ phí,Đánh giá',
        'A-1,1.004873,truc_tiep,2024-03-04,yes,2,-5000,Tốt',
        'A-2,1.004873,truc_tiep,2024-03-04,có,X,"50,5",hài lòng',
      ),
    ).toEqual([
      { line: 2, column: 'Số hóa hồ sơ', value: 'yes', reason: 'Giá trị không hợp lệ: dùng 1/0, có/không hoặc x/để trống' },
      { line: 2, column: 'luu_kho', value: '2', reason: 'Giá trị không hợp lệ: dùng 1/0, có/không hoặc x/để trống' },
      {
        line: 2,
        column: 'Phí lệ phí',
        value: '-5000',
        reason: 'Phí, lệ phí không hợp lệ: phải là số tiền nguyên không âm, ví dụ 50000 hoặc 50.000',
      },
      {
        line: 2,
        column: 'Đánh giá',
        value: 'Tốt',
        reason:
          'Đánh giá không hợp lệ: dùng rat_hai_long, hai_long, khong_hai_long hoặc Rất hài lòng, Hài lòng, Không hài lòng',
      },
      {
        line: 3,
        column: 'Phí lệ phí',
        value: '50,5',
        reason: 'Phí, lệ phí không hợp lệ: phải là số tiền nguyên không âm, ví dụ 50000 hoặc 50.000',
      },
    ]);
  });

  it('a missing required column, on the header line', () => {
    const result = validateLedgerRows(csv('', 'Mã hồ sơ,Mã TTHC,Ngày tiếp nhận', 'A-1,1.004873,2024-03-04'), fakeContext());
    expect(result.problems).toEqual([
      { line: 2, column: 'Hình thức nộp', value: '', reason: 'Thiếu cột bắt buộc "Hình thức nộp" (kenh)' },
    ]);
    expect(result.dossiers).toEqual([]);
  });

  it('a due date the calendar cannot compute', () => {
    const ctx = fakeContext({
      computeBaseDue: () => {
        throw new Error('lịch năm 2031 chưa có');
      },
    });
    expect(validateLedgerRows(csv(HEADER, 'A-1,1.004873,Trực tiếp,2031-03-04,'), ctx).problems).toEqual([
      { line: 2, column: 'Ngày tiếp nhận', value: '2031-03-04', reason: 'Không tính được ngày hẹn trả: lịch năm 2031 chưa có' },
    ]);
  });
});

describe('validateLedgerRows: every problem at once', () => {
  it('lists all problems of all rows in file order, and still checks the rows after a bad one', () => {
    const result = validateLedgerRows(
      csv(
        'Mã hồ sơ;Mã TTHC;Hình thức nộp;Ngày tiếp nhận;Ngày có kết quả;Phí, lệ phí',
        'A-1;1.004873;Trực tiếp;2024-03-04;2024-03-05;',
        'A-2;9.999;Bưu điện;2024-02-30;2024-03-05;',
        '',
        'A-3;1.004884;Bưu chính;"2024-03-04',
        '  09:00";2024-03-01;abc',
        'A-1;1.004873;truc_tiep;04/03/2024;;',
        'A-4;1.004873;truc_tiep;04/03/2024;;50.000',
      ),
      fakeContext(),
    );
    expect(result.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [3, 'Mã TTHC', '9.999'],
      [3, 'Hình thức nộp', 'Bưu điện'],
      [3, 'Ngày tiếp nhận', '2024-02-30'],
      [5, 'Ngày có kết quả', '2024-03-01'],
      [5, 'Phí, lệ phí', 'abc'],
      [7, 'Mã hồ sơ', 'A-1'],
    ]);
    expect(result.problems[3]?.reason).toBe('Ngày có kết quả trước ngày tiếp nhận (04/03/2024)');
    // The rows that passed are still described (for a dry run); the writer imports nothing here.
    expect(result.dossiers.map((d) => [d.line, d.facts.code, d.facts.fee])).toEqual([
      [2, 'A-1', 0],
      [8, 'A-4', 50000],
    ]);
  });
});
