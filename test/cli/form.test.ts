// `form --kind 01|02|04|05|07`: each one-stop form from the command line, read back from the PDF; one date
// style per document (ND30 leading zeros), Mẫu 01 with the due hour when there is one, Mẫu 05 for a stopped dossier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actOnDossier } from '../../electron/services/dossier-actions';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { dayFromIso } from '../../shared/time/day';
import { readPdf, squash } from '../documents/read-pdf';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from './helpers';

async function pdfText(file: string): Promise<string> {
  return squash((await readPdf(new Uint8Array(readFileSync(file)))).map((p) => p.text).join(' '));
}

describe('form on the command line', () => {
  it('prints Mẫu 01, 02, 04, 05 and 07, in one date style, and refuses what the ledger does not support', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
    const code = '000.00.21.H57-240311-0065';
    const session = openLedgerSession(db, { actor: 'Lê Thị Tiếp Nhận' });
    const d = session.dossiers.getByCode('000.00.21.H57-240312-0068')!;
    actOnDossier(session, d.id, d.version, { kind: 'end', ending: 'dung', on: dayFromIso('2024-03-13'), reason: 'Cơ quan thi hành án yêu cầu tạm dừng' }, { day: dayFromIso('2024-03-14'), minute: 540 });
    session.close();
    const out = (name: string) => join(folder, name);

    const r01 = await cli('form', '--db', db, '--kind', '01', '--code', code, '--out', out('01.pdf'));
    expect(r01.code, r01.stderr).toBe(0);
    const t01 = await pdfText(out('01.pdf'));
    expect(t01).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(t01).toMatch(/Vào Sổ theo dõi hồ sơ, Quyển số: 01\/2024, Số thứ tự: \d+/);
    expect(t01).not.toMatch(/tháng 0[3-9]/); // months from March on have no leading zero, as in the date line

    const r02 = await cli('form', '--db', db, '--kind', '02', '--code', code, '--date', '2024-03-06', '--item', 'Giấy khai sinh bản chính|Bản chụp mờ', '--out', out('02.pdf'));
    expect(r02.code, r02.stderr).toBe(0);
    const t02 = await pdfText(out('02.pdf'));
    expect(t02).toContain('Giấy khai sinh bản chính');
    expect(t02).toContain('ngày 06 tháng 3 năm 2024');
    expect(t02).not.toMatch(/tháng 03/);

    const r04 = await cli('form', '--db', db, '--kind', '04', '--code', code, '--out', out('04.pdf'));
    expect(r04.code).not.toBe(0);
    expect(r04.stderr).toContain('Hồ sơ chưa có ngày hẹn mới');

    const r05 = await cli('form', '--db', db, '--kind', '05', '--code', '000.00.21.H57-240312-0068', '--date', '2024-03-14', '--out', out('05.pdf'));
    expect(r05.code, r05.stderr).toBe(0);
    const t05 = await pdfText(out('05.pdf'));
    for (const s of ['THÔNG BÁO', 'Về việc dừng giải quyết hồ sơ thủ tục hành chính', '000.00.21.H57-240312-0068', 'Lý do: Cơ quan thi hành án yêu cầu tạm dừng.', 'Hương Hữu, ngày 14 tháng 3 năm 2024', 'kể từ ngày 13 tháng 3 năm 2024', 'TM. ỦY BAN NHÂN DÂN']) {
      expect(t05).toContain(s);
    }
    const not05 = await cli('form', '--db', db, '--kind', '05', '--code', code, '--out', out('x.pdf'));
    expect(not05.code).not.toBe(0);
    expect(not05.stderr).toContain('Hồ sơ chưa được ghi dừng giải quyết');

    const r07 = await cli('form', '--db', db, '--kind', '07', '--from', '2024-03-01', '--to', '2024-03-14', '--out', out('07.pdf'));
    expect(r07.code, r07.stderr).toBe(0);
    const t07 = await pdfText(out('07.pdf'));
    expect(t07).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(t07).toContain('Quyển số: 01');
    expect(t07).toMatch(/240312-0068 .*Dừng giải quyết/);

    const bad = await cli('form', '--db', db, '--kind', '03', '--out', out('y.pdf'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind chỉ nhận 01, 02, 04, 05, 07');
  });
});
