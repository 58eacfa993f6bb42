// Issue 15 §8: a small package that inflates to hundreds of megabytes, or declares a huge part, is refused
// before the part is read whole — even when a registered unit signed it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../shared/periods/period';
import { PackageRefusedError, exportReportPackage, importPackage, registerSendingUnit, setReceivingOffice, unitIdentity } from '../../electron/handoff';
import { PART_NAMES } from '../../electron/handoff/package-open';
import { partOpener, readPackage } from '../../electron/handoff/package-reader';
import { type PartInput, buildPackage } from '../../electron/handoff/package-writer';
import { readUnitKey } from '../../electron/handoff/unit-identity';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';

const AT = new Date('2024-04-02T02:00:00.000Z');

interface Source {
  report: Uint8Array;
  key: { publicKey: Buffer; privateKey: Buffer };
  fingerprint: string;
  reportJson: string;
}

async function unitReportPackage(): Promise<Source> {
  const folder = tempFolder();
  const db = await initLedger(folder);
  await cli('import', '--db', db, FIXTURE_CSV);
  const session = openLedgerSession(db, { actor: 'Bàn 1' });
  try {
    const period = resolvePeriod({ kind: 'quarter', year: 2024, quarter: 1 }, 'nd09');
    await exportReportPackage(session, { period, out: join(folder, 'bao-cao.somc'), at: AT, includePdf: false });
    const key = readUnitKey(session.db);
    if (!key) throw new Error('no unit key');
    const report = new Uint8Array(readFileSync(join(folder, 'bao-cao.somc')));
    const reportJson = partOpener(readPackage(report), null).bytes(PART_NAMES.report).toString('utf8');
    return { report, key, fingerprint: unitIdentity(session)?.fingerprint ?? '', reportJson };
  } finally {
    session.close();
  }
}

async function office(fingerprintText: string): Promise<LedgerSession> {
  const session = openLedgerSession(await initLedger(tempFolder()), { actor: 'Phòng nhận báo cáo' });
  setReceivingOffice(session, true, AT);
  registerSendingUnit(session, { unitCode: '000.00.21.H57', fingerprint: fingerprintText, unitName: 'UBND xã Hương Hữu' }, AT);
  return session;
}

function signedBy(source: Source, part: PartInput): Buffer {
  const m = readPackage(source.report).manifest;
  return buildPackage({
    kind: m.kind,
    appVersion: m.app_version,
    createdAt: new Date(m.created_at),
    sender: { unitCode: m.sender.unit_code, unitName: m.sender.unit_name, desk: m.sender.desk },
    receivingUnit: m.receiving_unit,
    period: m.period,
    schemaVersion: m.schema_version,
    counts: m.counts,
    parts: [part],
    key: source.key,
    passphrase: null,
  });
}

function refusal(run: () => unknown): PackageRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageRefusedError) return error;
    throw error;
  }
  throw new Error('the package was accepted');
}

describe('package part sizes', () => {
  let source: Source;
  beforeAll(async () => {
    source = await unitReportPackage();
  });

  it('the genuine package still goes in', async () => {
    const session = await office(source.fingerprint);
    try {
      expect(importPackage(session, source.report, { fileName: 'goi.somc', at: AT }).batchId).not.toBeNull();
    } finally {
      session.close();
    }
  });

  it('a signed report part of valid JSON that inflates ~400-fold (100 MB) is refused while inflating', async () => {
    // Trailing spaces keep it valid JSON: only the size is wrong.
    const bomb = Buffer.concat([Buffer.from(source.reportJson, 'utf8'), Buffer.alloc(100 * 1024 * 1024, 0x20)]);
    const bytes = signedBy(source, { name: PART_NAMES.report, mediaType: 'application/json', content: bomb, compress: true });
    expect(bytes.length).toBeLessThan(400 * 1024);
    const session = await office(source.fingerprint);
    try {
      const refused = refusal(() => importPackage(session, bytes, { fileName: 'goi.somc', at: AT }));
      expect(refused.message).toContain('lớn hơn mức cho phép (8 MB)');
      expect(refused.message).toContain('Không có gì được ghi vào sổ');
    } finally {
      session.close();
    }
  });

  it('a part whose stored size is over the limit is refused before it is hashed or opened', async () => {
    const big = Buffer.concat([Buffer.from(source.reportJson, 'utf8'), Buffer.alloc(9 * 1024 * 1024, 0x20)]);
    const bytes = signedBy(source, { name: PART_NAMES.report, mediaType: 'application/json', content: big, compress: false });
    const refused = refusal(() => readPackage(bytes));
    expect(refused.message).toContain('lớn hơn mức cho phép');
    expect(gzipSync(big).length).toBeLessThan(big.length);
  });
});
