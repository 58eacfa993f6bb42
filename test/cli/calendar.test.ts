// `calendar`: the year's days off with their sources; an office edit previewed (--dry-run writes
// nothing) then applied, moving the stored due dates; a year's notice ends the provisional marking.
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { dueDateAtReception } from '../../electron/services/due-dates';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { ledgerFingerprint } from '../api/helpers';
import { cli, initLedger, tempFolder } from './helpers';

/** Logs one 3-working-day dossier (1.004873) through the intake rules, as the desk would. */
function logDossier(db: string, received: string): void {
  const session = openLedgerSession(db, { actor: 'Cán bộ một cửa' });
  try {
    const procedure = session.catalogue.findByCode('1.004873')!;
    const receivedAt = parseLocalDateTime(received)!;
    const due = dueDateAtReception(session, procedure.rule, receivedAt);
    session.dossiers.insert(
      { procedureCode: procedure.code, procedureName: procedure.name, field: procedure.field, channel: 'truc_tiep', receivedAt, rule: procedure.rule, baseDueDay: due.day },
      { actor: session.actor },
    );
  } finally {
    session.close();
  }
}

describe('calendar command', () => {
  it('lists the days off of 2026 with the text each comes from', async () => {
    const db = await initLedger(tempFolder());
    const r = await cli('calendar', '--db', db, '--year', '2026');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Lịch nghỉ chính thức năm 2026:');
    expect(r.stdout).toContain('2026-11-24\tThứ Ba\tnghỉ\tNgày Văn hóa Việt Nam\t(Nghị quyết 28/2026/QH16, Điều 2 (từ 01/7/2026))');
    expect(r.stdout).toContain('2026-08-22\tThứ Bảy\tlàm việc\tLàm bù cho thứ Hai 31/08/2026\t(Thông báo 9441/TB-BNV');
    const y2028 = await cli('calendar', '--db', db, '--year', '2028');
    expect(y2028.stdout).toContain('Chưa có lịch nghỉ chính thức năm 2028');
  });

  it('previews an edit without writing, then applies it and moves the due dates', async () => {
    const db = await initLedger(tempFolder());
    logDossier(db, '2026-12-01 09:00');
    expect((await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2026-12-01 09:00')).stdout.trim()).toBe('2026-12-04');
    const before = ledgerFingerprint(db);
    const preview = await cli('calendar', '--db', db, '--off', '2026-12-03', '--reason', 'Nghỉ do bão số 15', '--dry-run');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('1 hồ sơ sẽ đổi hạn trả.');
    expect(preview.stdout).toContain('04/12/2026 → 07/12/2026: 1 hồ sơ');
    expect(ledgerFingerprint(db)).toBe(before);

    const applied = await cli('calendar', '--db', db, '--off', '2026-12-03', '--reason', 'Nghỉ do bão số 15');
    expect(applied.stdout).toContain('1 hồ sơ đã đổi hạn trả.');
    const report = await cli('calendar', '--db', db, '--year', '2026');
    expect(report.stdout).toContain('2026-12-03\tThứ Năm\tnghỉ\tNghỉ do bão số 15\t(Thay đổi của cơ quan)');
    expect((await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2026-12-01 09:00')).stdout.trim()).toBe('2026-12-07');
  });

  it('a notice for 2028 ends the provisional marking; bad input is refused in Vietnamese', async () => {
    const db = await initLedger(tempFolder());
    const provisional = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2027-12-30 09:00');
    expect(provisional.stderr).toContain('tạm tính');
    const noted = await cli('calendar', '--db', db, '--notice', 'Thông báo số 1/TB-BNV ngày 01/11/2027', '--year', '2028');
    expect(noted.code, noted.stderr).toBe(0);
    const known = await cli('deadline', '--db', db, '--procedure', '1.004873', '--received', '2027-12-30 09:00');
    expect(known.stderr).toBe('');
    const noYear = await cli('calendar', '--db', db, '--notice', 'Thông báo');
    expect(noYear.code).not.toBe(0);
    expect(noYear.stderr).toContain('cần --year');
    const badDate = await cli('calendar', '--db', db, '--off', '2026-02-30', '--reason', 'x');
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toContain('không hợp lệ');
  });
});
