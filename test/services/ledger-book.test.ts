// Mẫu 07 as a stable book (migration 013): permanent lines given when a dossier is written, the real state
// in Ghi chú, the first hand-over as "Ngày chuyển hồ sơ"; Mẫu 01 names its book and line; the hand-over's
// officer is the late list's "Đơn vị/người chịu trách nhiệm" in every report format.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/ledger';
import { migration013DossierBookLines } from '../../electron/ledger/migrations/013-dossier-book-lines';
import { actOnDossier } from '../../electron/services/dossier-actions';
import { ledgerBookPdf, receiptPdf } from '../../electron/services/forms-service';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { renderPeriodReport } from '../../electron/services/report-documents-service';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { dayFromIso } from '../../shared/time/day';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';
import { type PdfPage, readPdf, squash } from '../documents/read-pdf';

const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
const AFTER_Q1 = Date.UTC(2024, 2, 20, 3, 0);

/** The STT printed before each dossier code of Mẫu 07, by code. */
function linesOf(pages: PdfPage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of pages) {
    page.items.forEach((item, i) => {
      if (!/^000\.00\.21\.H57-\d{6}-\d{4}$/.test(item.str)) return;
      const before = page.items.slice(0, i).reverse().find((x) => x.str.trim() !== '');
      if (before) out.set(item.str, before.str.trim());
    });
  }
  return out;
}

async function ledgerWithFixture() {
  const folder = tempFolder();
  const db = await initLedger(folder);
  expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
  return { folder, db };
}

