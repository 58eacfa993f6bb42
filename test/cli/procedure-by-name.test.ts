// A procedure without a national code is kept under a key no screen shows ("XA-…"): on the command line
// `deadline --procedure` and the `procedures` of an import mapping file take the procedure's name as well
// (the whole name, case and diacritics aside); a name that is no procedure's or several procedures' is
// refused naming the candidates by name; the mapping step's suggestions show a local procedure by its name.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCatalogueVersion } from '../../electron/services/catalogue-edit';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { cli, initLedger, tempFolder } from './helpers';

const WILL = 'XA-chung-thuc-di-chuc'; // "Chứng thực di chúc": shipped without a national code
const RECEIVED = ['--received', '2024-03-11 09:00'];

async function deadline(db: string, procedure: string) {
  return cli('deadline', '--db', db, '--procedure', procedure, ...RECEIVED, '--explain');
}

/** A national procedure whose name is a local one's, written without diacritics (a careless catalogue entry). */
function namesake(db: string, name: string): void {
  const session = openLedgerSession(db, { actor: 'kiểm thử' });
  try {
    const will = session.catalogue.findByCode(WILL);
    if (!will) throw new Error('no local procedure');
    addCatalogueVersion(session, { ...will, code: '9.000001', name }, { actor: 'kiểm thử' });
  } finally {
    session.close();
  }
}

describe('deadline --procedure by name', () => {
  it('finds a procedure without a national code by its name, with or without diacritics, as by its hidden key', async () => {
    const db = await initLedger(tempFolder());
    const byKey = await deadline(db, WILL);
    expect(byKey.code, byKey.stderr).toBe(0);
    for (const name of ['Chứng thực di chúc', 'chung thuc  di chuc', 'CHỨNG THỰC DI CHÚC']) {
      const byName = await deadline(db, name);
      expect(byName.code, byName.stderr).toBe(0);
      expect(byName.stdout).toBe(byKey.stdout);
    }
    // The explanation names it without the made-up key.
    expect(byKey.stdout).toContain('Thủ tục Chứng thực di chúc\n');
    expect(byKey.stdout).not.toContain('XA-');
    // A national procedure by its name gives what its code gives.
    const code = await deadline(db, '1.004873');
    const named = await deadline(db, 'cấp giấy xác nhận tình trạng hôn nhân');
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toBe(code.stdout);
  });

  it('refuses a part of a name or an unknown one, naming the nearest procedures by name', async () => {
    const db = await initLedger(tempFolder());
    const part = await deadline(db, 'di chúc');
    expect(part.code).toBe(1);
    expect(part.stderr).toContain('Không có thủ tục tên "di chúc" trong danh mục; gần nhất: "Chứng thực di chúc"');
    expect(part.stderr).not.toContain('XA-');
    const code = await deadline(db, '9.9');
    expect(code.code).toBe(1);
    expect(code.stderr).toContain('Không có thủ tục mã "9.9" trong danh mục.');
  });

  it('refuses a name two procedures share, listing both; the name as written with its diacritics picks one', async () => {
    const db = await initLedger(tempFolder());
    namesake(db, 'Chung thuc di chuc');
    const ambiguous = await deadline(db, 'chung thuc di chuc ');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('Tên "chung thuc di chuc" ứng với 2 thủ tục trong danh mục: ');
    expect(ambiguous.stderr).toContain('"Chứng thực di chúc"');
    expect(ambiguous.stderr).toContain('"Chung thuc di chuc (9.000001)"');
    expect(ambiguous.stderr).not.toContain('XA-');
    const exact = await deadline(db, 'Chứng thực di chúc');
    expect(exact.code, exact.stderr).toBe(0);
    expect(exact.stdout).toContain('Thủ tục Chứng thực di chúc\n');
  });
});

const LIST = [
  'DANH SÁCH HỒ SƠ ĐÃ TIẾP NHẬN',
  '',
  'STT;Mã hồ sơ;Thủ tục hành chính;Hình thức tiếp nhận;Ngày nhận;Ngày trả;Tình trạng',
  '1;T-0001;Thủ tục chứng thực di chúc;Trực tiếp;05/03/2024 08:30;;Đang xử lý',
  '2;T-0002;Đăng ký khai sinh;Trực tiếp;06/03/2024 09:00;06/03/2024;Đã trả kết quả',
].join('\n');

function files(procedures: Record<string, string>): { list: string; mapping: string } {
  const folder = tempFolder();
  const list = join(folder, 'tinh.csv');
  writeFileSync(list, LIST);
  const mapping = join(folder, 'ghep-cot.json');
  writeFileSync(mapping, JSON.stringify({ procedures }));
  return { list, mapping };
}

describe('the procedures of an import mapping file by name', () => {
  it('suggests a local procedure by its name, and imports with the name as its confirmation', async () => {
    const db = await initLedger(tempFolder());
    const { list, mapping } = files({ 'Thủ tục chứng thực di chúc': 'chứng thực di chúc' });
    const asked = await cli('import', '--db', db, list, '--dry-run');
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain('Thủ tục "Thủ tục chứng thực di chúc" (1 dòng) không trùng tên trong danh mục; gần nhất: "Chứng thực di chúc" (chưa có mã quốc gia: ghi tên)');
    expect(asked.stdout).toContain('"mã TTHC hoặc tên thủ tục trong danh mục"');
    expect(asked.stdout).not.toContain('XA-');

    const imported = await cli('import', '--db', db, list, '--mapping', mapping, '--save-profile', 'Tỉnh');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('thêm mới 2');
    const session = openLedgerSession(db, { actor: 't' });
    expect(session.dossiers.findByCodes(['T-0001']).get('T-0001')?.procedureCode).toBe(WILL);
    session.close();
    // The saved profile holds the procedure itself, and reads the next export the same way.
    const again = await cli('import', '--db', db, list, '--profile', 'Tỉnh');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('không đổi 2');
  });

  it('refuses names that are no procedure’s or several procedures’, all at once, writing nothing', async () => {
    const db = await initLedger(tempFolder());
    namesake(db, 'Chung thuc di chuc');
    const { list, mapping } = files({ 'Thủ tục chứng thực di chúc': 'chung thuc di chuc', 'Đăng ký khai sinh': 'khai sinh' });
    const refused = await cli('import', '--db', db, list, '--mapping', mapping);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Tệp ghép cột "ghep-cot.json" có thủ tục không nhận ra được (chưa nhập gì):');
    expect(refused.stderr).toContain('"procedures" → "Thủ tục chứng thực di chúc": Tên "chung thuc di chuc" ứng với 2 thủ tục trong danh mục');
    expect(refused.stderr).toContain('"procedures" → "Đăng ký khai sinh": Không có thủ tục tên "khai sinh" trong danh mục; gần nhất: "');
    expect(refused.stderr).not.toContain('XA-');
    const session = openLedgerSession(db, { actor: 't' });
    expect(session.dossiers.count()).toBe(0);
    session.close();
  });
});
