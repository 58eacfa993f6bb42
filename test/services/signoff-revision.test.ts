// Issue 15 §2: a period signed again after its sign-off was lost (an older copy of the ledger put back
// outside the app) records the earlier sign-off and the cells that differ, in the same transaction as the
// new sign-off, and the period's report shows that correction in the API view and in its PDF, DOCX and XLSX.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { dayFromIso } from '../../shared/time/day';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { renderPeriodReport } from '../../electron/services/report-documents-service';
import { periodReportView, signOffPeriod } from '../../electron/services/signoff-service';
import { readPdf } from '../documents/read-pdf';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';

const PIN = '583941';
const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
const FIRST = new Date(Date.UTC(2024, 3, 2, 2, 0)); // 09:00 02/04/2024
const AGAIN = new Date(Date.UTC(2024, 3, 3, 3, 30)); // 10:30 03/04/2024

const open = (db: string) => openLedgerSession(db, { actor: 'Chủ tịch (kiểm thử)' });

/** A ledger whose Q1 sign-off (by Hồ Văn Ẩn) was lost: the copy from before it put back; then one dossier's result recorded. */
async function ledgerThatLostItsSignoff(): Promise<string> {
  const folder = tempFolder();
  const db = await initLedger(folder);
  expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
  const first = open(db);
  setChairmanPin(first.db, PIN, { actor: first.actor });
  first.close();
  const before = join(folder, 'truoc-ky.db');
  expect((await cli('backup', '--db', db, '--out', before)).code).toBe(0);
  const signing = open(db);
  signOffPeriod(signing, q1, { signerName: 'Hồ Văn Ẩn', pin: PIN, at: FIRST });
  signing.close();
  for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
  copyFileSync(before, db);
  // Since then, a pending Q1 dossier got its result on the period's last day: the figures differ.
  const s = open(db);
  const pending = s.dossiers.listPage({ filter: { status: 'pending' }, limit: 1 }).items[0];
  if (!pending) throw new Error('no pending dossier');
  s.dossiers.update(pending.id, { endedOn: dayFromIso('2024-03-14'), ending: 'giai_quyet' }, { actor: 'Cán bộ một cửa' });
  expect(periodReportView(s, q1).signoff).toBeNull();
  s.close();
  return db;
}

function signoffCount(s: LedgerSession): number {
  return s.db.prepare('SELECT count(*) FROM period_signoffs').pluck().get() as number;
}

describe('signing again a period whose sign-off was lost', () => {
  it('records the earlier sign-off inside the sign-off transaction: if that fails, the period stays unsigned', async () => {
    const s = open(await ledgerThatLostItsSignoff());
    try {
      // A failure while writing the revision (a full disk, say), simulated by a trigger.
      s.db.exec("CREATE TRIGGER fail_revision BEFORE INSERT ON signoff_revisions BEGIN SELECT RAISE(ABORT, 'ổ đĩa đầy (giả lập)'); END");
      expect(() => signOffPeriod(s, q1, { signerName: 'Người khác', pin: PIN, at: AGAIN })).toThrow(/ổ đĩa đầy/);
      expect(signoffCount(s)).toBe(0);
      expect(periodReportView(s, q1).signoff).toBeNull();
      s.db.exec('DROP TRIGGER fail_revision');

      signOffPeriod(s, q1, { signerName: 'Người khác', pin: PIN, at: AGAIN });
      const view = periodReportView(s, q1);
      expect(view.signoff?.signer).toBe('Người khác');
      expect(view.revisions).toHaveLength(1);
      const [revision] = view.revisions;
      expect(revision).toMatchObject({ previousSigner: 'Hồ Văn Ẩn', previousSignedAt: FIRST.toISOString(), recordedAt: AGAIN.toISOString() });
      const total = revision?.differences.filter((d) => d.row === 'Tổng cộng') ?? [];
      expect(total.find((d) => d.column === 'pending')).toEqual({ row: 'Tổng cộng', column: 'pending', before: 15, after: 14 });
      expect(total.find((d) => d.column === 'resolved')?.after).toBe((total.find((d) => d.column === 'resolved')?.before ?? 0) + 1);
    } finally {
      s.close();
    }
  });

  it('prints the earlier sign-off and the changed cells on the period’s report (PDF, DOCX, XLSX)', async () => {
    const s = open(await ledgerThatLostItsSignoff());
    try {
      signOffPeriod(s, q1, { signerName: 'Người khác', pin: PIN, at: AGAIN });
      const pdf = await renderPeriodReport(s, q1, 'pdf', { issuedOn: dayFromIso('2024-04-03') });
      const pages = await readPdf(pdf);
      const text = pages.map((p) => p.text).join('\n');
      const wanted = [
        'ĐÍNH CHÍNH SỐ LIỆU CÁC KỲ ĐÃ BÁO CÁO',
        'Ký duyệt lại: lần ký duyệt của Hồ Văn Ẩn lúc 09:00 ngày 02/04/2024 không còn trong sổ',
        'CÁC Ô SỐ LIỆU CỦA BIỂU 06 ĐÃ KÝ THAY ĐỔI DO ĐÍNH CHÍNH',
        '(11) Số hồ sơ đang giải quyết — Tổng số',
        '15 → 14',
      ];
      for (const w of wanted) expect(text, w).toContain(w);
      expect(text).toContain('03/04/2024');

      const zip = await JSZip.loadAsync(await renderPeriodReport(s, q1, 'docx', { issuedOn: dayFromIso('2024-04-03') }));
      const docx = [...((await zip.file('word/document.xml')?.async('string')) ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
      for (const w of wanted) expect(docx, w).toContain(w);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await renderPeriodReport(s, q1, 'xlsx', { issuedOn: dayFromIso('2024-04-03') })).slice().buffer);
      const cells: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c.type === ExcelJS.ValueType.Merge ? '' : c.text))));
      const xlsx = cells.join('\n');
      for (const w of wanted.slice(0, 3)) expect(xlsx, w).toContain(w);
    } finally {
      s.close();
    }
  });
});
