// Ed25519 keys of a unit (node:crypto): generate, sign, verify, and the short fingerprint a receiving
// office registers — 80 bits of the public key's SHA-256 in Crockford base32, read out as 4 groups of 4
// ("K7Q2-M9XA-3RTB-Z4PW"), unambiguous over the phone (no I, L, O, U).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

export interface UnitKeyPair {
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  /** The private key, PKCS#8 DER. */
  privateKey: Buffer;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FINGERPRINT_BYTES = 10;
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

export function generateUnitKey(): UnitKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey.export({ format: 'der', type: 'spki' })), privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** The raw key at the end of an Ed25519 SPKI DER (12-byte prefix + 32 bytes). */
function rawPublicKey(spki: Buffer): Buffer {
  return Buffer.from(spki.subarray(spki.length - 32));
}

/** The public key belonging to a PKCS#8 private key (to check a stored or carried pair is whole). */
export function publicKeyOfPrivate(privateKey: Buffer): Buffer {
  const key = createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' });
  return rawPublicKey(createPublicKey(key).export({ format: 'der', type: 'spki' }));
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function fingerprintOf(publicKey: Uint8Array): string {
  const digest = createHash('sha256').update(publicKey).digest().subarray(0, FINGERPRINT_BYTES);
  return base32(digest).match(/.{4}/g)?.join('-') ?? '';
}

/**
 * A fingerprint as typed by a person: case, spaces and dashes ignored, O read as 0 and I/L as 1
 * (Crockford). Null when it cannot be one.
 */
export function normaliseFingerprint(text: string): string | null {
  const compact = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const grouped = compact.match(/.{1,4}/g)?.join('-') ?? '';
  return FINGERPRINT.test(grouped) ? grouped : null;
}

export function signBytes(privateKey: Buffer, data: Uint8Array): Buffer {
  return sign(null, data, createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }));
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function verifyBytes(publicKey: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return verify(null, data, key, signature);
}
