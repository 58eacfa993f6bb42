// Passphrase encryption of a full package's parts: scrypt derives a 256-bit key from the passphrase the
// user types, AES-256-GCM encrypts and authenticates each part (a fresh 12-byte nonce per part; the part's
// name and the package id as associated data, so parts cannot be swapped between packages).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { HandoffError, PackageRefusedError } from './errors';

export interface KdfParams {
  name: 'scrypt';
  /** Base64, 16 bytes. */
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB of memory: about 0.1 s on an old office PC. */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };
/** What a package may ask for: a forged manifest must not make the importer run out of memory. */
const MAX_N = 2 ** 20;
const MAX_MEMORY = 256 * 1024 * 1024;
const TAG_BYTES = 16;

export const MIN_PASSPHRASE_LENGTH = 8;

/** Typed passphrases are NFC: the same words typed with another Vietnamese input method must still open the package. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function checkNewPassphrase(passphrase: string): void {
  if ([...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new HandoffError(`Mật khẩu của gói phải có ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.`);
  }
}

export function newKdfParams(): KdfParams {
  return { name: 'scrypt', salt: randomBytes(16).toString('base64'), ...DEFAULT_COST };
}

export function deriveKey(passphrase: string, params: KdfParams): Buffer {
  const { N, r, p } = params;
  const power = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  const memory = 128 * N * r * (p + 1);
  if (!power || N > MAX_N || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 4 || memory > MAX_MEMORY) {
    throw new PackageRefusedError('invalid_content', 'Gói yêu cầu tham số mã hóa không hợp lệ.');
  }
  return scryptSync(normalisePassphrase(passphrase), Buffer.from(params.salt, 'base64'), 32, { N, r, p, maxmem: memory + 1024 * 1024 });
}

export interface EncryptedPart {
  /** Base64, 12 bytes. */
  nonce: string;
  /** Ciphertext followed by the 16-byte GCM tag. */
  bytes: Buffer;
}

export function encryptPart(key: Buffer, plaintext: Uint8Array, aad: string): EncryptedPart {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const bytes = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), bytes };
}

/** Throws `wrong_passphrase` when the tag does not verify (the checksums were verified before, so the bytes are whole). */
export function decryptPart(key: Buffer, part: EncryptedPart, aad: string): Buffer {
  if (part.bytes.length < TAG_BYTES) throw new PackageRefusedError('damaged', 'Phần mã hóa của gói bị hỏng.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(part.nonce, 'base64'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(part.bytes.subarray(part.bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(part.bytes.subarray(0, part.bytes.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new PackageRefusedError(
      'wrong_passphrase',
      'Mật khẩu không đúng: không mở được gói. Hãy gõ lại mật khẩu đã dùng khi xuất gói.',
      { cause: error },
    );
  }
}
