// The lists of seed 002 as XLSX: their dossiers are the members of the report's cells (carried over,
// online received, online on time / late), the interconnected ones come from the "Liên thông" column of
// an imported list; the applicant's name only on request.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isOnline } from '../../shared/dossier/dossier';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { periodList } from '../../electron/services/period-lists';
import { compilePeriodReport, resolvePeriodRequest } from '../../electron/services/report-service';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';

async function sheetRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('period lists', () => {
  it('carried-over and online lists agree with the report and come out as XLSX', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
    const session = openLedgerSession(db, { actor: 't' });
    try {
      const period = resolvePeriodRequest(session, { period: '2024-Q1' });
      const report = compilePeriodReport(session, period);
      expect(periodList(session, period, 'truc-tuyen')).toHaveLength(report.total.new_online);
      expect(periodList(session, period, 'ky-truoc')).toHaveLength(report.total.carried_over);
      const onTime = periodList(session, period, 'truc-tuyen-dung-han');
      const late = periodList(session, period, 'truc-tuyen-qua-han');
      expect([...onTime, ...late].every((i) => isOnline(i.row.channel))).toBe(true);
      expect(onTime.length).toBeGreaterThan(0);
      expect(late.every((i) => i.state === 'Đã giải quyết quá hạn' || i.state === 'Đang giải quyết quá hạn')).toBe(true);
    } finally {
      session.close();
    }
    const out = join(folder, 'truc-tuyen.xlsx');
    const run = await cli('export-list', '--db', db, '--period', '2024-Q1', '--kind', 'truc-tuyen-dung-han', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const rows = await sheetRows(out);
    expect(rows[0]?.[0]).toBe('DANH SÁCH HỒ SƠ TRỰC TUYẾN GIẢI QUYẾT ĐÚNG HẠN');
    expect(rows[2]).toEqual(['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hạn trả', 'Ngày có kết quả', 'Tình trạng']);
    expect(rows[3]?.[4]).toMatch(/^Trực tuyến/);
  });

  it('lists the interconnected dossiers of an imported list, with names only on request', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const list = join(folder, 'tinh.csv');
    writeFileSync(
      list,
      [
        'DANH SÁCH HỒ SƠ',
        'STT;Số hồ sơ;Mã TTHC;Kênh tiếp nhận;Ngày nhận;Tình trạng;Chủ hồ sơ;Liên thông',
        '1;L-1;1.001193;Trực tiếp;04/03/2024 08:30;Đang xử lý;Phạm Thị Dung;Công an huyện',
        '2;L-2;1.001193;Trực tiếp;04/03/2024 09:30;Đang xử lý;Đỗ Văn Em;',
        '3;L-3;1.004873;Trực tuyến một phần;05/03/2024 10:00;Đang xử lý;Hà Văn Phúc;Bảo hiểm xã hội huyện',
      ].join('\n'),
    );
    const imported = await cli('import', '--db', db, list);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(folder, 'lien-thong.xlsx');
    expect((await cli('export-list', '--db', db, '--period', '2024-Q1', '--kind', 'lien-thong', '--out', out)).code).toBe(0);
    const rows = await sheetRows(out);
    expect(rows.slice(3).map((r) => [r[1], r[8]])).toEqual([
      ['L-1', 'Công an huyện'],
      ['L-3', 'Bảo hiểm xã hội huyện'],
    ]);
    expect(rows[2]).not.toContain('Người nộp');
    const withNames = join(folder, 'lien-thong-ten.xlsx');
    expect((await cli('export-list', '--db', db, '--period', '2024-Q1', '--kind', 'lien-thong', '--out', withNames, '--personal-data')).code).toBe(0);
    expect((await sheetRows(withNames)).slice(3).map((r) => r[9])).toEqual(['Phạm Thị Dung', 'Hà Văn Phúc']);
  });
});
