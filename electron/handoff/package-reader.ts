// Reading a package: the container (magic, version, whole-file checksum), the manifest, the signature over
// it by the key it names, and the checksum of every part and of the whole payload — all before any part
// is decrypted or parsed, and before the ledger is touched.
import { gunzipSync } from 'node:zlib';
import { SIGNATURE_DOMAIN, decodeContainer, sha256Hex } from './container';
import { decryptPart, deriveKey } from './encryption';
import { PackageRefusedError } from './errors';
import { fingerprintOf, verifyBytes } from './keys';
import { type Manifest, type ManifestPart, parseManifest } from './manifest';
import { checkDeclaredSize, limitOf, tooLarge } from './part-limits';
import { partAad } from './package-writer';

export interface VerifiedPackage {
  manifest: Manifest;
  /** SHA-256 of the package file. */
  sha256: string;
  /** The sender's raw public key, as verified against the signature. */
  publicKey: Buffer;
  /** The stored (possibly encrypted) bytes of a part. */
  stored(name: string): { part: ManifestPart; bytes: Buffer } | null;
}

function checkParts(manifest: Manifest, payload: Buffer): void {
  const names = new Set<string>();
  let expected = 0;
  for (const part of manifest.parts) {
    if (names.has(part.name)) throw new PackageRefusedError('damaged', `Gói bị hỏng: phần "${part.name}" được kê hai lần.`);
    names.add(part.name);
    checkDeclaredSize(manifest.kind, part);
    if (part.offset !== expected || part.offset + part.length > payload.length) {
      throw new PackageRefusedError('damaged', `Gói bị hỏng: phần "${part.name}" không nằm đúng chỗ trong gói.`);
    }
    const bytes = payload.subarray(part.offset, part.offset + part.length);
    if (sha256Hex(bytes) !== part.sha256) {
      throw new PackageRefusedError('damaged', `Gói bị hỏng: mã kiểm tra SHA-256 của phần "${part.name}" không khớp.`);
    }
    expected += part.length;
  }
  if (expected !== payload.length) throw new PackageRefusedError('damaged', 'Gói bị hỏng: có dữ liệu thừa ngoài các phần đã kê.');
  if (sha256Hex(payload) !== manifest.payload_sha256) {
    throw new PackageRefusedError('damaged', 'Gói bị hỏng: mã kiểm tra SHA-256 của toàn bộ nội dung không khớp.');
  }
}

export function readPackage(bytes: Uint8Array): VerifiedPackage {
  const container = decodeContainer(bytes);
  const manifest = parseManifest(container.manifestBytes);
  const publicKey = Buffer.from(manifest.sender.public_key, 'base64');
  const signed = Buffer.concat([SIGNATURE_DOMAIN, container.manifestBytes]);
  if (publicKey.length !== 32 || !verifyBytes(publicKey, signed, container.signature)) {
    throw new PackageRefusedError('bad_signature', 'Chữ ký số của gói không đúng: gói đã bị sửa sau khi ký, hoặc không do Sổ Một Cửa tạo ra.');
  }
  if (fingerprintOf(publicKey) !== manifest.sender.fingerprint) {
    throw new PackageRefusedError('bad_signature', 'Dấu vân tay khóa ghi trong gói không khớp với khóa đã ký gói.');
  }
  checkParts(manifest, container.payload);
  if ((manifest.encryption === null) !== manifest.parts.every((p) => p.nonce === null)) {
    throw new PackageRefusedError('invalid_content', 'Bản kê khai của gói ghi sai về việc mã hóa các phần.');
  }
  return {
    manifest,
    sha256: sha256Hex(bytes),
    publicKey,
    stored(name) {
      const part = manifest.parts.find((p) => p.name === name);
      return part ? { part, bytes: container.payload.subarray(part.offset, part.offset + part.length) } : null;
    },
  };
}

/** Opens the package's parts: derives the key once (encrypted packages), then decrypts and decompresses. */
export interface PartOpener {
  /** The part's plain bytes; throws when the package has no such part. */
  bytes(name: string): Buffer;
  has(name: string): boolean;
}

export function partOpener(pkg: VerifiedPackage, passphrase: string | null): PartOpener {
  const encryption = pkg.manifest.encryption;
  if (encryption && (passphrase === null || passphrase === '')) {
    throw new PackageRefusedError('wrong_passphrase', 'Gói đầy đủ được mã hóa: cần mật khẩu đã dùng khi xuất gói.');
  }
  const key = encryption && passphrase !== null ? deriveKey(passphrase, encryption.kdf) : null;
  return {
    has: (name) => pkg.stored(name) !== null,
    bytes(name) {
      const found = pkg.stored(name);
      if (!found) throw new PackageRefusedError('invalid_content', `Gói thiếu phần "${name}".`);
      const { part, bytes } = found;
      const packed = key && part.nonce !== null ? decryptPart(key, { nonce: part.nonce, bytes }, partAad(pkg.manifest.package_id, part.name)) : bytes;
      const limit = limitOf(pkg.manifest.kind, part.name);
      if (part.compression === 'none') return packed;
      try {
        // Inflation stops at the limit: a small part that would inflate beyond it is never held whole.
        return gunzipSync(packed, { maxOutputLength: limit });
      } catch (error) {
        if (error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')) throw tooLarge(pkg.manifest.kind, part.name);
        throw new PackageRefusedError('damaged', `Gói bị hỏng: không giải nén được phần "${part.name}".`, { cause: error });
      }
    },
  };
}
