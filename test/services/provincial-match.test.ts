// After a network outage: dossiers logged at the desk are listed as "chưa có trên hệ thống tỉnh"; the
// province's next list is matched with them (same identity number: sure; same name only: asked) instead
// of logging them twice; a decision links the last one; importing the list again changes nothing.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/time/day';
import { logDossier } from '../../electron/services/dossier-intake';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { cli, initLedger, tempFolder } from '../cli/helpers';

const HEADER = ['UBND XÃ HƯƠNG HỮU', 'DANH SÁCH HỒ SƠ', 'STT;Số hồ sơ;Mã TTHC;Kênh tiếp nhận;Ngày nhận;Ngày hoàn thành;Tình trạng;Chủ hồ sơ;Số CCCD'];
const ROW = {
  p1: '000.00.21.H57-240304-0101;1.001193;Trực tiếp;04/03/2024 08:30;04/03/2024;Đã trả kết quả;Phạm Thị Dung;001190000009',
  p2: '000.00.21.H57-240304-0102;1.004873;Trực tuyến một phần;04/03/2024 09:30;;Đang xử lý;Đỗ Văn Em;001190000010',
  // The three dossiers logged at the desk on 05/03 during the outage, as the province entered them later.
  a: '000.00.21.H57-240305-0201;1.001193;Trực tiếp;05/03/2024 09:00;;Đang xử lý;Nguyễn Văn An;001 090 000 001',
  b: '000.00.21.H57-240305-0202;1.004873;Trực tiếp;05/03/2024 10:00;;Đang xử lý;Trần Thị Bình;001090000002',
  c: '000.00.21.H57-240305-0203;1.001193;Trực tiếp;05/03/2024 14:00;;Đang xử lý;Lê Văn Cường;',
  other: '000.00.21.H57-240305-0204;1.001193;Trực tiếp;05/03/2024 14:30;;Đang xử lý;Vũ Thị Giang;001190000011',
};

function list(folder: string, name: string, rows: string[]): string {
  const file = join(folder, name);
  writeFileSync(file, [...HEADER, ...rows.map((r, i) => `${i + 1};${r}`)].join('\r\n'));
  return file;
}

const at = (iso: string, hhmm: string) => ({ day: dayFromIso(iso), minute: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) });

describe('the province list after offline logging', () => {
  it('links the offline dossiers instead of duplicating them, and asks about the unsure one', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const first = await cli('import', '--db', db, list(folder, 'tinh-1.csv', [ROW.p1, ROW.p2]));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('thêm mới 2');

    const session = openLedgerSession(db, { actor: 'Bàn 1' });
    const offline = [
      { procedureCode: '1.001193', receivedAt: at('2024-03-05', '09:00'), applicantName: 'Nguyễn Văn An', idNumber: '001090000001' },
      { procedureCode: '1.004873', receivedAt: at('2024-03-05', '10:00'), applicantName: 'Trần Thị Bình', idNumber: '001090000002' },
      { procedureCode: '1.001193', receivedAt: at('2024-03-05', '14:00'), applicantName: 'Lê Văn Cường', idNumber: '' },
    ].map((r) =>
      logDossier(
        session,
        { ...r, channel: 'truc_tiep', phone: '', address: '', documents: [], fee: 0, digitisedDossier: false, paidOnline: false, note: '' },
        at('2024-03-05', '17:00'),
      ),
    );
    session.close();
    const codes = offline.map((d) => d.code);

    const pending = await cli('provincial-pending', '--db', db, '--period', '2024-Q1');
    expect(pending.code, pending.stderr).toBe(0);
    expect(pending.stdout).toContain('Hồ sơ chưa có trên hệ thống tỉnh, Quý I năm 2024: 3');
    for (const code of codes) expect(pending.stdout).toContain(code);

    const second = list(folder, 'tinh-2.csv', [ROW.p1, ROW.p2, ROW.a, ROW.b, ROW.c, ROW.other]);
    const dry = await cli('import', '--db', db, second, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('mới 1, không đổi 2, xung đột 0, ghép với hồ sơ đã có 2, chờ quyết định 1');
    expect(dry.stdout).toContain(`Dòng 6: hồ sơ 000.00.21.H57-240305-0201 của hệ thống tỉnh là hồ sơ đã ghi tại đây ${codes[0]}`);
    // Matched by the identity number written with spaces; the difference is shown, not applied.
    expect(dry.stdout).toContain('  - idNumber: trong sổ "001090000001", trong tệp "001 090 000 001"');
    expect(dry.stdout).toContain('Dòng 8: hồ sơ 000.00.21.H57-240305-0203 có thể là hồ sơ đã ghi tại đây — cần quyết định:');
    expect(dry.stdout).toContain(`  - ${codes[2]}, tiếp nhận 2024-03-05 14:00, người nộp "Lê Văn Cường" (chỉ trùng họ tên)`);

    const applied = await cli('import', '--db', db, second);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Đã ghi: thêm mới 1, cập nhật 0, không đổi 2, ghép với hồ sơ đã có 2.');
    expect(applied.stdout).toContain('1 dòng chờ quyết định chưa được ghi');
    const count = () => {
      const s = openLedgerSession(db, { actor: 't' });
      try {
        return s.dossiers.count();
      } finally {
        s.close();
      }
    };
    expect(count()).toBe(6);
    const still = await cli('provincial-pending', '--db', db, '--period', '2024-Q1');
    expect(still.stdout).toContain(': 1\n');
    expect(still.stdout).toContain(codes[2]);

    const decided = await cli('import', '--db', db, second, '--decide', `8=${codes[2]}`);
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toContain('ghép với hồ sơ đã có 1');
    expect(count()).toBe(6);
    expect((await cli('provincial-pending', '--db', db, '--period', '2024-Q1')).stdout).toContain(': 0\n');

    const again = await cli('import', '--db', db, second);
    expect(again.code, again.stderr).toBe(0);
    // Found again by its provincial code: still one dossier; the spaced identity number stays a conflict.
    expect(again.stdout).toContain('mới 0, không đổi 5, xung đột 1, lỗi 0');
    expect(again.stdout).toContain('Đã ghi: thêm mới 0, cập nhật 0, không đổi 5.');
    expect(count()).toBe(6);

    const out = join(folder, 'chua-len-tinh.xlsx');
    const xlsx = await cli('provincial-pending', '--db', db, '--period', '2024-Q1', '--out', out);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('DANH SÁCH HỒ SƠ CHƯA CÓ TRÊN HỆ THỐNG TỈNH');
    expect(sheet?.getCell('A5').value).toBe('Mọi hồ sơ của kỳ đã có trên hệ thống tỉnh.');
  });
});
