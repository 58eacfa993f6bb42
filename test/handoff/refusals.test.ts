// A package that is altered, truncated, of an unknown version, signed by another unit's key, for another
// unit or of the wrong kind is refused with a Vietnamese message, and the ledger file is byte for byte as
// it was (every connection closed, so the WAL is checkpointed away before hashing).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeContainer } from '../../electron/handoff/container';
import { importPackage, previewPackageImport, PackageRefusedError, type RefusalReason, registerSendingUnit, setReceivingOffice } from '../../electron/handoff';
import { exportFullPackage, exportReportPackage } from '../../electron/handoff/package-export';
import { signAndWrap } from '../../electron/handoff/package-writer';
import { readUnitKey } from '../../electron/handoff/unit-identity';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { AT, HUONG_HUU, PASSPHRASE, cli, hashLedger, importFixture, initLedger, later, open, tempFolder } from './helpers';

interface World {
  folder: string;
  desk: string;
  office: string;
  full: Buffer;
  report: Buffer;
  otherKeyFull: Buffer;
  otherKeyReport: Buffer;
  otherUnitFull: Buffer;
}

async function makeWorld(): Promise<World> {
  const folder = tempFolder('suite');
  const a = await initLedger(join(folder, 'a.db'), { ...HUONG_HUU, desk: 1 });
  const desk = await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 });
  const office = await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông', unitCode: 'H57' });
  const impostor = await initLedger(join(folder, 'impostor.db'), { ...HUONG_HUU, desk: 3 });
  const stranger = await initLedger(join(folder, 'stranger.db'), { unitName: 'UBND xã Hương Lộc', unitCode: '000.00.22.H57' });

  const sa = open(a);
  await importFixture(sa);
  const period = resolvePeriodRequest(sa, { period: '2024-Q1' });
  exportFullPackage(sa, { out: join(folder, 'first.somc'), passphrase: PASSPHRASE, at: AT });
  // A later package with one more dossier: importing it would write, so refusing it is what keeps the ledger unchanged.
  const first = sa.dossiers.getByCode('000.00.21.H57-231215-0001');
  sa.dossiers.update(first?.id ?? '', { lateCause: 'Đã sửa trên bàn 1' }, { actor: 'Bàn 1', at: later(5) });
  exportFullPackage(sa, { out: join(folder, 'full.somc'), passphrase: PASSPHRASE, at: later(10) });
  await exportReportPackage(sa, { out: join(folder, 'report.somc'), period, at: later(10), includePdf: false });
  const fingerprint = readUnitKey(sa.db)?.fingerprint ?? '';
  sa.close();

  const sb = open(desk);
  importPackage(sb, readFileSync(join(folder, 'first.somc')), { passphrase: PASSPHRASE, at: later(1) });
  sb.close();
  const so = open(office);
  setReceivingOffice(so, true, AT);
  registerSendingUnit(so, { unitCode: HUONG_HUU.unitCode, fingerprint, unitName: HUONG_HUU.unitName }, AT);
  so.close();

  const si = open(impostor);
  await importFixture(si);
  exportFullPackage(si, { out: join(folder, 'impostor-full.somc'), passphrase: PASSPHRASE, at: later(20) });
  await exportReportPackage(si, { out: join(folder, 'impostor-report.somc'), period, at: later(20), includePdf: false });
  si.close();
  const ss = open(stranger);
  exportFullPackage(ss, { out: join(folder, 'stranger.somc'), passphrase: PASSPHRASE, at: later(20) });
  ss.close();

  const read = (name: string) => readFileSync(join(folder, name));
  return {
    folder,
    desk,
    office,
    full: read('full.somc'),
    report: read('report.somc'),
    otherKeyFull: read('impostor-full.somc'),
    otherKeyReport: read('impostor-report.somc'),
    otherUnitFull: read('stranger.somc'),
  };
}

const flipByte = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
};

/** The same package announcing the next format version (refused before its signature is looked at). */
function newerVersion(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt16BE(decodeContainer(bytes).formatVersion + 1, 8);
  return copy;
}

/** Tries preview and import on a closed ledger; returns the refusal, after checking the file is unchanged. */
function refuse(file: string, bytes: Uint8Array, reason: RefusalReason[]): string {
  const before = hashLedger(file);
  const messages: string[] = [];
  for (const attempt of [previewPackageImport, importPackage]) {
    const session = open(file);
    try {
      attempt(session, bytes, { passphrase: PASSPHRASE });
      throw new Error('the package was accepted');
    } catch (error) {
      if (!(error instanceof PackageRefusedError)) throw error;
      expect(reason).toContain(error.reason);
      expect(error.message).toMatch(/Không có gì được ghi vào sổ\.$/);
      messages.push(error.message);
    } finally {
      session.close();
    }
  }
  expect(hashLedger(file)).toBe(before);
  return messages[0] ?? '';
}

