// validateLedgerRows refusing rows: one problem of each kind with its line and column, then every
// problem of a file at once, in file order.
import { describe, expect, it } from 'vitest';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { csv, fakeContext } from './helpers';

const HEADER = 'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày có kết quả';
const problemsOf = (...lines: string[]) => validateLedgerRows(csv(...lines), fakeContext()).problems;

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
        reason: 'Tên TTHC ứng với 2 thủ tục trong danh mục (mã 2.000884, chưa có mã quốc gia): hãy ghi Mã TTHC',
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
