// `deadline` for the dates of issue 10 (calendar-vn.md, 2026 and 2027 rows): Ngày Văn hóa 24/11/2026,
// the Quốc khánh 2026 swap, Tết 2027; and a year without an official schedule is provisional.
import { describe, expect, it } from 'vitest';
import { cli, initLedger, tempFolder } from './helpers';

// 1.004873 (xác nhận tình trạng hôn nhân): 3 working days.
const THREE_DAYS = '1.004873';

async function due(db: string, received: string, procedure = THREE_DAYS) {
  const result = await cli('deadline', '--db', db, '--procedure', procedure, '--received', received, '--explain');
  expect(result.code, result.stderr).toBe(0);
  return { date: result.stdout.split('\n')[0], stdout: result.stdout, stderr: result.stderr };
}

describe('deadline with the 2026 corrections and the 2027 schedule', () => {
  it('skips Tuesday 24/11/2026, Ngày Văn hóa Việt Nam, with its basis', async () => {
    const db = await initLedger(tempFolder());
    const r = await due(db, '2026-11-23 09:00');
    expect(r.date).toBe('2026-11-27');
    expect(r.stdout).toContain('Thứ Ba 24/11/2026 — bỏ qua (nghỉ): Ngày Văn hóa Việt Nam');
    expect(r.stdout).not.toContain('tạm tính');
  });

  it('Quốc khánh 2026: Mon 31/08 (swap) to Wed 02/09 off; received Thu 27/08 → Fri 04/09', async () => {
    const db = await initLedger(tempFolder());
    const r = await due(db, '2026-08-27 09:00');
    expect(r.date).toBe('2026-09-04');
    expect(r.stdout).toContain('Thứ Hai 31/08/2026 — bỏ qua (nghỉ): Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026');
    expect(r.stdout).toContain('Thứ Ba 01/09/2026 — bỏ qua (nghỉ): Quốc khánh 2/9');
    // Saturday 22/08/2026 is a working day: received Fri 21/08 counts it as day 1.
    const saturday = await due(db, '2026-08-21 09:00');
    expect(saturday.date).toBe('2026-08-25');
    expect(saturday.stdout).toContain('Thứ Bảy 22/08/2026 — tính: Ngày làm việc thứ 1');
  });

  it('Tết 2027: Thu 04/02 – Wed 10/02 off; received Mon 01/02/2027 → Thu 11/02', async () => {
    const db = await initLedger(tempFolder());
    const r = await due(db, '2027-02-01 09:00');
    expect(r.date).toBe('2027-02-11');
    expect(r.stdout).toContain('Thứ Tư 10/02/2027 — bỏ qua (nghỉ): Tết Nguyên đán');
    expect(r.stderr).toBe('');
  });

  it('2027: Giỗ Tổ Fri 16/04, 30/4–03/05, Quốc khánh 02–05/09, Ngày Văn hóa Wed 24/11', async () => {
    const db = await initLedger(tempFolder());
    expect((await due(db, '2027-04-15 09:00')).date).toBe('2027-04-21'); // 16/04 off, weekend, Mon 19, Tue 20, Wed 21
    expect((await due(db, '2027-04-29 09:00')).date).toBe('2027-05-06'); // Fri 30/04, Mon 03/05 off: Tue 04, Wed 05, Thu 06
    expect((await due(db, '2027-09-01 09:00')).date).toBe('2027-09-08'); // 02–05/09 off: Mon 06, Tue 07, Wed 08
    expect((await due(db, '2027-11-23 09:00')).date).toBe('2027-11-29'); // Wed 24/11 off: Thu 25, Fri 26, Mon 29
  });

  it('a due date counted in a year with no official schedule is provisional, with the way to enter the notice', async () => {
    const db = await initLedger(tempFolder());
    const explained = await due(db, '2028-01-20 09:00');
    expect(explained.stdout).toContain('Hạn trả tạm tính: chưa có lịch nghỉ chính thức năm 2028');
    expect(explained.stdout).toContain('Thiết lập → Lịch làm việc');
    const plain = await cli('deadline', '--db', db, '--procedure', THREE_DAYS, '--received', '2027-12-30 09:00');
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim()).toMatch(/^2028-01-0\d$/); // stdout stays the date alone (interchange.md §3)
    expect(plain.stderr).toContain('chưa có lịch nghỉ chính thức năm 2028');
  });
});
