// Reading foreign lists cell by cell: statuses, dates, channels, unplaced columns, the mapping, and
// procedures named without their code — every refusal with its line, column as written and value.
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, foreignMappingSchema, parseForeignMapping, readImportFile, suggestProcedures } from '../../electron/import/foreign';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { CATALOGUE, day, fakeContext, utf8 } from './helpers';

const HEAD = ['Ủy ban nhân dân xã Hương Hữu', 'DANH SÁCH HỒ SƠ', '', 'STT;Số hồ sơ;Tên thủ tục;Nguồn hồ sơ;Ngày nhận;Hạn trả kết quả;Ngày xử lý xong;Trạng thái;Cán bộ xử lý'];

async function read(lines: string[], mapping = EMPTY_MAPPING) {
  const reading = await readImportFile(utf8(lines.join('\n')), 'tinh.csv', mapping);
  const validation = validateLedgerRows(reading.table, fakeContext(), reading.header);
  return { reading, validation, problems: [...reading.problems, ...validation.problems] };
}

describe('reading a foreign list', () => {
  it('reads statuses, time-first dates, Excel serials and channel texts', async () => {
    const { reading, validation, problems } = await read([
      ...HEAD,
      '1;H-01;Đăng ký khai sinh;Bưu chính công ích;14:30 05/01/2024;05/01/2024;05/01/2024;Đã trả kết quả;An',
      '2;H-02;Cấp đổi Giấy chứng nhận;Dịch vụ công;45296.375;;10-01-2024;Rút hồ sơ;An',
      '3;H-03;Cấp đổi Giấy chứng nhận;Trực tuyến toàn trình;08/01/2024 - 09:15;;;Chờ bổ sung;Bình',
    ]);
    expect(problems).toEqual([]);
    expect(reading.foreign?.headerLines).toEqual([4]);
    const [a, b, c] = validation.dossiers;
    expect(a?.facts).toMatchObject({ code: 'H-01', channel: 'buu_chinh', receivedAt: { day: day('2024-01-05'), minute: 14 * 60 + 30 }, ending: 'giai_quyet' });
    expect(b?.facts).toMatchObject({ channel: 'truc_tuyen_mot_phan', receivedAt: { day: day('2024-01-05'), minute: 9 * 60 }, endedOn: day('2024-01-10'), ending: 'rut' });
    expect(c?.facts).toMatchObject({ channel: 'truc_tuyen_toan_trinh', receivedAt: { day: day('2024-01-08'), minute: 9 * 60 + 15 }, endedOn: null, ending: null });
    expect(reading.foreign?.unplaced.map((u) => [u.header, u.samples])).toEqual([['Cán bộ xử lý', ['An', 'An', 'Bình']]]);
  });

  it('refuses a status that contradicts the dates, an unknown status and a bad date, naming line and column', async () => {
    const { problems } = await read([
      ...HEAD,
      '1;H-01;Đăng ký khai sinh;Trực tiếp;05/01/2024 08:00;;;Đã trả kết quả;An',
      '2;H-02;Đăng ký khai sinh;Trực tiếp;05/01/2024 08:00;;06/01/2024;Đang xử lý;An',
      '3;H-03;Đăng ký khai sinh;Trực tiếp;05/01/2024 08:00;;;Treo;An',
      '4;H-04;Đăng ký khai sinh;Fax;32/01/2024;;;Đang xử lý;An',
    ]);
    expect(problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [5, 'Trạng thái', 'Đã trả kết quả'],
      [6, 'Trạng thái', 'Đang xử lý'],
      [7, 'Trạng thái', 'Treo'],
      [8, 'Nguồn hồ sơ', 'Fax'],
      [8, 'Ngày nhận', '32/01/2024'],
    ]);
    expect(problems[0]?.reason).toContain('không có ngày có kết quả');
    expect(problems[2]?.reason).toContain('Không hiểu trạng thái này');
  });

  it('follows the mapping: a column placed by hand, a status and channel meaning, a confirmed procedure', async () => {
    const mapping = foreignMappingSchema.parse({
      columns: { 'Cán bộ xử lý': 'ghi_chu' },
      values: { kenh: { 'Một cửa điện tử': 'truc_tuyen_toan_trinh' }, trang_thai: { Treo: 'dang_giai_quyet' } },
      procedures: { 'Thủ tục đăng ký lại khai sinh': '1.004884' },
    });
    const { reading, validation, problems } = await read(
      [...HEAD, '1;H-01;Thủ tục đăng ký lại khai sinh;Một cửa điện tử;05/01/2024 08:00;;;Treo;An'],
      mapping,
    );
    expect(problems).toEqual([]);
    expect(reading.foreign?.unplaced).toEqual([]);
    expect(validation.dossiers[0]?.facts).toMatchObject({ procedureCode: '1.004884', channel: 'truc_tuyen_toan_trinh', ending: null });
    expect(validation.dossiers[0]?.personal.note).toBe('An');
  });

  it('suggests catalogue procedures for a name the catalogue does not carry exactly', async () => {
    const { reading, problems } = await read([...HEAD, '1;H-01;Thủ tục đăng ký lại khai sinh;Trực tiếp;05/01/2024 08:00;;;Đang xử lý;An']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[5, 'Tên thủ tục']]);
    const [suggestion] = suggestProcedures(reading.table, reading.header, CATALOGUE);
    expect(suggestion?.name).toBe('Thủ tục đăng ký lại khai sinh');
    expect(suggestion?.lines).toEqual([5]);
    expect(suggestion?.candidates[0]).toMatchObject({ code: '1.004884', score: 1 });
  });

  it('finds a two-row header under a title, with a group header stretched over blank cells and a numbering row', async () => {
    const { reading, validation, problems } = await read([
      'DANH SÁCH',
      'STT,Số hồ sơ,Mã TTHC,Kênh tiếp nhận,Ngày,,',
      ',,,,Tiếp nhận,Hẹn trả,Trả kết quả',
      '1,2,3,4,5,6,7',
      '1,H-01,1.001193,Trực tiếp,05/01/2024 08:00,05/01/2024,05/01/2024',
      ',Tổng cộng: 1,,,,,',
    ]);
    expect(problems).toEqual([]);
    expect(reading.foreign?.headerLines).toEqual([2, 3]);
    expect(reading.foreign?.columns.map((c) => [c.header, c.key])).toEqual([
      ['STT', 'stt'],
      ['Số hồ sơ', 'ma_ho_so'],
      ['Mã TTHC', 'ma_tthc'],
      ['Kênh tiếp nhận', 'kenh'],
      ['Ngày > Tiếp nhận', 'ngay_nhan'],
      ['Ngày > Hẹn trả', 'han_tra'],
      ['Ngày > Trả kết quả', 'ngay_tra_ket_qua'],
    ]);
    expect(validation.dossiers).toHaveLength(1);
    expect(reading.warnings.join(' ')).toContain('dòng 6');
  });

  it('reads our own layout exactly as before', async () => {
    const reading = await readImportFile(utf8('Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận\nA,1.001193,truc_tiep,2024-01-05'), 'a.csv');
    expect(reading.foreign).toBeNull();
    expect(reading.table.headerLine).toBe(1);
  });

  it('explains a wrong mapping file', () => {
    expect(parseForeignMapping('{', 'm.json')).toEqual({ ok: false, reason: 'Tệp ghép cột "m.json" không phải JSON hợp lệ.' });
    const wrong = parseForeignMapping('{"columns": {"X": "khong_co"}}', 'm.json');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.reason).toContain('columns → X');
  });
});

