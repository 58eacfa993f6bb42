// The package file itself: signature, checksums, versions, fingerprints and encryption, without a ledger.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, decodeContainer, encodeContainer } from '../../electron/handoff/container';
import { PackageRefusedError, type RefusalReason } from '../../electron/handoff/errors';
import { fingerprintOf, generateUnitKey, normaliseFingerprint } from '../../electron/handoff/keys';
import { encodeManifest, parseManifest } from '../../electron/handoff/manifest';
import { partOpener, readPackage } from '../../electron/handoff/package-reader';
import { type PackageInput, buildPackage, signAndWrap } from '../../electron/handoff/package-writer';

const key = generateUnitKey();
const CONTENT = Buffer.from(JSON.stringify({ hồ_sơ: 'Nguyễn Thị Hòa — 0912 345 678' }), 'utf8');

function input(overrides: Partial<PackageInput> = {}): PackageInput {
  return {
    kind: 'full',
    appVersion: '0.1.0',
    createdAt: new Date('2024-03-15T02:00:00.000Z'),
    sender: { unitCode: '000.00.21.H57', unitName: 'UBND xã Hương Hữu', desk: 1 },
    receivingUnit: 'UBND huyện Nam Đông',
    period: null,
    schemaVersion: 4,
    counts: { dossiers: 1 },
    parts: [{ name: 'dossiers.json', mediaType: 'application/json', content: CONTENT, compress: true }],
    key,
    passphrase: 'mật khẩu đủ dài',
    ...overrides,
  };
}

function refusal(work: () => unknown): RefusalReason {
  try {
    work();
  } catch (error) {
    if (error instanceof PackageRefusedError) {
      expect(error.message).toMatch(/[À-ỹ]/u);
      return error.reason;
    }
    throw error;
  }
  throw new Error('the package was accepted');
}

describe('package file', () => {
  it('reads back what was written: manifest, signature, every part', () => {
    const bytes = buildPackage(input({ passphrase: null, kind: 'report' }));
    const pkg = readPackage(bytes);
    expect(pkg.manifest.format_version).toBe(FORMAT_VERSION);
    expect(pkg.manifest.sender.fingerprint).toBe(fingerprintOf(key.publicKey));
    expect(pkg.manifest.parts.map((p) => p.name)).toEqual(['dossiers.json']);
    expect(partOpener(pkg, null).bytes('dossiers.json').equals(CONTENT)).toBe(true);
  });

  it('encrypts every part of a package with a passphrase: the plain text appears nowhere in the file', () => {
    const bytes = buildPackage(input());
    const pkg = readPackage(bytes);
    expect(pkg.manifest.encryption?.cipher).toBe('aes-256-gcm');
    const stored = pkg.stored('dossiers.json');
    expect(stored?.part.nonce).not.toBeNull();
    expect(() => gunzipSync(stored?.bytes ?? Buffer.alloc(0))).toThrow();
    for (const text of ['Nguyễn Thị Hòa', '0912 345 678']) {
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
    }
    expect(partOpener(pkg, 'mật khẩu đủ dài').bytes('dossiers.json').equals(CONTENT)).toBe(true);
    // The same passphrase typed with decomposed diacritics (another input method) opens it too.
    expect(partOpener(pkg, 'mật khẩu đủ dài'.normalize('NFD')).bytes('dossiers.json').equals(CONTENT)).toBe(true);
  });

  it('refuses a wrong or missing passphrase', () => {
    const pkg = readPackage(buildPackage(input()));
    expect(refusal(() => partOpener(pkg, 'mật khẩu khác hẳn').bytes('dossiers.json'))).toBe('wrong_passphrase');
    expect(refusal(() => partOpener(pkg, null))).toBe('wrong_passphrase');
  });

  it('refuses the file with any single byte changed, wherever it is', () => {
    const bytes = buildPackage(input());
    const positions = [0, 9, 12, 40, Math.floor(bytes.length / 2), bytes.length - 40, bytes.length - 1];
    for (const at of positions) {
      const altered = Buffer.from(bytes);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      expect(['not_a_package', 'damaged', 'unknown_version']).toContain(refusal(() => readPackage(altered)));
    }
  });

  it('refuses an alteration even when the whole-file checksum is recomputed: parts and manifest are checked too', () => {
    const bytes = buildPackage(input());
    const c = decodeContainer(bytes);
    const payload = Buffer.from(c.payload);
    payload[payload.length - 1] = (payload[payload.length - 1] ?? 0) ^ 0x01;
    expect(refusal(() => readPackage(encodeContainer({ ...c, payload })))).toBe('damaged');
    const manifest = Buffer.from(c.manifestBytes.toString('utf8').replace('"counts":{"dossiers":1}', '"counts":{"dossiers":2}'));
    expect(manifest.equals(c.manifestBytes)).toBe(false);
    expect(refusal(() => readPackage(encodeContainer({ ...c, manifestBytes: manifest })))).toBe('bad_signature');
  });

  it('refuses the file truncated by one byte, or by anything', () => {
    const bytes = buildPackage(input());
    for (const length of [bytes.length - 1, bytes.length - 33, 100, 12, 5, 0]) {
      expect(['not_a_package', 'damaged']).toContain(refusal(() => readPackage(bytes.subarray(0, length))));
    }
  });

  it('refuses an unknown container version and an unknown (signed) manifest version', () => {
    const bytes = buildPackage(input({ passphrase: null }));
    const container = decodeContainer(bytes);
    const newer = signAndWrap(container.manifestBytes, container.payload, key.privateKey, FORMAT_VERSION + 1);
    expect(refusal(() => readPackage(newer))).toBe('unknown_version');
    const manifest = JSON.parse(container.manifestBytes.toString('utf8')) as Record<string, unknown>;
    const signedNewer = signAndWrap(Buffer.from(JSON.stringify({ ...manifest, format_version: 2 })), container.payload, key.privateKey);
    expect(refusal(() => readPackage(signedNewer))).toBe('unknown_version');
  });

  it('refuses a manifest changed and signed again by another key than the one it names', () => {
    const bytes = buildPackage(input({ passphrase: null }));
    const container = decodeContainer(bytes);
    const manifest = parseManifest(container.manifestBytes);
    const forged = encodeManifest({ ...manifest, sender: { ...manifest.sender, unit_name: 'UBND xã Khác' } });
    expect(refusal(() => readPackage(signAndWrap(forged, container.payload, generateUnitKey().privateKey)))).toBe('bad_signature');
  });

  it('refuses parts swapped into another package, even signed by the right key', () => {
    const a = decodeContainer(buildPackage(input({ passphrase: null })));
    const b = decodeContainer(buildPackage(input({ passphrase: null, parts: [{ name: 'dossiers.json', mediaType: 'application/json', content: Buffer.from('{}'), compress: true }] })));
    expect(refusal(() => readPackage(signAndWrap(a.manifestBytes, b.payload, key.privateKey)))).toBe('damaged');
  });

  it('gives a short fingerprint that survives the way people type it back', () => {
    const fp = fingerprintOf(key.publicKey);
    expect(fp).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normaliseFingerprint(fp.toLowerCase().replace(/-/g, ' '))).toBe(fp);
    expect(normaliseFingerprint(fp.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(fp);
    expect(normaliseFingerprint('K7Q2-M9XA')).toBeNull();
    expect(fingerprintOf(generateUnitKey().publicKey)).not.toBe(fp);
  });
});
