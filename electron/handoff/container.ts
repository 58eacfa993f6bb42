// The one-file package, byte by byte (all integers big-endian):
//
//   0   8 bytes   magic "SOMC-GOI"
//   8   u16       format version (1): fixed here forever, so any later format is recognised and refused
//   10  u32       manifest length M, then M bytes of manifest (UTF-8 JSON)
//       u16       signature length S (64), then S bytes: Ed25519 over SIGNATURE_DOMAIN + manifest bytes
//       …         the payload: every part, one after the other, as the manifest lists them
//       32 bytes  SHA-256 of everything before it (the whole file): a truncated or altered file never passes
import { createHash } from 'node:crypto';
import { PackageRefusedError } from './errors';

export const MAGIC = Buffer.from('SOMC-GOI', 'ascii');
export const FORMAT_VERSION = 1;
export const SIGNATURE_DOMAIN = Buffer.from('so-mot-cua/goi-ban-giao/chu-ky/v1\0', 'utf8');
const TRAILER_BYTES = 32;
const MAX_MANIFEST_BYTES = 1024 * 1024;

export interface Container {
  formatVersion: number;
  manifestBytes: Buffer;
  signature: Buffer;
  payload: Buffer;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function encodeContainer(c: Container): Buffer {
  const head = Buffer.alloc(14);
  MAGIC.copy(head, 0);
  head.writeUInt16BE(c.formatVersion, 8);
  head.writeUInt32BE(c.manifestBytes.length, 10);
  const sigLength = Buffer.alloc(2);
  sigLength.writeUInt16BE(c.signature.length, 0);
  const body = Buffer.concat([head, c.manifestBytes, sigLength, c.signature, c.payload]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

const damaged = (detail: string) =>
  new PackageRefusedError('damaged', `Gói bị hỏng: ${detail} Tệp có thể đã bị cắt cụt khi chép, hoặc đã bị sửa. Hãy chép lại gói từ máy gửi.`);

/** The sections of a package file, after checking the magic, the version and the whole-file checksum. */
export function decodeContainer(bytes: Uint8Array): Container {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new PackageRefusedError('not_a_package', 'Tệp này không phải gói bàn giao của Sổ Một Cửa.');
  }
  if (file.length < 10) throw damaged('tệp ngắn hơn phần đầu của gói.');
  const formatVersion = file.readUInt16BE(8);
  if (formatVersion !== FORMAT_VERSION) throw unknownVersion(formatVersion);
  if (file.length < 14 + 2 + TRAILER_BYTES) throw damaged('tệp ngắn hơn phần đầu của gói.');
  const body = file.subarray(0, file.length - TRAILER_BYTES);
  const trailer = file.subarray(file.length - TRAILER_BYTES);
  if (!createHash('sha256').update(body).digest().equals(trailer)) throw damaged('mã kiểm tra SHA-256 của toàn gói không khớp.');
  const manifestLength = file.readUInt32BE(10);
  const manifestEnd = 14 + manifestLength;
  if (manifestLength === 0 || manifestLength > MAX_MANIFEST_BYTES || manifestEnd + 2 > body.length) throw damaged('độ dài bản kê khai không hợp lệ.');
  const signatureLength = file.readUInt16BE(manifestEnd);
  const signatureEnd = manifestEnd + 2 + signatureLength;
  if (signatureLength !== 64 || signatureEnd > body.length) throw damaged('chữ ký số không đúng độ dài.');
  return {
    formatVersion,
    manifestBytes: Buffer.from(file.subarray(14, manifestEnd)),
    signature: Buffer.from(file.subarray(manifestEnd + 2, signatureEnd)),
    payload: Buffer.from(body.subarray(signatureEnd)),
  };
}

export function unknownVersion(version: number): PackageRefusedError {
  return new PackageRefusedError(
    'unknown_version',
    `Gói có định dạng phiên bản ${version}; phiên bản Sổ Một Cửa này chỉ đọc được định dạng ${FORMAT_VERSION}. ` +
      'Hãy cập nhật Sổ Một Cửa (hoặc xuất lại gói bằng cùng phiên bản với máy nhận).',
  );
}
