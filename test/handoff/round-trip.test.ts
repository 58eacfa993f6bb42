// Each kind of package there and back: a full package makes the other desk's ledger hold the same
// dossiers with the same histories; a report package gives the receiving office the commune's figures and
// PDF; a restore rebuilds the whole ledger, signing key included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consolidatePeriod,
  exportFullPackage,
  exportReportPackage,
  importPackage,
  registerSendingUnit,
  restoreFromPackage,
  setReceivingOffice,
  unitIdentity,
} from '../../electron/handoff';
import { collectDossiers } from '../../electron/handoff/dossier-content';
import { collectLedgerTables } from '../../electron/handoff/ledger-content';
import { createReceivedReportStore } from '../../electron/handoff/received-reports';
import { LATEST_SCHEMA_VERSION, schemaVersionOf } from '../../electron/ledger';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { periodReportView, signOffPeriod } from '../../electron/services/signoff-service';
import { dayFromIso } from '../../shared/time/day';
import { AT, HUONG_HUU, PASSPHRASE, dossier, importFixture, initLedger, later, open, q1Report, tempFolder } from './helpers';
import { setChairmanPin } from '../../electron/security/chairman-pin';

const TEST_PIN = '583941';

/** The fixture plus dossiers with personal data, documents, a supplement request and later edits. */
async function richDesk(file: string): Promise<LedgerSession> {
  await initLedger(file, { ...HUONG_HUU, desk: 1, receivingUnit: 'UBND huyện Nam Đông' });
  const s = open(file, 'Bàn 1');
  await importFixture(s);
  const a = s.dossiers.insert(
    dossier('2024-03-04', 9 * 60, {
      applicantName: 'Trần Thị Bích Ngọc',
      idNumber: '046185000123',
      phone: '0905 111 222',
      address: 'Thôn Hương Sơn, xã Hương Hữu',
      documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính', quantity: 1 }],
    }),
    { actor: 'Bàn 1', at: AT },
  );
  s.dossiers.update(a.id, { supplements: [{ requestedOn: dayFromIso('2024-03-05'), returnedOn: dayFromIso('2024-03-07') }] }, { actor: 'Bàn 1', at: later(1) });
  s.dossiers.update(a.id, { endedOn: dayFromIso('2024-03-08'), ending: 'giai_quyet', note: 'Đã gọi điện báo' }, { actor: 'Bàn 1', at: later(2) });
  return s;
}

const withoutLocalNumbers = (dossiers: ReturnType<typeof collectDossiers>) =>
  dossiers.map((d) => ({ row: d.row, events: d.events.map(({ seq: _seq, batch_id: _batch, ...e }) => e) }));

