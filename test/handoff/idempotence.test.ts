// Importing the same package twice changes nothing the second time (the ledger file is byte for byte the
// same); importing an older package after a newer one never rolls anything back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffError, exportFullPackage, exportReportPackage, importPackage, previewPackageImport, registerSendingUnit, setReceivingOffice } from '../../electron/handoff';
import { createReceivedReportStore } from '../../electron/handoff/received-reports';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { AT, HUONG_HUU, PASSPHRASE, cli, hashLedger, importFixture, initLedger, later, open, tempFolder } from './helpers';

const CODE = '000.00.21.H57-231215-0001';

async function twoPackages(folder: string) {
  const a = open(await initLedger(join(folder, 'a.db'), { ...HUONG_HUU, desk: 1 }), 'Bàn 1');
  await importFixture(a);
  const period = resolvePeriodRequest(a, { period: '2024-Q1' });
  const older = join(folder, 'older.somc');
  const newer = join(folder, 'newer.somc');
  const olderReport = join(folder, 'older-report.somc');
  const newerReport = join(folder, 'newer-report.somc');
  exportFullPackage(a, { out: older, passphrase: PASSPHRASE, at: later(1) });
  await exportReportPackage(a, { out: olderReport, period, at: later(1), includePdf: false });
  const x = a.dossiers.getByCode(CODE);
  a.dossiers.update(x?.id ?? '', { endedOn: null, ending: null, lateCause: 'Chờ xác minh' }, { actor: 'Bàn 1', at: later(2) });
  exportFullPackage(a, { out: newer, passphrase: PASSPHRASE, at: later(3) });
  const report = await exportReportPackage(a, { out: newerReport, period, at: later(3), includePdf: false });
  a.close();
  return { older, newer, olderReport, newerReport, fingerprint: report.fingerprint };
}

describe('idempotence', () => {
  it('a full package imported twice: the second import writes nothing at all', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const b = await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 });
    const firstSession = open(b);
    const first = importPackage(firstSession, readFileSync(p.newer), { passphrase: PASSPHRASE, at: later(10) });
    expect(first.counts.new).toBe(78);
    firstSession.close();
    const afterFirst = hashLedger(b);

    const session = open(b);
    const preview = previewPackageImport(session, readFileSync(p.newer), { passphrase: PASSPHRASE });
    expect(preview).toMatchObject({ writes: false, counts: { unchanged: 78, new: 0, updated: 0, conflict: 0, rejected: 0 } });
    expect(preview.dossiers.every((d) => d.reason === 'Giống hệt trong sổ.')).toBe(true);
    const second = importPackage(session, readFileSync(p.newer), { passphrase: PASSPHRASE, at: later(11) });
    expect(second.batchId).toBeNull();
    session.close();
    expect(hashLedger(b)).toBe(afterFirst);
  });

  it('a report package imported twice at the receiving office: the second writes nothing', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const office = await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông' });
    const s = open(office);
    setReceivingOffice(s, true, AT);
    registerSendingUnit(s, { unitCode: HUONG_HUU.unitCode, fingerprint: p.fingerprint }, AT);
    importPackage(s, readFileSync(p.newerReport), { at: later(10) });
    s.close();
    const before = hashLedger(office);
    const second = open(office);
    const again = importPackage(second, readFileSync(p.newerReport), { at: later(11) });
    expect(again).toMatchObject({ batchId: null, counts: { unchanged: 1 } });
    expect(again.report?.reason).toMatch(/đã được nhập lúc/);
    second.close();
    expect(hashLedger(office)).toBe(before);
  });

  it('an older full package after a newer one rolls nothing back', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }));
    importPackage(b, readFileSync(p.newer), { passphrase: PASSPHRASE, at: later(10) });
    const newest = b.dossiers.getByCode(CODE);
    expect(newest).toMatchObject({ version: 2, endedOn: null, lateCause: 'Chờ xác minh' });

    const stale = importPackage(b, readFileSync(p.older), { passphrase: PASSPHRASE, at: later(11) });
    expect(stale.counts).toEqual({ new: 0, updated: 0, unchanged: 78, conflict: 0, rejected: 0 });
    expect(stale.batchId).toBeNull();
    expect(stale.dossiers.find((d) => d.code === CODE)?.reason).toMatch(/Gói cũ hơn sổ.*không lùi lại/);
    expect(b.dossiers.getByCode(CODE)).toEqual(newest);
    expect(b.history.listForDossier(newest?.id ?? '')).toHaveLength(2);

    const secret = join(folder, 'mk.txt');
    writeFileSync(secret, PASSPHRASE);
    const shown = await cli('import-package', '--db', b.file, p.older, '--passphrase-file', secret);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/1 hồ sơ trong gói cũ hơn trong sổ: giữ bản trong sổ, không lùi lại\./);
    expect(shown.stdout).toMatch(/Không có gì mới để ghi: sổ giữ nguyên\./);
  });

  it('an older package first, then the newer one: the newer brings only what is missing', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }));
    importPackage(b, readFileSync(p.older), { passphrase: PASSPHRASE, at: later(10) });
    const update = importPackage(b, readFileSync(p.newer), { passphrase: PASSPHRASE, at: later(11) });
    expect(update.counts).toEqual({ new: 0, updated: 1, unchanged: 77, conflict: 0, rejected: 0 });
    const item = update.dossiers.find((d) => d.code === CODE);
    expect(item?.differences.map((d) => d.label)).toEqual(expect.arrayContaining(['Ngày có kết quả', 'Kết thúc', 'Nguyên nhân quá hạn']));
    expect(b.dossiers.getByCode(CODE)).toMatchObject({ version: 2, lateCause: 'Chờ xác minh' });
  });

  it('an older report after a newer one keeps the newer at the receiving office', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const s = open(await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông' }));
    setReceivingOffice(s, true, AT);
    registerSendingUnit(s, { unitCode: HUONG_HUU.unitCode, fingerprint: p.fingerprint }, AT);
    importPackage(s, readFileSync(p.newerReport), { at: later(10) });
    const stale = importPackage(s, readFileSync(p.olderReport), { at: later(11) });
    expect(stale.report).toMatchObject({ action: 'unchanged' });
    expect(stale.report?.reason).toMatch(/cũ hơn báo cáo đã nhận/);
    expect(stale.batchId).toBeNull();
    const current = createReceivedReportStore(s.db).current(HUONG_HUU.unitCode, '2024-Q1@nd09');
    expect(current?.report.total.pending).toBe(16);
  });

  it('refuses to apply when the ledger changed since the preview the user saw', async () => {
    const folder = tempFolder();
    const p = await twoPackages(folder);
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }));
    const preview = previewPackageImport(b, readFileSync(p.older), { passphrase: PASSPHRASE });
    importPackage(b, readFileSync(p.older), { passphrase: PASSPHRASE, at: later(10) });
    expect(() => importPackage(b, readFileSync(p.older), { passphrase: PASSPHRASE, expected: preview.counts })).toThrow(HandoffError);
  });
});
