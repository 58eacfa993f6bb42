// The rules update from the receiving office (issue 10 point 3), end to end with real ledger files and
// real package bytes: the province makes the package with `make-rules-update`, a commune registers the
// province's fingerprint, looks at the dry run, imports; the calendar and the catalogue then say exactly
// what the dry run said, dossiers received before the effective date keep the old rule, a second import
// changes nothing, and a tampered, re-signed or unregistered package is refused with the ledger unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFullPackage, importRulesUpdate, listRulesAuthorities, previewRulesUpdate, restoreFromPackage } from '../../electron/handoff';
import { deadlineFor } from '../../electron/services/deadline-service';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { logDossier } from '../../electron/services/dossier-intake';
import { dayFromIso } from '../../shared/time/day';
import { PASSPHRASE, cli, hashLedger, open } from './helpers';
import { CONTENT, PROVINCE, intakeOf, register, setUp } from './rules-update-steps';

describe('rules update package', () => {
  it('changes the calendar and the catalogue exactly as the dry run showed; dossiers received before keep the old rule', async () => {
    const s = await setUp();
    await register(s);
    const before = hashLedger(s.commune);

    const dry = await cli('import-rules-update', '--db', s.commune, s.pkg, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Lịch làm việc: 2 ngày thay đổi.');
    expect(dry.stdout).toContain('Thứ Năm 14/10/2027: ngày làm việc → ngày nghỉ (Nghỉ do bão số 6 (Công điện 12/CĐ-UBND))');
    expect(dry.stdout).toContain('Thứ Bảy 23/10/2027: ngày nghỉ (Thứ Bảy) → ngày làm việc (Làm bù cho thứ Năm 14/10/2027 (Công điện 12/CĐ-UBND))');
    expect(dry.stdout).toContain('Danh mục thủ tục: 3 thay đổi.');
    expect(dry.stdout).toContain('1.004873 Cấp Giấy xác nhận tình trạng hôn nhân: từ 01/03/2027 thời hạn 5 ngày làm việc (trước đó: 3 ngày làm việc');
    expect(dry.stdout).toContain('1.003583 Đăng ký khai sinh lưu động: thôi áp dụng từ 01/03/2027');
    expect(dry.stdout).toContain('1.999001 Đăng ký khai sinh không phụ thuộc nơi cư trú: thêm vào danh mục');
    expect(hashLedger(s.commune)).toBe(before);

    // the same dry run through the module, kept to compare with what the import really does
    const session = open(s.commune);
    const bytes = readFileSync(s.pkg);
    const preview = previewRulesUpdate(session, bytes, { at: new Date('2026-12-03T03:00:00Z') });
    expect(preview.writes).toBe(true);
    expect(session.calendar().isWorkingDay(dayFromIso('2027-10-14'))).toBe(true);
    expect(session.catalogue.findByCode('1.999001')).toBeNull();
    // a dossier received before the effective date, logged before the import
    const early = logDossier(
      session,
      intakeOf('2027-02-25'),
      { day: dayFromIso('2027-02-25'), minute: 10 * 60 },
      new Date('2027-02-25T03:00:00Z'),
    );
    const earlyDue = early.dueDay;
    // a dossier whose count goes over the storm day: received Tue 12/10/2027, 5 working days under the new rule
    const stormy = logDossier(
      session,
      intakeOf('2027-10-12'),
      { day: dayFromIso('2027-10-12'), minute: 10 * 60 },
      new Date('2027-10-12T03:00:00Z'),
    );
    expect(stormy.rule.timeValue).toBe(3); // logged before the import: the ledger has no 2027-03 version yet
    expect(stormy.dueDay).toBe(dayFromIso('2027-10-15'));
    // one of another procedure (3 working days), moved by the calendar only: 13, 15, 18 (14 off)
    const other = logDossier(session, { ...intakeOf('2027-10-12'), procedureCode: '1.004859' }, { day: dayFromIso('2027-10-12'), minute: 10 * 60 }, new Date('2027-10-12T03:00:00Z'));
    expect(other.dueDay).toBe(dayFromIso('2027-10-15'));
    const dryRun = previewRulesUpdate(session, readFileSync(s.pkg), { at: new Date('2026-12-03T03:00:00Z') });
    expect(dryRun.ruleChanged.map((d) => [d.code, d.newDue])).toEqual([[stormy.code, dayFromIso('2027-10-20')]]); // 13, 15, 18, 19, 20 (14 off)
    // the stormy one is already counted with the new calendar when given the new rule: moved once, not twice
    expect(dryRun.moved.map((m) => [m.code, m.oldDue, m.newDue, m.ended])).toEqual([[other.code, dayFromIso('2027-10-15'), dayFromIso('2027-10-18'), false]]);
    expect(session.dossiers.getById(other.id)?.dueDay).toBe(dayFromIso('2027-10-15'));
    expect(session.dossiers.getById(stormy.id)?.dueDay).toBe(dayFromIso('2027-10-15'));
    session.close();

    const imported = await cli('import-rules-update', '--db', s.commune, s.pkg);
    // the dossier received "in 2027" is later than this computer's clock: only that warning is printed
    expect(imported.stderr).toMatch(/^(Cảnh báo: Đồng hồ của máy tính[^\n]*\n)?$/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 hồ sơ đang giải quyết nhận từ ngày hiệu lực trở đi được áp dụng quy định mới:');
    expect(imported.stdout).toContain(`${stormy.code}: thời hạn 3 ngày làm việc → 5 ngày làm việc; hạn trả 15/10/2027 → 20/10/2027`);
    expect(imported.stdout).toContain('Theo lịch mới, 1 hồ sơ đang giải quyết đổi hạn trả.');
    expect(imported.stdout).toContain(`${other.code}: hạn trả 15/10/2027 → 18/10/2027`);
    expect(imported.stdout).toContain('Đã nhập gói cập nhật quy định: 2 ngày, 3 thủ tục, 1 hồ sơ áp dụng quy định mới, 1 hồ sơ đổi hạn trả.');

    const after = open(s.commune);
    for (const day of preview.plan.calendar) {
      const status = after.calendar().describe(dayFromIso(day.date));
      expect({ working: status.working, reason: status.reason }).toEqual(day.after);
    }
    expect(after.calendar().isWorkingDay(dayFromIso('2027-10-14'))).toBe(false);
    expect(after.calendar().isWorkingDay(dayFromIso('2027-10-23'))).toBe(true);
    const edits = after.calendarEdits.listAll();
    expect(edits.map((e) => [e.date, e.kind, e.reason])).toEqual([
      ['2027-10-14', 'off', 'Nghỉ do bão số 6 (Công điện 12/CĐ-UBND)'],
      ['2027-10-23', 'work', 'Làm bù cho thứ Năm 14/10/2027 (Công điện 12/CĐ-UBND)'],
    ]);
    for (const e of edits) expect(e.createdBy).toMatch(new RegExp(`^dòng lệnh.* \\(gói cập nhật quy định của ${PROVINCE.unitName}\\)$`));

    expect(after.catalogue.findByCode('1.004873', dayFromIso('2027-02-28'))?.rule.timeValue).toBe(3);
    expect(after.catalogue.findByCode('1.004873', dayFromIso('2027-03-01'))?.rule.timeValue).toBe(5);
    expect(after.catalogue.findByCode('1.004873', dayFromIso('2027-03-01'))?.note).toBe('Căn cứ: Luật Hộ tịch 03/2026/QH16');
    expect(after.catalogue.findByCode('1.003583', dayFromIso('2027-02-28'))).not.toBeNull();
    expect(after.catalogue.findByCode('1.003583', dayFromIso('2027-03-01'))).toBeNull();
    expect(after.catalogue.findByCode('1.999001', dayFromIso('2027-02-28'))).toBeNull();
    expect(after.catalogue.findByCode('1.999001', dayFromIso('2027-03-01'))?.rule.timeValue).toBe(3);
    for (const p of preview.plan.procedures) {
      const inForce = after.catalogue.findByCode(p.code, dayFromIso(p.effectiveFrom));
      expect(inForce ? { name: inForce.name, rule: inForce.rule } : null).toEqual(p.after ? { name: p.after.name, rule: p.after.rule } : null);
    }

    // reception after the change uses the new version; the dossier received before keeps its snapshot
    expect(deadlineFor(after, '1.004873', '2027-03-01 09:00').due).toBe('2027-03-08'); // 5 working days
    expect(deadlineFor(after, '1.004873', '2027-02-25 09:00').due).toBe('2027-03-02'); // 3 working days
    const kept = after.dossiers.findByCodes([early.code]).get(early.code);
    expect(kept?.rule.timeValue).toBe(3);
    expect(kept?.dueDay).toBe(earlyDue);
    expect(after.db.prepare('SELECT count(*) FROM rules_updates').pluck().get()).toBe(1);
    const moved = after.dossiers.getById(stormy.id);
    expect([moved?.rule.timeValue, moved?.dueDay]).toEqual([5, dayFromIso('2027-10-20')]);
    expect(after.history.listForDossier(stormy.id).at(-1)?.action).toBe('rules_update');
    expect(after.dossiers.getById(other.id)?.dueDay).toBe(dayFromIso('2027-10-18'));
    const recomputed = after.history.listForDossier(other.id).at(-1);
    expect(recomputed?.action).toBe('recompute_due');
    expect(JSON.stringify(recomputed?.changes)).toContain('Hạn trả đổi từ 15/10/2027 sang 18/10/2027 do gói cập nhật quy định');
    after.close();

    // imported twice → nothing written at all
    const settled = hashLedger(s.commune);
    const again = await cli('import-rules-update', '--db', s.commune, s.pkg);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Gói này đã được nhập lúc');
    expect(again.stdout).toContain('Lịch làm việc: 0 ngày thay đổi, 2 ngày đã có trong sổ.');
    expect(again.stdout).toContain('Không có gì mới để ghi: sổ giữ nguyên.');
    expect(hashLedger(s.commune)).toBe(settled);
  });

  it('arriving after the effective date, gives the new rule to open dossiers received since, with history; earlier and ended ones keep theirs', async () => {
    const late = { ...CONTENT, calendar: [], procedures: [{ ...CONTENT.procedures[0], effective_from: '2026-11-02' }] };
    const s = await setUp(late);
    await register(s);
    const session = open(s.commune, 'Cán bộ một cửa');
    const intake = (date: string) => logDossier(session, intakeOf(date), { day: dayFromIso(date), minute: 10 * 60 }, new Date(`${date}T03:00:00Z`));
    const before = intake('2026-10-30'); // Friday, before the new rule
    const since = intake('2026-11-04'); // Wednesday, after it
    const ended = intake('2026-11-05');
    session.dossiers.update(ended.id, { endedOn: dayFromIso('2026-11-06') }, { actor: 'Cán bộ một cửa', at: new Date('2026-11-06T03:00:00Z'), action: 'result_ready' });
    const sinceDue = since.dueDay;
    const online = logDossier(session, { ...intakeOf('2026-11-04'), channel: 'truc_tuyen_toan_trinh' }, { day: dayFromIso('2026-11-04'), minute: 10 * 60 }, new Date('2026-11-04T03:00:00Z'));
    expect(typeof online.rule.onlineCutoffMinute).toBe('number');

    const bytes = readFileSync(s.pkg);
    const at = new Date('2026-12-03T03:00:00Z');
    const preview = previewRulesUpdate(session, bytes, { at });
    expect(preview.ruleChanged.map((d) => [d.code, d.oldRule.timeValue, d.newRule.timeValue])).toEqual([
      [since.code, 3, 5],
      [online.code, 3, 5],
    ]);
    expect(session.dossiers.getById(since.id)?.rule.timeValue).toBe(3); // the dry run rolled back
    expect(session.history.listForDossier(since.id).length).toBe(1);

    const outcome = importRulesUpdate(session, bytes, { at, expected: preview.planDigest });
    expect(outcome.ruleChanged).toEqual(preview.ruleChanged);
    const changed = session.dossiers.getById(since.id);
    expect(changed?.rule.timeValue).toBe(5);
    expect(changed?.dueDay).toBe(preview.ruleChanged[0]?.newDue);
    expect(changed?.dueDay).not.toBe(sinceDue);
    const events = session.history.listForDossier(since.id);
    expect(events.at(-1)?.action).toBe('rules_update');
    expect(JSON.stringify(events.at(-1)?.changes)).toContain('Áp dụng quy định mới của thủ tục từ 02/11/2026 (Luật Hộ tịch 03/2026/QH16): thời hạn 3 ngày làm việc → 5 ngày làm việc');
    // the online dossier takes the new time and keeps the clock start it was received with
    expect(session.dossiers.getById(online.id)?.rule).toEqual({ ...online.rule, timeValue: 5 });
    expect(session.dossiers.getById(before.id)?.rule.timeValue).toBe(3);
    expect(session.dossiers.getById(ended.id)?.rule.timeValue).toBe(3);

    // a paper ledger typed in later picks, like the desk, the version in force on each reception day
    const csv = [
      'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Nguyên nhân quá hạn',
      '000.00.21.H57-261030-0901,1.004873,Trực tiếp,2026-10-30 09:00,,,',
      '000.00.21.H57-261104-0901,1.004873,Trực tiếp,2026-11-04 09:00,,,',
    ].join('\n');
    const plan = await planImport(session, new TextEncoder().encode(csv), 'so-giay.csv');
    expect(plan.problems).toEqual([]);
    applyImport(session, plan, { update: false });
    const typed = session.dossiers.findByCodes(['000.00.21.H57-261030-0901', '000.00.21.H57-261104-0901']);
    expect([...typed.values()].map((d) => [d.code, d.rule.timeValue])).toEqual([
      ['000.00.21.H57-261030-0901', 3],
      ['000.00.21.H57-261104-0901', 5],
    ]);
  });

  it('refuses the import when the ledger changed since the dry run, and a desk restored from the full package keeps the key and the update', async () => {
    const s = await setUp();
    await register(s);
    const session = open(s.commune);
    const bytes = readFileSync(s.pkg);
    const preview = previewRulesUpdate(session, bytes);
    session.calendarEdits.add({ date: '2027-10-23', kind: 'off', reason: 'Xã tự nghỉ' }, { actor: 'Cán bộ' });
    expect(() => importRulesUpdate(session, bytes, { expected: preview.planDigest })).toThrow(/Sổ đã thay đổi từ lúc xem trước/);
    expect(session.catalogue.findByCode('1.999001')).toBeNull();
    const again = previewRulesUpdate(session, bytes);
    importRulesUpdate(session, bytes, { expected: again.planDigest });

    const full = join(s.folder, 'day-du.somc');
    exportFullPackage(session, { out: full, passphrase: PASSPHRASE });
    const target = join(s.folder, 'ban-2.db');
    restoreFromPackage(readFileSync(full), { target, passphrase: PASSPHRASE, actor: 'Khôi phục', deskNumber: 2 });
    const desk2 = open(target);
    expect(listRulesAuthorities(desk2.db).map((a) => a.fingerprint)).toEqual([s.fingerprint]);
    expect(desk2.catalogue.findByCode('1.999001', dayFromIso('2027-03-01'))).not.toBeNull();
    expect(previewRulesUpdate(desk2, bytes).alreadyImported).not.toBeNull();
    expect(previewRulesUpdate(desk2, bytes).writes).toBe(false);
  });
});