describe('round trips', () => {
  it('full package: the other desk holds the same dossiers, versions and histories, and signs as the unit', async () => {
    const folder = tempFolder();
    const a = await richDesk(join(folder, 'a.db'));
    const out = join(folder, 'a-full.somc');
    const exported = exportFullPackage(a, { out, passphrase: PASSPHRASE, at: later(10) });
    expect(exported.counts.dossiers).toBe(79);

    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }), 'Bàn 2');
    const outcome = importPackage(b, readFileSync(out), { passphrase: PASSPHRASE, fileName: 'a-full.somc', at: later(20) });
    expect(outcome.counts).toEqual({ new: 79, updated: 0, unchanged: 0, conflict: 0, rejected: 0 });
    expect(outcome.dossiers.every((d) => d.reason.length > 0)).toBe(true);

    expect(withoutLocalNumbers(collectDossiers(b.db))).toEqual(withoutLocalNumbers(collectDossiers(a.db)));
    expect(q1Report(b)).toEqual(q1Report(a));
    expect(unitIdentity(b)?.fingerprint).toBe(exported.fingerprint);
    expect(b.settings().deskNumber).toBe(2);
    const batch = b.importBatches.findBySha256(exported.sha256);
    expect(batch.map((x) => x.kind)).toEqual(['package_full']);
  });

  it('report package: the receiving office gets the commune’s figures, late list and PDF', async () => {
    const folder = tempFolder();
    const a = await richDesk(join(folder, 'a.db'));
    const period = resolvePeriodRequest(a, { period: '2024-Q1' });
    const out = join(folder, 'bao-cao.somc');
    const exported = await exportReportPackage(a, { out, period, at: later(10) });

    const office = open(await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông', unitCode: 'H57' }), 'Phòng Nội vụ');
    setReceivingOffice(office, true, AT);
    registerSendingUnit(office, { unitCode: HUONG_HUU.unitCode, fingerprint: exported.fingerprint }, AT);
    const outcome = importPackage(office, readFileSync(out), { at: later(30) });
    expect(outcome.report?.action).toBe('new');

    const received = createReceivedReportStore(office.db).current(HUONG_HUU.unitCode, '2024-Q1@nd09');
    expect(received?.report).toEqual(q1Report(a));
    expect(received?.hasPdf).toBe(true);
    expect(createReceivedReportStore(office.db).pdf(received?.id ?? 0)?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(consolidatePeriod(office, '2024-Q1@nd09')?.total).toEqual(q1Report(a).total);
  });

  it('restore: a full package rebuilds the whole ledger on a new PC, signing key included', async () => {
    const folder = tempFolder();
    const a = await richDesk(join(folder, 'a.db'));
    a.calendarEdits.add({ date: '2024-03-11', kind: 'off', reason: 'Bão số 3' }, { actor: 'Bàn 1', at: later(3) });
    // A signed period with a correction after it: the restore must not invent or lose corrections.
    setChairmanPin(a.db, TEST_PIN, { actor: 'Chủ tịch' });
    signOffPeriod(a, resolvePeriodRequest(a, { period: '2024-Q1' }), { signerName: 'Hồ Văn Ẩn', pin: TEST_PIN });
    const pending = a.dossiers.listPage({ filter: { status: 'pending' }, limit: 1 }).items[0];
    a.dossiers.update(pending?.id ?? '', { lateCause: 'Ghi sau khi ký' }, { actor: 'Bàn 1', at: later(4) });
    expect(a.db.prepare('SELECT count(*) FROM report_corrections').pluck().get()).toBe(1);
    const out = join(folder, 'backup.somc');
    const exported = exportFullPackage(a, { out, passphrase: PASSPHRASE, at: later(10) });

    const target = join(folder, 'restored.db');
    const restored = restoreFromPackage(readFileSync(out), { target, passphrase: PASSPHRASE, actor: 'Khôi phục', at: later(20) });
    expect(restored).toMatchObject({ dossiers: 79, unitCode: HUONG_HUU.unitCode, fingerprint: exported.fingerprint });

    const r = open(target);
    expect(schemaVersionOf(r.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(collectDossiers(r.db)).toEqual(collectDossiers(a.db));
    expect(collectLedgerTables(r.db)).toEqual(collectLedgerTables(a.db));
    expect(r.settings()).toEqual(a.settings());
    expect(q1Report(r)).toEqual(q1Report(a));
    expect(r.calendar().isWorkingDay(dayFromIso('2024-03-11'))).toBe(false);
    expect(unitIdentity(r)?.fingerprint).toBe(exported.fingerprint);
    expect((r.db.pragma('integrity_check', { simple: true }) as string)).toBe('ok');

    expect(() => restoreFromPackage(readFileSync(out), { target, passphrase: PASSPHRASE, actor: 'Khôi phục' })).toThrow(/không ghi đè/);
    expect(() => restoreFromPackage(readFileSync(out), { target: join(folder, 'x.db'), passphrase: 'sai mật khẩu rồi', actor: 'Khôi phục' })).toThrow(
      /Mật khẩu không đúng/,
    );
  });

  it('restore onto a new desk gives it its own desk number', async () => {
    const folder = tempFolder();
    const a = await richDesk(join(folder, 'a.db'));
    const out = join(folder, 'backup.somc');
    exportFullPackage(a, { out, passphrase: PASSPHRASE, at: later(10) });
    const target = join(folder, 'desk3.db');
    restoreFromPackage(readFileSync(out), { target, passphrase: PASSPHRASE, actor: 'Khôi phục', deskNumber: 3 });
    const r = open(target);
    expect(r.settings().deskNumber).toBe(3);
    const logged = r.dossiers.insert(dossier('2024-03-12', 8 * 60), { actor: 'Bàn 3', at: later(30) });
    expect(logged.code).toBe('000.00.21.H57-240312-3001');
  });

  it('a signed period travels as signed; a change merged later into it is recorded as a correction', async () => {
    const folder = tempFolder();
    const a = await richDesk(join(folder, 'a.db'));
    const b = open(await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 }), 'Chủ tịch');
    const first = join(folder, 'first.somc');
    exportFullPackage(a, { out: first, passphrase: PASSPHRASE, at: later(5) });
    importPackage(b, readFileSync(first), { passphrase: PASSPHRASE, at: later(6) });
    const period = resolvePeriodRequest(b, { period: '2024-Q1' });
    setChairmanPin(b.db, TEST_PIN, { actor: 'Chủ tịch' });
    signOffPeriod(b, period, { signerName: 'Hồ Văn Ẩn', pin: TEST_PIN });
    const signed = q1Report(b);

    // Desk 1 closes a pending dossier of the signed quarter; desk 2 merges it.
    const pending = a.dossiers.listPage({ filter: { status: 'pending' }, limit: 1 }).items[0];
    a.dossiers.update(pending?.id ?? '', { endedOn: dayFromIso('2024-03-13'), ending: 'giai_quyet' }, { actor: 'Bàn 1', at: later(7) });
    const second = join(folder, 'second.somc');
    exportFullPackage(a, { out: second, passphrase: PASSPHRASE, at: later(8) });
    expect(importPackage(b, readFileSync(second), { passphrase: PASSPHRASE, at: later(9) }).counts.updated).toBe(1);
    const view = periodReportView(b, period);
    expect(view.corrections.map((c) => c.code)).toEqual([pending?.code]);
    expect(view.current?.total.resolved).toBe(signed.total.resolved + 1);

    // The report package carries the figures as signed, and says so.
    const out = join(folder, 'bao-cao.somc');
    const exported = await exportReportPackage(b, { out, period, at: later(10), includePdf: false });
    const office = open(await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông' }));
    setReceivingOffice(office, true, AT);
    registerSendingUnit(office, { unitCode: HUONG_HUU.unitCode, fingerprint: exported.fingerprint }, AT);
    importPackage(office, readFileSync(out), { at: later(11) });
    const received = createReceivedReportStore(office.db).current(HUONG_HUU.unitCode, '2024-Q1@nd09');
    expect(received?.report).toEqual(view.report);
    expect(received?.report.total.resolved).toBe(signed.total.resolved);
    expect(received?.signed?.signer).toBe('Hồ Văn Ẩn');
  });
});
