// What the rules update refuses, with the ledger unchanged: an unregistered sender, a tampered or
// re-signed package, a package where it does not belong, a bad source file (every problem by where it is),
// a change contradicting the commune catalogue, a bad schedules entry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRulesUpdate, previewRulesUpdate } from '../../electron/handoff';
import { generateUnitKey } from '../../electron/handoff/keys';
import { readPackage } from '../../electron/handoff/package-reader';
import { buildPackage, signAndWrap } from '../../electron/handoff/package-writer';
import { RULES_PART } from '../../electron/handoff/rules-update-export';
import { cli, hashLedger, initLedger, open, tempFolder } from './helpers';
import { CONTENT, COMMUNE, PROVINCE, register, setUp } from './rules-update-steps';

describe('rules update package refusals', () => {
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

  it('refuses a bad schedules entry, pointing at it, and writes no package', async () => {
    const folder = tempFolder();
    const province = await initLedger(join(folder, 'tinh.db'), PROVINCE);
    await cli('receiving-office', '--db', province);
    const source = join(folder, 'loi.json');
    const out = join(folder, 'loi.somc');
    const make = async (schedules: unknown) => {
      writeFileSync(source, JSON.stringify({ title: 'Lịch nghỉ', calendar: [], procedures: [], schedules }));
      return cli('make-rules-update', '--db', province, '--from', source, '--out', out);
    };
    const bad = await make([{ year: 1999, notice: 'Thông báo A' }, { year: 2028, notice: '  ' }, { year: '2029', notice: 'Thông báo C' }, { year: 2030, notice: 'D', so: 1 }]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('schedules[0].year: Năm phải từ 2000 đến 2099.');
    expect(bad.stderr).toContain('schedules[1].notice: Thiếu thông báo lịch nghỉ (số, ngày).');
    expect(bad.stderr).toContain('schedules[2].year: Năm phải là số.');
    expect(bad.stderr).toContain('schedules[3]: có mục không được biết: so.');
    const twice = await make([{ year: 2028, notice: 'Thông báo A' }, { year: 2028, notice: 'Thông báo B' }]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('schedules[1].year: Năm 2028 được kê hai lần');
    expect((await make([])).stderr).toContain('Gói không có thay đổi nào.');
    expect(() => readFileSync(out)).toThrow();
  });
});
