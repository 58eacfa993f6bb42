// Issue 15 §7: every free text that goes into a report package — the chairman's sections and the
// corrections printed in the PDF, the causes of lateness — is checked for a citizen's personal data, a
// phone written with dots or spaces and a name typed without diacritics included. The refusal names the
// section and shows the offending text masked; no file is written.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffError, exportReportPackage } from '../../electron/handoff';
import { partOpener, readPackage } from '../../electron/handoff/package-reader';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { saveNarrative } from '../../electron/services/report-documents-service';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { signOffPeriod } from '../../electron/services/signoff-service';
import { readPdf } from '../documents/read-pdf';
import { AT, HUONG_HUU, dossier, importFixture, initLedger, later, open, tempFolder } from './helpers';

const CITIZEN = { applicantName: 'Trần Thị Bích Ngọc', idNumber: '046190007777', phone: '0912345678', address: 'Thôn Hạ, xã Hương Hữu' };

async function ledger(folder: string): Promise<{ s: LedgerSession; code: string; id: string }> {
  const file = join(folder, 'so.db');
  await initLedger(file, { ...HUONG_HUU, desk: 1, receivingUnit: 'UBND huyện Nam Đông' });
  const s = open(file);
  await importFixture(s);
  const rule = { timeValue: 3, timeUnit: 'working_days' as const, cutoffMinute: null, extraWorkingDays: 0 };
  const d = s.dossiers.insert(
    dossier('2024-03-01', 9 * 60, { procedureCode: '1.004873', procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân', rule, baseDueDay: dossier('2024-03-06', 0).receivedAt.day, ...CITIZEN }),
    { actor: 'Bàn 1', at: AT },
  );
  s.dossiers.update(d.id, { endedOn: dossier('2024-03-13', 0).receivedAt.day, ending: 'giai_quyet', lateCause: 'Chờ xác minh nơi cư trú' }, { actor: 'Bàn 1', at: later(1) });
  return { s, code: d.code, id: d.id };
}

const packagesIn = (folder: string) => readdirSync(folder).filter((f) => !f.startsWith('so.db'));

describe('the free text of a report package', () => {
  it.each([
    ['a phone written with dots', 'Đã gọi số 0912.345.678 để nhắc bổ sung giấy tờ.', '09••.•••.•••', '0912.345.678'],
    ['a phone written with spaces', 'Đã gọi số 0912 345 678 để nhắc bổ sung giấy tờ.', '09•• ••• •••', '0912 345 678'],
    ['a name without diacritics', 'Cong dan Tran Thi Bich Ngoc phan anh cham tra ket qua.', 'T••• T•• B••• N•••', 'Tran Thi Bich Ngoc'],
  ])('refuses %s in a chairman’s section, naming the section, masked, writing nothing', async (_label, text, masked, raw) => {
    const folder = tempFolder();
    const { s, code } = await ledger(folder);
    try {
      const period = resolvePeriodRequest(s, { period: '2024-Q1' });
      saveNarrative(s, period, [
        { heading: '1. Công tác chỉ đạo, điều hành', text: 'Ban hành kế hoạch kiểm soát thủ tục hành chính.' },
        { heading: 'II. ĐÁNH GIÁ CHUNG', text: `Kết quả tốt. ${text}` },
      ]);
      const out = join(folder, 'bao-cao.somc');
      const error = await exportReportPackage(s, { out, period, at: later(10) }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HandoffError);
      const message = (error as Error).message;
      expect(message).toContain('Không xuất gói báo cáo');
      expect(message).toContain(`Mục "II. ĐÁNH GIÁ CHUNG" của báo cáo có`);
      expect(message).toContain(`của hồ sơ ${code}`);
      expect(message).toContain(masked);
      expect(message).not.toContain(raw);
      expect(message).not.toContain('Trần Thị Bích Ngọc');
      expect(existsSync(out)).toBe(false);
      expect(packagesIn(folder)).toEqual([]);
    } finally {
      s.close();
    }
  });

  it('is exported when it names nobody, and the section is in the PDF', async () => {
    const folder = tempFolder();
    const { s } = await ledger(folder);
    try {
      const period = resolvePeriodRequest(s, { period: '2024-Q1' });
      saveNarrative(s, period, [{ heading: 'II. ĐÁNH GIÁ CHUNG', text: 'Đã gọi điện nhắc 12 công dân bổ sung giấy tờ trong ngày 12.03.2024.' }]);
      const out = join(folder, 'bao-cao.somc');
      await exportReportPackage(s, { out, period, at: later(10) });
      const pdf = partOpener(readPackage(readFileSync(out)), null).bytes('report.pdf');
      expect((await readPdf(pdf)).map((p) => p.text).join('\n')).toContain('Đã gọi điện nhắc 12 công dân bổ sung giấy tờ');
    } finally {
      s.close();
    }
  });

  it('refuses a correction printed on the next report that quotes a citizen’s phone', async () => {
    const folder = tempFolder();
    const { s, id, code } = await ledger(folder);
    try {
      setChairmanPin(s.db, '583941', { actor: s.actor });
      const q1 = resolvePeriodRequest(s, { period: '2024-Q1' });
      signOffPeriod(s, q1, { signerName: 'Hồ Văn Ẩn', pin: '583941', at: new Date(Date.UTC(2024, 3, 2, 2)) });
      s.dossiers.update(id, { lateCause: 'Chờ bà Ngọc (0912 345 678) bổ sung' }, { actor: 'Bàn 1', at: new Date(Date.UTC(2024, 3, 3, 2)) });
      const q2 = resolvePeriodRequest(s, { period: '2024-Q2' });
      const out = join(folder, 'q2.somc');
      const error = await exportReportPackage(s, { out, period: q2, at: new Date(Date.UTC(2024, 6, 2, 2)) }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HandoffError);
      expect((error as Error).message).toContain(`Đính chính hồ sơ ${code} (Quý I năm 2024) có số điện thoại của hồ sơ ${code}: "`);
      expect((error as Error).message).toContain('09•• ••• •••');
      expect(existsSync(out)).toBe(false);
    } finally {
      s.close();
    }
  });
});