describe('a foreign list on another worksheet of an .xlsx', () => {
  async function workbook(): Promise<Uint8Array> {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Bìa').addRow(['Danh sách hồ sơ quý I']);
    const list = book.addWorksheet('Danh sách');
    for (const line of HEAD) list.addRow(line.split(';'));
    list.addRow('1;H-01;Đăng ký khai sinh;Trực tiếp;05/01/2024 08:00;;;Đang xử lý;An'.split(';'));
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it('reads the sheet picked, with or without a mapping, and keeps the sheet names with the table', async () => {
    const bytes = await workbook();
    const automatic = await readImportFile(bytes, 'tinh.xlsx', null, { sheet: 'Danh sách' });
    expect(automatic.foreign?.headerLines).toEqual([4]);
    expect(automatic.table.records.map((r) => r.cells[1])).toEqual(['H-01']);
    expect([automatic.table.sheets, automatic.table.sheet]).toEqual([['Bìa', 'Danh sách'], 'Danh sách']);

    const mapped = await readImportFile(bytes, 'tinh.xlsx', { ...EMPTY_MAPPING, headerLine: 4 }, { sheet: 'Danh sách' });
    expect(mapped.table.records.map((r) => r.cells[1])).toEqual(['H-01']);
    expect(mapped.table.sheet).toBe('Danh sách');
    await expect(readImportFile(bytes, 'tinh.xlsx', { ...EMPTY_MAPPING, headerLine: 4 })).rejects.toThrow(/Không tìm thấy dòng tiêu đề/);
  });
});
