// `deadline --explain` for the worked examples of rules.md §2.
import { describe, expect, it } from 'vitest';
import { cli, initLedger, tempFolder } from './helpers';

describe('deadline', () => {
  it('3 working days from Wed 07/02/2024 skips Tết: due 2024-02-19, with the reasons', async () => {
    const db = await initLedger(tempFolder());
    // 1.004873 (xác nhận tình trạng hôn nhân): 3 working days
    const result = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-02-07 09:00', '--explain');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('2024-02-19');
    expect(result.stdout).toContain('Thứ Tư 07/02/2024 09:00 — tiếp nhận');
    expect(result.stdout).toContain('Thứ Năm 08/02/2024 — bỏ qua (nghỉ): Tết Nguyên đán');
    expect(result.stdout).toContain('Thứ Bảy 10/02/2024 — bỏ qua (nghỉ)');
    expect(result.stdout).toContain('Thứ Năm 15/02/2024 — tính: Ngày làm việc thứ 1');
    expect(result.stdout).toContain('Thứ Hai 19/02/2024 — tính: Ngày làm việc thứ 3');
  });

  it('a dossier received on Saturday 09/03/2024 without the online rule counts Monday as day 1: due 2024-03-13', async () => {
    const db = await initLedger(tempFolder());
    const result = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-09 10:00', '--explain');
    expect(result.stdout.split('\n')[0]).toBe('2024-03-13');
    expect(result.stdout).toContain('Chủ nhật 10/03/2024 — bỏ qua (nghỉ)');
    expect(result.stdout).toContain('Thứ Hai 11/03/2024 — tính: Ngày làm việc thứ 1');
  });

  it('an online dossier on Saturday, or after 17:00, counts from the next working day’s opening (office setting, on by default)', async () => {
    const db = await initLedger(tempFolder());
    const saturday = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-09 10:00', '--channel', 'truc_tuyen_toan_trinh', '--explain');
    expect(saturday.code, saturday.stderr).toBe(0);
    expect(saturday.stdout.split('\n')[0]).toBe('2024-03-14');
    expect(saturday.stdout).toContain('Hồ sơ trực tuyến nộp vào ngày nghỉ (Thứ Bảy): thời hạn bắt đầu tính từ 07:30 ngày làm việc tiếp theo');
    expect(saturday.stdout).toContain('Thứ Hai 11/03/2024 07:30 — coi như tiếp nhận (hồ sơ trực tuyến)');
    expect(saturday.stdout).toContain('Thứ Ba 12/03/2024 — tính: Ngày làm việc thứ 1');
    const evening = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-11 18:00', '--channel', 'truc_tuyen_mot_phan');
    const paper = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-11 18:00', '--channel', 'truc_tiep');
    expect([evening.stdout.trim(), paper.stdout.trim()]).toEqual(['2024-03-15', '2024-03-14']);
    const badChannel = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-11 18:00', '--channel', 'online');
    expect(badChannel.code).not.toBe(0);
    expect(badChannel.stderr).toContain('--channel chỉ nhận truc_tiep');
  });

  it('an office that turns the online rule off at init counts online dossiers like paper ones', async () => {
    const db = `${tempFolder()}/so.db`;
    const init = await cli('init', '--db', db, '--unit-name', 'UBND xã Hương Hữu', '--unit-code', '000.00.21.H57', '--online-next-day', 'off');
    expect(init.code, init.stderr).toBe(0);
    const saturday = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2024-03-09 10:00', '--channel', 'truc_tuyen_toan_trinh');
    expect(saturday.stdout.trim()).toBe('2024-03-13');
  });

  it('same-day procedures honour the 15:00 cut-off', async () => {
    const db = await initLedger(tempFolder());
    const before = await cli('deadline', '--db', db, '--procedure', '2.000815', '--received', '2024-03-14 14:30');
    const after = await cli('deadline', '--db', db, '--procedure', '2.000815', '--received', '2024-03-14 15:30', '--explain');
    expect(before.stdout.trim()).toBe('2024-03-14');
    expect(after.stdout.split('\n')[0]).toBe('2024-03-15');
    expect(after.stdout).toContain('Tiếp nhận sau 15:00');
  });

  it('unknown procedure and bad date are refused in Vietnamese', async () => {
    const db = await initLedger(tempFolder());
    const unknown = await cli('deadline', '--db', db, '--procedure', '9.9', '--received', '2024-03-14 08:00');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Không có thủ tục mã "9.9"');
    const bad = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '14/03/2024');
    expect(bad.stderr).toContain('không hợp lệ');
  });

  it('a missing ledger file is an error, not a new empty ledger', async () => {
    const result = await cli('deadline', '--db', `${tempFolder()}/khong-co.db`, '--procedure', '1.004873', '--received', '2024-03-14 08:00');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/[Kk]hông (tìm thấy|có)/);
  });
});
