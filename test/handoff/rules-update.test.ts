// The rules update from the receiving office (issue 10 point 3), end to end with real ledger files and
// real package bytes: the province makes the package with `make-rules-update`, a commune registers the
// province's fingerprint, looks at the dry run, imports; the calendar and the catalogue then say exactly
// what the dry run said, dossiers received before the effective date keep the old rule, a second import
// changes nothing, and a tampered, re-signed or unregistered package is refused with the ledger unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFullPackage, importRulesUpdate, listRulesAuthorities, previewRulesUpdate, restoreFromPackage } from '../../electron/handoff';
import { generateUnitKey } from '../../electron/handoff/keys';
import { readPackage } from '../../electron/handoff/package-reader';
import { buildPackage, signAndWrap } from '../../electron/handoff/package-writer';
import { RULES_PART } from '../../electron/handoff/rules-update-export';
import { deadlineFor } from '../../electron/services/deadline-service';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { logDossier } from '../../electron/services/dossier-intake';
import { dayFromIso } from '../../shared/time/day';
import { PASSPHRASE, cli, hashLedger, initLedger, open, tempFolder } from './helpers';
import { RULES_UPDATE_SOURCE } from './rules-update-fixture';

const PROVINCE = { unitName: 'UBND tỉnh Thừa Thiên Huế', unitCode: '000.00.00.H57' };
const COMMUNE = { unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57' };

const CONTENT = RULES_UPDATE_SOURCE;

interface Setup {
  folder: string;
  province: string;
  commune: string;
  pkg: string;
  fingerprint: string;
}

async function setUp(content: unknown = CONTENT): Promise<Setup> {
  const folder = tempFolder();
  const province = await initLedger(join(folder, 'tinh.db'), PROVINCE);
  expect((await cli('receiving-office', '--db', province)).code).toBe(0);
  const source = join(folder, 'cap-nhat.json');
  writeFileSync(source, JSON.stringify(content, null, 2));
  const pkg = join(folder, 'cap-nhat.somc');
  const made = await cli('make-rules-update', '--db', province, '--from', source, '--out', pkg);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  const fingerprint = /Dấu vân tay khóa ký: ([0-9A-Z-]{19})/.exec(made.stdout)?.[1] ?? '';
  expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const commune = await initLedger(join(folder, 'xa.db'), COMMUNE);
  return { folder, province, commune, pkg, fingerprint };
}

async function register(s: Setup): Promise<void> {
  const registered = await cli('rules-sender', '--db', s.commune, '--unit-code', PROVINCE.unitCode, '--fingerprint', s.fingerprint.toLowerCase(), '--unit-name', PROVINCE.unitName);
  expect(registered.code).toBe(0);
  expect(registered.stdout).toContain(s.fingerprint);
}

const intakeOf = (date: string) => ({
  procedureCode: '1.004873',
  channel: 'truc_tiep' as const,
  receivedAt: { day: dayFromIso(date), minute: 9 * 60 },
  applicantName: 'Lê Văn Cường',
  idNumber: '',
  phone: '',
  address: '',
  documents: [],
  fee: 0,
  digitisedDossier: false,
  paidOnline: false,
  note: '',
});

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

  it('refuses a package from an unregistered sender, then accepts it once the fingerprint is registered', async () => {
    const s = await setUp();
    const before = hashLedger(s.commune);
    const refused = await cli('import-rules-update', '--db', s.commune, s.pkg, '--dry-run');
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('chưa được đăng ký ở sổ này là nơi gửi cập nhật quy định');
    expect(refused.stderr).toContain(`Dấu vân tay của khóa đã ký gói này là ${s.fingerprint}`);
    expect(refused.stderr).toContain('Không có gì được ghi vào sổ.');
    expect((await cli('import-rules-update', '--db', s.commune, s.pkg)).code).toBe(3);
    expect(hashLedger(s.commune)).toBe(before);
    await register(s);
    expect((await cli('import-rules-update', '--db', s.commune, s.pkg)).code).toBe(0);
  });

  it('refuses a tampered package and one re-signed by another key, the ledger unchanged', async () => {
    const s = await setUp();
    await register(s);
    const before = hashLedger(s.commune);
    const original = readFileSync(s.pkg);

    const flipped = Buffer.from(original);
    const at = original.length - 40; // inside the payload, before the trailer
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    const tampered = join(s.folder, 'sua.somc');
    writeFileSync(tampered, flipped);
    const damaged = await cli('import-rules-update', '--db', s.commune, tampered);
    expect(damaged.code).toBe(3);
    expect(damaged.stderr).toMatch(/Gói bị hỏng/);

    // the manifest edited and the file's checksum recomputed: the signature no longer matches
    const pkg = readPackage(original);
    const manifest = { ...pkg.manifest, counts: { calendar_days: 9, procedures: 9 } };
    const payload = Buffer.concat(pkg.manifest.parts.map((p) => pkg.stored(p.name)?.bytes ?? Buffer.alloc(0)));
    const forgedManifest = join(s.folder, 'gia-ke-khai.somc');
    writeFileSync(forgedManifest, signAndWrap(Buffer.from(JSON.stringify(manifest)), payload, generateUnitKey().privateKey));
    const badSignature = await cli('import-rules-update', '--db', s.commune, forgedManifest);
    expect(badSignature.code).toBe(3);
    expect(badSignature.stderr).toMatch(/Chữ ký số của gói không đúng/);

    // a whole new package in the province's name, signed by another key
    const content = JSON.parse(readFileSync(join(s.folder, 'cap-nhat.json'), 'utf8')) as typeof CONTENT;
    content.calendar[0] = { date: '2027-10-15', kind: 'off', reason: 'Nghỉ', basis: 'Giả mạo' };
    const forged = join(s.folder, 'gia-mao.somc');
    writeFileSync(
      forged,
      buildPackage({
        kind: 'rules_update',
        appVersion: '0.1.0',
        createdAt: new Date('2026-12-03T03:00:00Z'),
        sender: { unitCode: PROVINCE.unitCode, unitName: PROVINCE.unitName, desk: null },
        receivingUnit: '',
        period: null,
        schemaVersion: pkg.manifest.schema_version,
        counts: pkg.manifest.counts,
        parts: [{ name: RULES_PART, mediaType: 'application/json', content: Buffer.from(JSON.stringify(content)), compress: true }],
        key: generateUnitKey(),
        passphrase: null,
      }),
    );
    const impostor = await cli('import-rules-update', '--db', s.commune, forged);
    expect(impostor.code).toBe(3);
    expect(impostor.stderr).toMatch(/không phải khóa đã đăng ký.*có thể bị giả mạo/s);
    expect(hashLedger(s.commune)).toBe(before);
  });

  it('is refused where it does not belong, and the handoff import sends it to its own command', async () => {
    const s = await setUp();
    await register(s);
    const atOffice = await cli('import-rules-update', '--db', s.province, s.pkg);
    expect(atOffice.code).toBe(3);
    expect(atOffice.stderr).toMatch(/sổ của đơn vị nhận báo cáo/);
    const asHandoff = await cli('import-package', '--db', s.commune, s.pkg, '--dry-run');
    expect(asHandoff.code).toBe(3);
    expect(asHandoff.stderr).toMatch(/import-rules-update/);
    const commune2 = await initLedger(join(s.folder, 'xa2.db'), { ...COMMUNE, unitName: 'UBND xã Hương Phú', unitCode: '000.00.22.H57' });
    expect((await cli('receiving-office', '--db', commune2)).code).toBe(0);
    expect((await cli('receiving-office', '--db', commune2, '--off')).code).toBe(0);
    const madeAtCommune = await cli('make-rules-update', '--db', commune2, '--from', join(s.folder, 'cap-nhat.json'), '--out', join(s.folder, 'x.somc'));
    expect(madeAtCommune.code).toBe(1);
    expect(madeAtCommune.stderr).toMatch(/Chỉ sổ của đơn vị nhận báo cáo/);
  });

  it('lists every problem of the source file by where it is, and writes no package', async () => {
    const folder = tempFolder();
    const province = await initLedger(join(folder, 'tinh.db'), PROVINCE);
    await cli('receiving-office', '--db', province);
    const bad = {
      ...CONTENT,
      calendar: [CONTENT.calendar[0], { ...CONTENT.calendar[0], date: '2027-02-30' }, CONTENT.calendar[0]],
      procedures: [{ ...CONTENT.procedures[0], time_unit: 'tuần' }, { ...CONTENT.procedures[2], time_unit: 'same_day' }],
    };
    const source = join(folder, 'loi.json');
    writeFileSync(source, JSON.stringify(bad));
    const out = join(folder, 'loi.somc');
    const result = await cli('make-rules-update', '--db', province, '--from', source, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('calendar[1].date: Ngày không hợp lệ');
    expect(result.stderr).toContain('procedures[0].time_unit: Đơn vị thời hạn phải là');
    expect(result.stderr).toContain('procedures[1].cutoff: Thủ tục giải quyết trong ngày cần giờ tiếp nhận muộn nhất');
    expect(() => readFileSync(out)).toThrow();
    writeFileSync(source, JSON.stringify({ ...CONTENT, calendar: [CONTENT.calendar[0], CONTENT.calendar[1], CONTENT.calendar[0]] }));
    const twice = await cli('make-rules-update', '--db', province, '--from', source, '--out', out);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('calendar[2].date: Ngày 2027-10-14 được kê hai lần.');
  });

  it('refuses a change that contradicts the commune catalogue, and replaces the commune’s own edit of a date', async () => {
    const s = await setUp();
    await register(s);
    const session = open(s.commune);
    session.catalogue.addVersion(
      {
        code: '1.004873',
        name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        field: 'Hộ tịch',
        rule: { timeValue: 4, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 },
        note: 'Xã tự nhập',
        confidence: 'practice',
        effectiveFrom: '2027-03-01',
        effectiveTo: null,
      },
      { actor: 'Cán bộ', at: new Date('2026-12-01T03:00:00Z') },
    );
    session.close();
    const before = hashLedger(s.commune);
    const refused = await cli('import-rules-update', '--db', s.commune, s.pkg);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('Thay đổi thủ tục 1.004873 trong gói không khớp với danh mục của sổ này: sổ đã có một phiên bản khác bắt đầu hiệu lực ngày 01/03/2027.');
    expect(hashLedger(s.commune)).toBe(before);

    const other = await setUp({ ...CONTENT, procedures: [] });
    await register(other);
    const commune = open(other.commune);
    commune.calendarEdits.add({ date: '2027-10-14', kind: 'work', reason: 'Trực tiếp dân' }, { actor: 'Cán bộ', at: new Date('2026-12-01T03:00:00Z') });
    const preview = previewRulesUpdate(commune, readFileSync(other.pkg));
    expect(preview.plan.calendar[0]).toMatchObject({ action: 'replace', replaces: { kind: 'work', reason: 'Trực tiếp dân' }, before: { working: true }, after: { working: false } });
    const outcome = importRulesUpdate(commune, readFileSync(other.pkg), { expected: preview.planDigest });
    expect(outcome.writes).toBe(true);
    expect(commune.calendarEdits.listAll().map((e) => [e.date, e.kind, e.removedAt !== null])).toEqual([
      ['2027-10-14', 'work', true],
      ['2027-10-14', 'off', false],
      ['2027-10-23', 'work', false],
    ]);
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