describe('refused packages change nothing', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });

  it('the packages are good to begin with (so each refusal below is the alteration)', () => {
    const desk = open(w.desk);
    expect(previewPackageImport(desk, w.full, { passphrase: PASSPHRASE }).counts.updated).toBe(1);
    desk.close();
    const office = open(w.office);
    expect(previewPackageImport(office, w.report).counts.new).toBe(1);
    office.close();
  });

  it('one byte changed — in the header, the manifest, the signature, a part or the checksum', () => {
    for (const [file, bytes] of [
      [w.desk, w.full],
      [w.office, w.report],
    ] as const) {
      for (const at of [3, 9, 20, 200, bytes.length - 200, bytes.length - 33, bytes.length - 1]) {
        const message = refuse(file, flipByte(bytes, at), ['damaged', 'not_a_package', 'unknown_version']);
        expect(message.length).toBeGreaterThan(20);
      }
    }
  });

  it('truncated by one byte', () => {
    expect(refuse(w.desk, w.full.subarray(0, w.full.length - 1), ['damaged'])).toMatch(/bị cắt cụt/);
    expect(refuse(w.office, w.report.subarray(0, w.report.length - 1), ['damaged'])).toMatch(/bị cắt cụt/);
  });

  it('of an unknown format version', () => {
    expect(refuse(w.desk, newerVersion(w.full), ['unknown_version'])).toMatch(/Hãy cập nhật Sổ Một Cửa/);
    expect(refuse(w.office, newerVersion(w.report), ['unknown_version'])).toMatch(/định dạng phiên bản 2/);
  });

  it('signed by another key than the unit’s (a package passed off as the commune’s)', () => {
    expect(refuse(w.desk, w.otherKeyFull, ['untrusted_key'])).toMatch(/không phải khóa đã đăng ký/);
    expect(refuse(w.office, w.otherKeyReport, ['untrusted_key'])).toMatch(/có thể bị giả mạo/);
  });

  it('a forged manifest naming the registered key but signed by another', () => {
    const c = decodeContainer(w.report);
    const forged = signAndWrap(c.manifestBytes, c.payload, impostorPrivateKey(w));
    expect(refuse(w.office, forged, ['bad_signature'])).toMatch(/Chữ ký số của gói không đúng/);
  });

  it('of another unit, or of the wrong kind for the ledger', () => {
    expect(refuse(w.desk, w.otherUnitFull, ['wrong_unit'])).toMatch(/không phải của đơn vị của sổ này/);
    expect(refuse(w.desk, w.report, ['wrong_kind'])).toMatch(/gói báo cáo/);
    expect(refuse(w.office, w.full, ['wrong_kind'])).toMatch(/dữ liệu cá nhân/);
  });

  it('with a wrong passphrase', () => {
    const before = hashLedger(w.desk);
    const session = open(w.desk);
    expect(() => importPackage(session, w.full, { passphrase: 'không phải mật khẩu này' })).toThrow(/Mật khẩu không đúng/);
    session.close();
    expect(hashLedger(w.desk)).toBe(before);
  });

  it('from an unknown unit at the receiving office, with the way to register it', async () => {
    const fresh = await initLedger(join(tempFolder(), 'fresh-office.db'), { unitName: 'UBND huyện A Lưới' });
    const session = open(fresh);
    setReceivingOffice(session, true, AT);
    session.close();
    expect(refuse(fresh, w.report, ['unknown_unit'])).toMatch(/register-unit --db SỔ --unit-code 000\.00\.21\.H57/);
  });

  it('on the command line: non-zero exit, Vietnamese on stderr, ledger unchanged', async () => {
    const altered = join(w.folder, 'altered.somc');
    writeFileSync(altered, flipByte(w.report, 500));
    const before = hashLedger(w.office);
    const result = await cli('import-package', '--db', w.office, altered);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^Gói bị từ chối: Gói bị hỏng/m);
    expect(result.stdout).toBe('');
    expect(hashLedger(w.office)).toBe(before);
  });
});

/** The impostor ledger's private key, to sign a forged manifest with. */
function impostorPrivateKey(w: World): Buffer {
  const session = open(join(w.folder, 'impostor.db'));
  const key = readUnitKey(session.db);
  session.close();
  if (!key) throw new Error('impostor has no key');
  return key.privateKey;
}
