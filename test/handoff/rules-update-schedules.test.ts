// A year's official schedule carried by the rules update: due dates counted into that year stop being
// provisional, and the commune's own notice of the year is replaced (kept, marked removed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRulesUpdate, previewRulesUpdate } from '../../electron/handoff';
import { deadlineFor } from '../../electron/services/deadline-service';
import { logDossier } from '../../electron/services/dossier-intake';
import { dueProvisional } from '../../electron/api/presenters/dossier';
import { dayFromIso } from '../../shared/time/day';
import { cli, hashLedger, open } from './helpers';
import { NOTICE_2028 } from './rules-update-fixture';
import { CONTENT, PROVINCE, intakeOf, register, setUp } from './rules-update-steps';

describe('rules update package: year schedules', () => {
  it('makes a year official from the notice in the package: due dates counted into it stop being provisional', async () => {
    const source = { title: 'Lịch nghỉ chính thức năm 2028', calendar: [], procedures: [], schedules: [{ year: 2028, notice: NOTICE_2028 }] };
    const s = await setUp(source);
    await register(s);
    const session = open(s.commune);
    // received Wed 29/12/2027, 3 working days: the count runs into 2028
    const dossier = logDossier(session, intakeOf('2027-12-29'), { day: dayFromIso('2027-12-29'), minute: 10 * 60 }, new Date('2027-12-29T03:00:00Z'));
    expect(dossier.dueDay).toBeGreaterThanOrEqual(dayFromIso('2028-01-01'));
    expect(dueProvisional(session, dossier)).toContain('chưa có lịch nghỉ chính thức năm 2028');
    expect(deadlineFor(session, '1.004873', '2027-12-29 09:00').provisional).toContain('năm 2028');
    session.close();
    const before = hashLedger(s.commune);

    const dry = await cli('import-rules-update', '--db', s.commune, s.pkg, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Lịch nghỉ chính thức: 1 năm thay đổi.');
    expect(dry.stdout).toContain(`Năm 2028: có lịch nghỉ chính thức theo ${NOTICE_2028}; hạn trả tính vào năm này không còn là tạm tính`);
    expect(dry.stdout).toContain('Lịch làm việc: 0 ngày thay đổi.');
    expect(dry.stdout).toContain('Danh mục thủ tục: 0 thay đổi.');
    expect(hashLedger(s.commune)).toBe(before);
    const still = open(s.commune);
    expect(deadlineFor(still, '1.004873', '2027-12-29 09:00').provisional).not.toBeNull();
    still.close();

    const imported = await cli('import-rules-update', '--db', s.commune, s.pkg);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Đã nhập gói cập nhật quy định: 0 ngày, lịch nghỉ chính thức 1 năm, 0 thủ tục.');
    const after = open(s.commune);
    const notices = after.calendarNotices.listAll();
    expect(notices.map((n) => [n.year, n.source, n.removedAt])).toEqual([[2028, NOTICE_2028, null]]);
    expect(notices[0]?.createdBy).toMatch(new RegExp(`^dòng lệnh.* \\(gói cập nhật quy định của ${PROVINCE.unitName}\\)$`));
    expect(deadlineFor(after, '1.004873', '2027-12-29 09:00').provisional).toBeNull();
    const record = after.dossiers.getById(dossier.id);
    expect(record?.dueDay).toBe(dossier.dueDay);
    expect(record ? dueProvisional(after, record) : 'missing').toBeNull();
    const changes = JSON.parse(String(after.db.prepare('SELECT changes FROM rules_updates').pluck().get())) as { schedules: unknown };
    expect(changes.schedules).toEqual([{ year: 2028, notice: NOTICE_2028, action: 'new', replaces: null, before: null }]);
    after.close();

    // imported twice → nothing written; another package with the same notice → nothing to write either
    const settled = hashLedger(s.commune);
    const again = await cli('import-rules-update', '--db', s.commune, s.pkg);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Lịch nghỉ chính thức: 0 năm thay đổi, 1 năm đã có trong sổ.');
    expect(again.stdout).toContain('Không có gì mới để ghi: sổ giữ nguyên.');
    const second = join(s.folder, 'lan-2.somc');
    expect((await cli('make-rules-update', '--db', s.province, '--from', join(s.folder, 'cap-nhat.json'), '--out', second)).code).toBe(0);
    const same = await cli('import-rules-update', '--db', s.commune, second);
    expect(same.code).toBe(0);
    expect(same.stdout).not.toContain('Gói này đã được nhập lúc');
    expect(same.stdout).toContain('Không có gì mới để ghi: sổ giữ nguyên.');
    expect(hashLedger(s.commune)).toBe(settled);
  });

  it('replaces the commune’s own notice of that year (kept, marked removed), and the preview digest covers the schedules', async () => {
    const s = await setUp({ ...CONTENT, schedules: [{ year: 2028, notice: NOTICE_2028 }] });
    await register(s);
    const session = open(s.commune);
    const bytes = readFileSync(s.pkg);
    const first = previewRulesUpdate(session, bytes);
    expect(first.plan.schedules).toEqual([{ year: 2028, notice: NOTICE_2028, action: 'new', replaces: null, before: null }]);
    session.calendarNotices.add({ year: 2028, source: 'Xã tự nhập theo công văn của huyện' }, { actor: 'Cán bộ', at: new Date('2026-12-01T03:00:00Z') });
    // the ledger changed since that dry run: the import would now replace a notice, so it is refused
    expect(() => importRulesUpdate(session, bytes, { expected: first.planDigest })).toThrow(/Sổ đã thay đổi từ lúc xem trước/);
    expect(session.calendarNotices.listAll().length).toBe(1);
    const preview = previewRulesUpdate(session, bytes);
    expect(preview.plan.schedules).toEqual([
      { year: 2028, notice: NOTICE_2028, action: 'replace', replaces: 'Xã tự nhập theo công văn của huyện', before: 'Xã tự nhập theo công văn của huyện' },
    ]);
    expect(session.calendarNotices.listAll().length).toBe(1); // the dry run rolled back
    importRulesUpdate(session, bytes, { expected: preview.planDigest });
    expect(session.calendarNotices.listAll().map((n) => [n.source, n.removedAt !== null])).toEqual([
      ['Xã tự nhập theo công văn của huyện', true],
      [NOTICE_2028, false],
    ]);
    expect(session.calendarNotices.listAll()[0]?.removedBy).toMatch(/\(gói cập nhật quy định của UBND tỉnh Thừa Thiên Huế\)$/);
    session.close();
  });
});
