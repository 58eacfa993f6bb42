// The report package carries no citizen's name, identity number, phone or address: every decoded piece of
// it (the raw file, the manifest, the figures, the text of the PDF) is scanned for the ledger's personal
// data. The same scan finds that data in the full package once decrypted, so the scan can fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffError, exportFullPackage, exportReportPackage } from '../../electron/handoff';
import { decodeContainer } from '../../electron/handoff/container';
import { partOpener, readPackage } from '../../electron/handoff/package-reader';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { readPdf } from '../documents/read-pdf';
import { AT, HUONG_HUU, PASSPHRASE, dossier, importFixture, initLedger, later, open, tempFolder } from './helpers';

const PEOPLE = [
  { applicantName: 'Nguyễn Thị Thu Hương', idNumber: '046190001234', phone: '0905 123 456', address: 'Thôn Khe Tre, xã Hương Hữu' },
  { applicantName: 'Lê Văn Đức Thắng', idNumber: '046088004321', phone: '0234.3871.999', address: 'Tổ 5, thôn Ka Tư' },
  { applicantName: 'Hồ Thị Ánh Tuyết', idNumber: '046301009876', phone: '0988-765-432', address: 'Bản A Ró, Nam Đông' },
];

/** The personal data as the ledger stores it. */
const STORED = PEOPLE.flatMap((p) => [p.applicantName, p.idNumber, p.phone, p.address]);
/** Every form a scan looks for: also numbers without separators and names in capitals (as a PDF heading would print them). */
const NEEDLES = [...STORED, ...PEOPLE.flatMap((p) => [p.phone.replace(/[\s.-]/g, ''), p.applicantName.toUpperCase()])];

async function ledgerWithPersonalData(file: string): Promise<{ s: LedgerSession; late: string[] }> {
  await initLedger(file, { ...HUONG_HUU, desk: 1, receivingUnit: 'UBND huyện Nam Đông' });
  const s = open(file);
  await importFixture(s);
  const rule = { timeValue: 3, timeUnit: 'working_days' as const, cutoffMinute: null, extraWorkingDays: 0 };
  const late = PEOPLE.map((person, i) => {
    // Late dossiers, so the late list is not empty: the list must still carry no personal data.
    const d = s.dossiers.insert(
      dossier(`2024-03-0${i + 1}`, 9 * 60, {
        procedureCode: '1.004873',
        procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        rule,
        baseDueDay: dossier(`2024-03-0${i + 4}`, 0).receivedAt.day,
        ...person,
        note: `Gọi ${person.applicantName} khi có kết quả`,
      }),
      { actor: 'Bàn 1', at: AT },
    );
    s.dossiers.update(d.id, { endedOn: dossier('2024-03-13', 0).receivedAt.day, ending: 'giai_quyet', lateCause: 'Chờ xác minh nơi cư trú' }, { actor: 'Bàn 1', at: later(i + 1) });
    return d.id;
  });
  return { s, late };
}

function found(texts: readonly string[]): string[] {
  const haystacks = texts.map((t) => t.normalize('NFC'));
  return NEEDLES.filter((n) => haystacks.some((h) => h.includes(n.normalize('NFC'))));
}

describe('privacy of the report package', () => {
  it('carries no name, identity number, phone or address of the ledger’s citizens anywhere', async () => {
    const folder = tempFolder();
    const { s } = await ledgerWithPersonalData(join(folder, 'so.db'));
    const period = resolvePeriodRequest(s, { period: '2024-Q1' });
    const out = join(folder, 'bao-cao.somc');
    await exportReportPackage(s, { out, period, at: later(10) });

    const file = readFileSync(out);
    const pkg = readPackage(file);
    const opener = partOpener(pkg, null);
    const figures = opener.bytes('report.json').toString('utf8');
    const pdfText = (await readPdf(opener.bytes('report.pdf'))).map((p) => p.text).join('\n');
    const report = JSON.parse(figures) as { report: { late_dossiers: unknown[] } };
    expect(report.report.late_dossiers).toHaveLength(3);
    expect(pdfText).toContain('Chờ xác minh nơi cư trú');

    expect(
      found([file.toString('latin1'), file.toString('utf8'), decodeContainer(file).manifestBytes.toString('utf8'), figures, pdfText]),
    ).toEqual([]);

    // The scan itself works: the full package, once decrypted, holds every one of these values.
    const full = join(folder, 'day-du.somc');
    exportFullPackage(s, { out: full, passphrase: PASSPHRASE, at: later(11) });
    const fullFile = readFileSync(full);
    expect(found([fullFile.toString('latin1'), fullFile.toString('utf8')])).toEqual([]);
    const decrypted = partOpener(readPackage(fullFile), PASSPHRASE).bytes('dossiers.json').toString('utf8');
    expect(found([decrypted]).sort()).toEqual([...STORED].sort());
  });

  it('refuses to write a report package whose free text names a citizen', async () => {
    const folder = tempFolder();
    const { s, late: ids } = await ledgerWithPersonalData(join(folder, 'so.db'));
    const late = s.dossiers.getById(ids[1] ?? '');
    s.dossiers.update(late?.id ?? '', { lateCause: `Chờ bà ${late?.applicantName ?? ''} bổ sung giấy tờ` }, { actor: 'Bàn 1', at: later(20) });
    const out = join(folder, 'bao-cao.somc');
    const period = resolvePeriodRequest(s, { period: '2024-Q1' });
    await expect(exportReportPackage(s, { out, period, at: later(21), includePdf: false })).rejects.toThrow(HandoffError);
    await expect(exportReportPackage(s, { out, period, at: later(21), includePdf: false })).rejects.toThrow(
      new RegExp(`họ tên người nộp của hồ sơ ${late?.code.replace(/\./g, '\\.') ?? ''}`),
    );
    expect(existsSync(out)).toBe(false);
  });
});
