// The mapping step on the command line: a mapping file, a profile saved and reused, procedures named
// without a code confirmed by the user before anything is written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { cli, initLedger, tempFolder } from './helpers';

const LIST = [
  'DANH SÁCH HỒ SƠ ĐÃ TIẾP NHẬN',
  '',
  'STT;Mã hồ sơ;Thủ tục hành chính;Hình thức tiếp nhận;Ngày nhận;Ngày trả;Tình trạng;Cán bộ xử lý',
  '1;T-0001;Thủ tục đăng ký lại khai sinh;Trực tiếp;05/03/2024 08:30;;Đang xử lý;Lê Thị Ánh',
  '2;T-0002;Đăng ký khai sinh;Dịch vụ công;06/03/2024 09:00;06/03/2024;Đã trả kết quả;Lê Thị Ánh',
].join('\n');

function files(): { list: string; mapping: string; folder: string } {
  const folder = tempFolder();
  const list = join(folder, 'tinh.csv');
  writeFileSync(list, LIST);
  const mapping = join(folder, 'ghep-cot.json');
  writeFileSync(
    mapping,
    JSON.stringify({
      columns: { 'Cán bộ xử lý': 'ghi_chu' },
      values: { kenh: { 'Dịch vụ công': 'truc_tuyen_toan_trinh' } },
      procedures: { 'Thủ tục đăng ký lại khai sinh': '1.004884' },
    }),
  );
  return { list, mapping, folder };
}

describe('import with a mapping', () => {
  it('asks to confirm a procedure named differently, and writes nothing until then', async () => {
    const db = await initLedger(tempFolder());
    const { list } = files();
    const result = await cli('import', '--db', db, list);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Thủ tục "Thủ tục đăng ký lại khai sinh" (1 dòng) không trùng tên trong danh mục; gần nhất: 1.004884 "Đăng ký lại khai sinh"');
    expect(result.stderr).toContain('Dòng 4, cột "Thủ tục hành chính"');
    expect(result.stdout).toContain('cột 8 "Cán bộ xử lý" → chưa ghép (bỏ qua)');
    const session = openLedgerSession(db, { actor: 't' });
    expect(session.dossiers.count()).toBe(0);
    session.close();
  });

  it('imports with --mapping, saves the profile, and reads the next export with --profile', async () => {
    const db = await initLedger(tempFolder());
    const { list, mapping } = files();
    const first = await cli('import', '--db', db, list, '--mapping', mapping, '--save-profile', 'Hệ thống tỉnh');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('thêm mới 2');
    expect(first.stdout).toContain('Đã lưu mẫu ghép cột "Hệ thống tỉnh"');
    const session = openLedgerSession(db, { actor: 't' });
    const rows = session.dossiers.findByCodes(['T-0001', 'T-0002']);
    expect(rows.get('T-0001')?.procedureCode).toBe('1.004884');
    expect(rows.get('T-0001')?.note).toBe('Lê Thị Ánh');
    expect(rows.get('T-0002')?.channel).toBe('truc_tuyen_toan_trinh');
    session.close();

    const again = await cli('import', '--db', db, list, '--profile', 'Hệ thống tỉnh');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('không đổi 2');
    const unknown = await cli('import', '--db', db, list, '--profile', 'Không có');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có mẫu ghép cột tên "Không có". Các mẫu đã lưu: "Hệ thống tỉnh".');
  });

  it('explains a wrong mapping file', async () => {
    const db = await initLedger(tempFolder());
    const { list, folder } = files();
    const bad = join(folder, 'sai.json');
    writeFileSync(bad, JSON.stringify({ columns: { 'Cán bộ xử lý': 'can_bo' } }));
    const result = await cli('import', '--db', db, list, '--mapping', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Tệp ghép cột "sai.json" có mục không hợp lệ ở "columns → Cán bộ xử lý"');
  });
});
