import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DossierListRow, renderReportXlsx } from '../../electron/documents';
import { CHANNEL_LABELS_VI } from '../../shared/dossier/dossier';
import { EXPECTED_JSON, compile, fixtureDossiers, fixtureWithLate, reportInput } from './fixture';

interface Expected {
  total: Record<string, number>;
  by_field: Record<string, Record<string, number>>;
}
const expected = JSON.parse(readFileSync(EXPECTED_JSON, 'utf8')) as Expected;
const COLUMN_ORDER = ['received', 'new_online', 'new_direct_postal', 'carried_over', 'resolved', 'early', 'on_time', 'late', 'pending', 'pending_in_time', 'pending_overdue'];

function listRows(): DossierListRow[] {
  return fixtureDossiers().map((d) => ({
    code: d.code,
    procedure: d.procedureName,
    field: d.field,
    channelLabel: CHANNEL_LABELS_VI[d.channel],
    received: d.receivedAt,
    due: d.baseDueDay,
    ended: d.endedOn,
    statusLabel: d.endedOn === null ? 'Đang giải quyết' : 'Đã giải quyết',
    applicantName: 'Lê Thị Ỷ Lan',
    applicantAddress: 'Thôn 1, xã Hương Hữu',
    applicantPhone: '0912 345 678',
  }));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, row: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ws.getCell(row, i + 1).value);
}

describe('report XLSX', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await renderReportXlsx(reportInput(compile(fixtureWithLate())), listRows()));
  });

  it('has the three sheets', () => {
    // No correction in this input: no "Đính chính" sheet.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 06', 'Chi tiết bổ sung', 'Hồ sơ quá hạn', 'Danh sách hồ sơ']);
  });

  it('Biểu 06: title, unit lines, merged two-level header, numbers row, field rows and total', async () => {
    const plain = await load(await renderReportXlsx(reportInput(), []));
    const ws = plain.getWorksheet('Biểu 06')!;
    expect(ws.getCell('A1').value).toBe('Biểu số 06/VPCP/KSTT');
    expect(String(ws.getCell('D1').value)).toMatch(/^TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    expect(ws.getCell('D3').value).toBe('Kỳ báo cáo: Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(ws.getCell('K1').value).toBe('Đơn vị báo cáo: UBND xã Hương Hữu');
    expect(ws.getCell('K2').value).toBe('Đơn vị nhận báo cáo: Phòng Nội vụ huyện Nam Đông');
    expect(ws.getCell('D2').value).toBe('(Kèm theo Báo cáo số 356/BC-UBND ngày 08/03/2024 của UBND xã Hương Hữu)');
    expect(ws.getCell('K4').value).toBe('Đơn vị tính: Số hồ sơ TTHC');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    for (const range of ['A5:A7', 'B5:B7', 'C5:F5', 'G5:J5', 'K5:M5', 'C6:C7', 'D6:E6', 'F6:F7', 'G6:G7', 'M6:M7']) expect(merges).toContain(range);
    expect(ws.getCell('C5').value).toBe('Số hồ sơ nhận giải quyết');
    expect(ws.getCell('D6').value).toBe('Trong đó: số mới tiếp nhận');
    expect(ws.getCell('D7').value).toBe('Trực tuyến');
    expect(rowValues(ws, 8, 13)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    ['Hộ tịch', 'Chứng thực', 'Đất đai'].forEach((field, i) => {
      const row = expected.by_field[field] ?? {};
      expect(rowValues(ws, 9 + i, 13)).toEqual([i + 1, field, ...COLUMN_ORDER.map((k) => row[k])]);
    });
    expect(rowValues(ws, 12, 13)).toEqual([null, 'Tổng cộng', ...COLUMN_ORDER.map((k) => expected.total[k])]);
    expect(ws.getCell('B12').font?.bold).toBe(true);
    expect(ws.getCell('M12').border?.right?.style).toBe('thin');
    expect(ws.getCell('B9').font?.name).toBe('Times New Roman');
  });

  it('Biểu 06 prints on A4 landscape, one page wide, header rows repeated', () => {
    const setup = wb.getWorksheet('Biểu 06')!.pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe('landscape');
    expect(setup.fitToPage).toBe(true);
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    expect(setup.printTitlesRow).toBe('5:8');
  });

  it('"Hồ sơ quá hạn" lists the late dossiers without personal data', () => {
    const ws = wb.getWorksheet('Hồ sơ quá hạn')!;
    expect(ws.getCell('A1').value).toBe('DANH SÁCH HỒ SƠ QUÁ HẠN');
    expect(ws.getCell('A2').value).toBe('(Kèm theo Báo cáo số 356/BC-UBND ngày 08/03/2024 của UBND xã Hương Hữu)');
    expect(ws.getCell('A5').value).toBe('STT');
    expect(ws.getCell('K5').value).toBe('Đã có văn bản xin lỗi (ngày)');
    expect(rowValues(ws, 6, 11)).toEqual([
      1,
      '000.00.21.H57-240205-0101',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Hộ tịch',
      '05/02/2024',
      '08/02/2024',
      '21/02/2024',
      5,
      'Phải xác minh tình trạng hôn nhân tại nơi cư trú trước đây',
      '',
      '07/02/2024',
    ]);
    expect(ws.getCell('G7').value).toBe('đang giải quyết');
    const everything = JSON.stringify(ws.getSheetValues());
    expect(everything).not.toContain('Lê Thị Ỷ Lan');
  });

  it('"Danh sách hồ sơ" has every dossier, real dates, and no personal columns by default', () => {
    const ws = wb.getWorksheet('Danh sách hồ sơ')!;
    expect(ws.rowCount).toBe(1 + 78);
    expect(rowValues(ws, 1, 9)).toEqual(['STT', 'Mã hồ sơ', 'Thủ tục', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hạn trả', 'Ngày có kết quả', 'Trạng thái']);
    expect(ws.getCell('J1').value).toBeNull();
    expect(ws.getCell('B2').value).toBe('000.00.21.H57-231215-0001');
    expect((ws.getCell('F2').value as Date).toISOString()).toBe('2023-12-15T11:00:00.000Z');
    expect((ws.getCell('G2').value as Date).toISOString()).toBe('2023-12-20T00:00:00.000Z');
    expect(JSON.stringify(ws.getSheetValues())).not.toContain('Lê Thị Ỷ Lan');
  });

  it('adds the applicant columns only when asked', async () => {
    const full = await load(await renderReportXlsx(reportInput(), listRows(), { includePersonalData: true }));
    const ws = full.getWorksheet('Danh sách hồ sơ')!;
    expect(rowValues(ws, 1, 12).slice(9)).toEqual(['Họ tên người nộp', 'Địa chỉ', 'Số điện thoại']);
    expect(ws.getCell('J2').value).toBe('Lê Thị Ỷ Lan');
  });
});
