// Sign-off freezes a period's figures; later edits become corrections listed against them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { dayFromIso } from '../../shared/time/day';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { periodReportView, signOffPeriod } from '../../electron/services/signoff-service';
import { FIXTURE_CSV, cli, cliAt, initLedger, tempFolder } from '../cli/helpers';
import { setChairmanPin } from '../../electron/security/chairman-pin';

const TEST_PIN = '583941';

const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
const q2 = resolvePeriod(parsePeriodSpec('2024-Q2')!, 'nd09');

async function ledgerWithFixture() {
  const db = await initLedger(tempFolder());
  await cli('import', '--db', db, FIXTURE_CSV);
  const session = openLedgerSession(db, { actor: 'Chủ tịch (kiểm thử)' });
  setChairmanPin(session.db, TEST_PIN, { actor: session.actor });
  return session;
}

describe('sign-off', () => {
  it('freezes the figures; an edit afterwards is a correction shown against them and listed on the next report', async () => {
    const session = await ledgerWithFixture();
    try {
      const before = periodReportView(session, q1).report;
      expect(() => signOffPeriod(session, q1, { signerName: 'Nguyễn Văn B', pin: '000000' })).toThrow(/PIN/);
      signOffPeriod(session, q1, { signerName: 'Nguyễn Văn B', pin: TEST_PIN });
      expect(() => signOffPeriod(session, q1, { signerName: 'Nguyễn Văn B', pin: TEST_PIN })).toThrow(/đã được ký duyệt/);

      // A pending Q1 dossier gets its result late, after the sign-off.
      const pending = session.dossiers.getByCode('000.00.21.H57-240314-0078') ?? session.dossiers.listPage({ filter: { status: 'pending' }, limit: 1 }).items[0];
      expect(pending).toBeTruthy();
      session.dossiers.update(pending!.id, { endedOn: dayFromIso('2024-03-13'), ending: 'giai_quyet' }, { actor: 'Cán bộ một cửa' });

      const signed = periodReportView(session, q1);
      expect(signed.signoff?.signer).toBe('Nguyễn Văn B');
      expect(signed.report).toEqual(before); // frozen
      expect(signed.current?.total.resolved).toBe(before.total.resolved + 1); // the ledger moved on
      expect(signed.corrections).toHaveLength(1);
      expect(signed.corrections[0]).toMatchObject({ code: pending!.code, kind: 'changed', actor: 'Cán bộ một cửa' });
      expect(Object.keys(signed.corrections[0]!.changes)).toContain('ended_day');

      const next = periodReportView(session, q2);
      expect(next.earlierCorrections.map((c) => c.code)).toEqual([pending!.code]);
      // Once Q2 is signed, the correction has been listed and is not carried again.
      signOffPeriod(session, q2, { signerName: 'Nguyễn Văn B', pin: TEST_PIN });
      const q3 = resolvePeriod(parsePeriodSpec('2024-Q3')!, 'nd09');
      expect(periodReportView(session, q3).earlierCorrections).toEqual([]);
    } finally {
      session.close();
    }
  });

  it('a dossier logged later into a signed period is a correction too; signed figures cannot be edited in SQL', async () => {
    const session = await ledgerWithFixture();
    try {
      signOffPeriod(session, q1, { signerName: 'Nguyễn Văn B', pin: TEST_PIN });
      const procedure = session.catalogue.findByCode('1.004873')!;
      session.dossiers.insert(
        {
          code: '000.00.21.H57-240301-1999',
          procedureCode: procedure.code,
          procedureName: procedure.name,
          field: procedure.field,
          channel: 'truc_tiep',
          receivedAt: { day: dayFromIso('2024-03-01'), minute: 9 * 60 },
          rule: procedure.rule,
          baseDueDay: dayFromIso('2024-03-06'),
        },
        { actor: 'Cán bộ một cửa' },
      );
      const view = periodReportView(session, q1);
      expect(view.corrections.map((c) => [c.code, c.kind])).toEqual([['000.00.21.H57-240301-1999', 'added']]);
      expect(view.report.total.received).toBe(78);
      expect(view.current?.total.received).toBe(79);
      expect(() => session.db.exec("UPDATE period_signoffs SET signer_name = 'X'")).toThrow(/được sửa/);
      expect(() => session.db.exec('DELETE FROM period_signoffs')).toThrow(/được xóa/);
      expect(() => session.db.exec('DELETE FROM report_corrections')).toThrow();
    } finally {
      session.close();
    }
  });
});

describe('sign-off needs the chairman PIN', () => {
  it('refuses without a PIN set, with a wrong PIN, and through the command line reads the PIN from a file', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const session = openLedgerSession(db, { actor: 'Chủ tịch' });
    try {
      expect(() => signOffPeriod(session, q1, { signerName: 'B', pin: TEST_PIN })).toThrow(/Chưa đặt mã PIN/);
      setChairmanPin(session.db, TEST_PIN, { actor: 'Chủ tịch' });
      expect(() => signOffPeriod(session, q1, { signerName: 'B', pin: '111222' })).toThrow(/không đúng/);
    } finally {
      session.close();
    }
    const pinFile = join(folder, 'pin.txt');
    writeFileSync(pinFile, `${TEST_PIN}\n`);
    // On 14/03/2024, the period's last day, it has not ended: refused. From 15/03 it can be signed.
    const early = await cli('sign-off', '--db', db, '--period', '2024-Q1', '--signer', 'Hồ Văn Ẩn', '--pin-file', pinFile);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('Chưa ký duyệt được Quý I năm 2024: kỳ báo cáo kết thúc ngày 14/03/2024');
    const after = Date.UTC(2024, 2, 15, 1, 0);
    const signed = await cliAt(after, 'sign-off', '--db', db, '--period', '2024-Q1', '--signer', 'Hồ Văn Ẩn', '--pin-file', pinFile);
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stdout).toContain('Đã ký duyệt Quý I năm 2024');
    const again = await cliAt(after, 'sign-off', '--db', db, '--period', '2024-Q1', '--pin-file', pinFile);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('đã được ký duyệt');
  });
});