describe('Mẫu 07 as a stable book', () => {
  it('gives each dossier a permanent line at reception; a printed range never renumbers; Mẫu 01 names it', async () => {
    const { folder, db } = await ledgerWithFixture();
    // A dossier written later with an earlier reception time takes the next line; no other line moves.
    const late = join(folder, 'late.csv');
    writeFileSync(late, 'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Nguyên nhân quá hạn\n000.00.21.H57-240105-0999,1.004873,Trực tiếp,2024-01-05 08:00,2024-01-10,2024-01-09,\n');
    expect((await cli('import', '--db', db, late)).code).toBe(0);
    const session = openLedgerSession(db, { actor: 'Lê Thị Tiếp Nhận' });
    try {
      const whole = linesOf(await readPdf(await ledgerBookPdf(session, dayFromIso('2023-12-15'), dayFromIso('2024-03-14'), '', dayFromIso('2024-03-14'))));
      const march = linesOf(await readPdf(await ledgerBookPdf(session, dayFromIso('2024-03-01'), dayFromIso('2024-03-14'), '', dayFromIso('2024-03-14'))));
      expect(march.size).toBeGreaterThan(5);
      for (const [code, line] of march) expect(whole.get(code), code).toBe(line); // same line in both prints
      // Books are per reception year: 2023's dossiers are lines 1… of the 2023 book, 2024's start again.
      expect(whole.get('000.00.21.H57-231215-0001')).toBe('1');
      const first2024 = [...whole].find(([code]) => code.includes('-240'))!;
      expect(first2024[1]).toBe('1');
      const lateLine = Number(whole.get('000.00.21.H57-240105-0999'));
      const lines2024 = [...whole].filter(([c]) => c.includes('-240')).map(([, l]) => Number(l));
      expect(lateLine).toBe(Math.max(...lines2024)); // written last, so the last line, although received in January
      const wholeText = (await readPdf(await ledgerBookPdf(session, dayFromIso('2023-12-15'), dayFromIso('2024-03-14'), '', dayFromIso('2024-03-14')))).map((p) => p.text).join(' ');
      expect(wholeText).toContain('Quyển số: 01/2023');
      expect(wholeText).toContain('Quyển số: 01/2024');

      const pages = await readPdf(await ledgerBookPdf(session, dayFromIso('2024-03-01'), dayFromIso('2024-03-14'), '', dayFromIso('2024-03-14')));
      expect(pages[0]?.text).toContain('Quyển số: 01');

      const d = session.dossiers.getByCode('000.00.21.H57-240311-0065')!;
      const receipt = squash((await readPdf(await receiptPdf(session, d.id))).map((p) => p.text).join(' '));
      expect(receipt).toContain(`Vào Sổ theo dõi hồ sơ, Quyển số: 01/2024, Số thứ tự: ${march.get(d.code)}`);
    } finally {
      session.close();
    }
  });

  it('numbers the dossiers already in a ledger in reception order when the migration runs', async () => {
    const { db } = await ledgerWithFixture();
    const session = openLedgerSession(db, { actor: 'x' });
    try {
      session.db.exec('DROP TRIGGER dossier_book_line; DROP TABLE dossier_book_lines;');
      migration013DossierBookLines.up(session.db);
      expect(MIGRATIONS.indexOf(migration013DossierBookLines) + 1).toBe(migration013DossierBookLines.version);
      const rows = session.db
        .prepare<[], { code: string; line: number; year: number }>('SELECT d.code, b.line, b.year FROM dossiers d JOIN dossier_book_lines b ON b.dossier_id = d.id ORDER BY d.received_at, d.code')
        .all();
      expect(rows.filter((r) => r.year === 2024).map((r) => r.line)).toEqual(rows.filter((r) => r.year === 2024).map((_, i) => i + 1));
      expect(rows.filter((r) => r.year === 2023).map((r) => r.line)).toEqual(rows.filter((r) => r.year === 2023).map((_, i) => i + 1));
    } finally {
      session.close();
    }
  });

  it('writes the real state in Ghi chú and the first hand-over as "Ngày chuyển hồ sơ"; the late list names the officer', async () => {
    const { db } = await ledgerWithFixture();
    const session = openLedgerSession(db, { actor: 'Lê Thị Tiếp Nhận' });
    const now = { day: dayFromIso('2024-03-14'), minute: 9 * 60 };
    try {
      const act = (code: string, action: Parameters<typeof actOnDossier>[3]) => {
        const d = session.dossiers.getByCode(code)!;
        return actOnDossier(session, d.id, d.version, action, now);
      };
      act('000.00.21.H57-240311-0066', { kind: 'end', ending: 'rut', on: dayFromIso('2024-03-13'), reason: 'Công dân xin rút' });
      act('000.00.21.H57-240312-0067', { kind: 'hand_over', on: dayFromIso('2024-03-12'), to: 'Công chức Tư pháp - Hộ tịch', note: '' });
      act('000.00.21.H57-240312-0068', { kind: 'extension', apologyOn: dayFromIso('2024-03-14'), newDue: dayFromIso('2024-03-22'), reason: 'Cần xác minh' });
      const text = squash((await readPdf(await ledgerBookPdf(session, dayFromIso('2024-03-11'), dayFromIso('2024-03-14'), '', dayFromIso('2024-03-18')))).map((p) => p.text).join(' '));
      expect(text).toMatch(/240311-0066 .*Rút hồ sơ/);
      expect(text).toMatch(/240312-0067 .*12\/03\/2024 .*Quá hạn/); // handed over 12/03, due 15/03, still open on 18/03
      expect(text.replace(/\s/g, '')).toContain('Giahạnđến22/03/2024');

      // Late list: the officer the dossier was handed to, in PDF, DOCX and XLSX.
      const opts = { issuedOn: dayFromIso('2024-03-20'), now: AFTER_Q1 };
      const late = session.dossiers.getByCode('000.00.21.H57-240311-0065')!;
      actOnDossier(session, late.id, late.version, { kind: 'hand_over', on: dayFromIso('2024-03-11'), to: 'Công chức Địa chính - Xây dựng', note: '' }, now);
      // Its due date made earlier (test set-up), so it is still pending and overdue at the period's end.
      session.dossiers.update(late.id, { baseDueDay: dayFromIso('2024-03-12'), dueDay: dayFromIso('2024-03-12') }, { actor: 'kiểm thử' });
      const pdf = squash((await readPdf(await renderPeriodReport(session, q1, 'pdf', opts))).map((p) => p.text).join(' '));
      expect(pdf).toMatch(/240311-0065 .*Công chức Địa chính - Xây dựng/);
      const zip = await JSZip.loadAsync(await renderPeriodReport(session, q1, 'docx', opts));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Công chức Địa chính - Xây dựng');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await renderPeriodReport(session, q1, 'xlsx', opts)).slice().buffer);
      const lateSheet = JSON.stringify(wb.getWorksheet('Hồ sơ quá hạn')!.getSheetValues());
      expect(lateSheet).toContain('Công chức Địa chính - Xây dựng');
      // "Danh sách hồ sơ": a withdrawn dossier is not "Giải quyết đúng hạn".
      const list = wb.getWorksheet('Danh sách hồ sơ')!;
      const row = list.getRows(2, list.rowCount - 1)!.find((r) => r.getCell(2).text === '000.00.21.H57-240311-0066')!;
      expect(row.getCell(9).text).toBe('Rút hồ sơ');
    } finally {
      session.close();
    }
  });
});
