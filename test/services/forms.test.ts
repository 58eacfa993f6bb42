// The forms printed from a dossier of the ledger parse back with the dossier's code and dates.
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/time/day';
import { apologyLetterPdf, ledgerBookPdf, receiptPdf, statutoryTimeText, supplementRequestPdf } from '../../electron/services/forms-service';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { readPdf, squash } from '../documents/read-pdf';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';

async function text(bytes: Uint8Array): Promise<string> {
  return squash((await readPdf(bytes)).map((p) => p.items.map((i) => i.str).join(' ')).join(' '));
}

describe('forms from the ledger', () => {
  it('prints Mẫu 01, 02, 04 for a dossier and Mẫu 07 for a date range', async () => {
    const db = await initLedger(tempFolder());
    await cli('import', '--db', db, FIXTURE_CSV);
    const session = openLedgerSession(db, { actor: 'Lê Thị Tiếp Nhận' });
    try {
      const d = session.dossiers.getByCode('000.00.21.H57-231215-0001')!;
      session.dossiers.update(d.id, { applicantName: 'Nguyễn Thị Ánh', extension: { newDueDay: dayFromIso('2023-12-22'), apologyOn: dayFromIso('2023-12-19') } }, { actor: 'x' });

      const receipt = await text(await receiptPdf(session, d.id));
      expect(receipt).toContain(d.code);
      expect(receipt).toContain('Nguyễn Thị Ánh');
      expect(receipt).toContain('ngày 20 tháng 12 năm 2023');
      expect(receipt).toContain('Lê Thị Tiếp Nhận');

      const supplement = await text(await supplementRequestPdf(session, d.id, { requestedOn: dayFromIso('2023-12-18'), items: [{ document: 'Giấy khai sinh bản chính', reason: 'Bản chụp mờ' }] }));
      expect(supplement).toContain('Giấy khai sinh bản chính');

      const apology = await text(await apologyLetterPdf(session, d.id, dayFromIso('2023-12-19')));
      expect(apology).toContain('22 tháng 12 năm 2023');
      expect(apology).toContain(d.code);

      const book = await text(await ledgerBookPdf(session, dayFromIso('2023-12-15'), dayFromIso('2023-12-31')));
      expect(book).toContain(d.code);
      expect(book.indexOf('231215-0001')).toBeLessThan(book.indexOf('231219-0004'));
      await expect(apologyLetterPdf(session, session.dossiers.getByCode('000.00.21.H57-231215-0002')!.id, 0)).rejects.toThrow(/ngày hẹn mới/);
    } finally {
      session.close();
    }
  });

  it('words the statutory time', () => {
    expect(statutoryTimeText({ timeValue: 3, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 })).toBe('03 ngày làm việc');
    expect(statutoryTimeText({ timeValue: 0, timeUnit: 'same_day', cutoffMinute: 900, extraWorkingDays: 0 })).toBe('Trong ngày');
    expect(statutoryTimeText({ timeValue: 20, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 10 })).toBe('20 ngày làm việc (thêm 10 ngày làm việc)');
  });
});
