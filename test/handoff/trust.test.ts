// Who a ledger accepts packages from: the unit's own key (adopted by a new desk), another desk's key once
// registered, units registered at the receiving office — or trusted at their first package when asked
// explicitly, which never overrides a registration. Dossiers are matched by id, never by similarity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportFullPackage,
  exportReportPackage,
  importPackage,
  listRegisteredUnits,
  previewPackageImport,
  registerSendingUnit,
  setReceivingOffice,
  unitIdentity,
} from '../../electron/handoff';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { AT, HUONG_HUU, PASSPHRASE, dossier, importFixture, initLedger, later, open, tempFolder } from './helpers';

describe('trust', () => {
  it('a desk with a key of its own accepts another desk of the unit only once its key is registered', async () => {
    const folder = tempFolder();
    const a = open(await initLedger(join(folder, 'a.db'), { ...HUONG_HUU, desk: 1 }));
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }));
    a.dossiers.insert(dossier('2024-03-07', 9 * 60), { actor: 'Bàn 1', at: AT });
    const fromA = join(folder, 'a.somc');
    const exported = exportFullPackage(a, { out: fromA, passphrase: PASSPHRASE, at: later(1) });
    exportFullPackage(b, { out: join(folder, 'b.somc'), passphrase: PASSPHRASE, at: later(1) });
    expect(unitIdentity(b)?.fingerprint).not.toBe(exported.fingerprint);

    expect(() => previewPackageImport(b, readFileSync(fromA), { passphrase: PASSPHRASE })).toThrow(/không phải khóa đã đăng ký/);
    registerSendingUnit(b, { unitCode: HUONG_HUU.unitCode, fingerprint: exported.fingerprint, unitName: 'Bàn 1' }, AT);
    const outcome = importPackage(b, readFileSync(fromA), { passphrase: PASSPHRASE, at: later(2) });
    expect(outcome.trust).toBe('registered');
    expect(outcome.counts.new).toBe(1);
    expect(unitIdentity(b)?.fingerprint).not.toBe(exported.fingerprint);
  });

  it('trust on first use happens only when asked for, and never overrides a registration', async () => {
    const folder = tempFolder();
    const period = (s: Parameters<typeof resolvePeriodRequest>[0]) => resolvePeriodRequest(s, { period: '2024-Q1' });
    const unit = open(await initLedger(join(folder, 'unit.db'), { ...HUONG_HUU, desk: 1 }));
    const impostor = open(await initLedger(join(folder, 'impostor.db'), { ...HUONG_HUU, desk: 1 }));
    const real = join(folder, 'real.somc');
    const fake = join(folder, 'fake.somc');
    const exported = await exportReportPackage(unit, { out: real, period: period(unit), at: later(1), includePdf: false });
    await exportReportPackage(impostor, { out: fake, period: period(impostor), at: later(2), includePdf: false });

    const office = open(await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông' }));
    setReceivingOffice(office, true, AT);
    expect(() => previewPackageImport(office, readFileSync(real))).toThrow(/chưa được đăng ký/);
    const first = importPackage(office, readFileSync(real), { trustNewUnit: true, at: later(3) });
    expect(first.trust).toBe('first_use');
    expect(listRegisteredUnits(office)).toEqual([expect.objectContaining({ unitCode: HUONG_HUU.unitCode, fingerprint: exported.fingerprint, how: 'first_use' })]);
    expect(() => importPackage(office, readFileSync(fake), { trustNewUnit: true })).toThrow(/có thể bị giả mạo/);
  });

  it('never matches dossiers by similarity: the same paper ledger imported on two desks is rejected, with the reason', async () => {
    const folder = tempFolder();
    const a = open(await initLedger(join(folder, 'a.db'), { ...HUONG_HUU, desk: 1 }));
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }));
    await importFixture(a);
    await importFixture(b);
    const out = join(folder, 'a.somc');
    exportFullPackage(a, { out, passphrase: PASSPHRASE, at: later(1) });
    const outcome = importPackage(b, readFileSync(out), { passphrase: PASSPHRASE, at: later(2) });
    expect(outcome.counts).toEqual({ new: 0, updated: 0, unchanged: 0, conflict: 0, rejected: 78 });
    expect(outcome.dossiers[0]?.reason).toMatch(/đã có trong sổ ở một hồ sơ khác \(khác mã định danh\)/);
    expect(b.dossiers.count()).toBe(78);
    // Adopting the unit's key was the only change.
    expect(outcome.trust).toBe('adopt_key');
    expect(unitIdentity(b)?.fingerprint).toBe(unitIdentity(a)?.fingerprint);
  });
});
