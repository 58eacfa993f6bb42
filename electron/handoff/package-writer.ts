// Building a package from its parts: compress, encrypt (full packages), hash, list them in the manifest,
// sign the manifest with the unit's key, and wrap it all in the container.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { FORMAT_VERSION, SIGNATURE_DOMAIN, encodeContainer, sha256Hex } from './container';
import { type KdfParams, deriveKey, encryptPart, newKdfParams } from './encryption';
import { fingerprintOf, signBytes } from './keys';
import { FORMAT_NAME, type Manifest, type ManifestPart, type ManifestKind, type ManifestPeriod, encodeManifest } from './manifest';

export interface PartInput {
  name: string;
  mediaType: string;
  content: Uint8Array;
  compress: boolean;
}

export interface PackageInput {
  kind: ManifestKind;
  appVersion: string;
  createdAt: Date;
  sender: { unitCode: string; unitName: string; desk: number | null };
  receivingUnit: string;
  period: ManifestPeriod | null;
  schemaVersion: number;
  counts: Record<string, number>;
  parts: PartInput[];
  key: { publicKey: Buffer; privateKey: Buffer };
  /** Every part is encrypted with it when given (always for a full package). */
  passphrase: string | null;
}

/** The associated data binding an encrypted part to its package and name. */
export const partAad = (packageId: string, partName: string): string => `${FORMAT_NAME}/${packageId}/${partName}`;

export function buildPackage(input: PackageInput, packageId: string = randomUUID()): Buffer {
  const kdf: KdfParams | null = input.passphrase === null ? null : newKdfParams();
  const key = kdf && input.passphrase !== null ? deriveKey(input.passphrase, kdf) : null;
  const stored: Buffer[] = [];
  const parts: ManifestPart[] = [];
  let offset = 0;
  for (const part of input.parts) {
    const packed = part.compress ? gzipSync(part.content) : Buffer.from(part.content);
    const encrypted = key ? encryptPart(key, packed, partAad(packageId, part.name)) : null;
    const bytes = encrypted ? encrypted.bytes : packed;
    parts.push({
      name: part.name,
      media_type: part.mediaType,
      offset,
      length: bytes.length,
      sha256: sha256Hex(bytes),
      compression: part.compress ? 'gzip' : 'none',
      nonce: encrypted ? encrypted.nonce : null,
    });
    stored.push(bytes);
    offset += bytes.length;
  }
  const payload = Buffer.concat(stored);
  const manifest: Manifest = {
    format: FORMAT_NAME,
    format_version: FORMAT_VERSION,
    app_version: input.appVersion,
    package_id: packageId,
    kind: input.kind,
    created_at: input.createdAt.toISOString(),
    sender: {
      unit_code: input.sender.unitCode,
      unit_name: input.sender.unitName,
      desk: input.sender.desk,
      public_key: input.key.publicKey.toString('base64'),
      fingerprint: fingerprintOf(input.key.publicKey),
    },
    receiving_unit: input.receivingUnit,
    period: input.period,
    schema_version: input.schemaVersion,
    counts: input.counts,
    parts,
    payload_sha256: sha256Hex(payload),
    encryption: kdf ? { cipher: 'aes-256-gcm', kdf } : null,
  };
  return signAndWrap(encodeManifest(manifest), payload, input.key.privateKey);
}

/** Signs the manifest bytes and wraps manifest, signature and payload in the container. */
export function signAndWrap(manifestBytes: Buffer, payload: Buffer, privateKey: Buffer, formatVersion = FORMAT_VERSION): Buffer {
  const signature = signBytes(privateKey, Buffer.concat([SIGNATURE_DOMAIN, manifestBytes]));
  return encodeContainer({ formatVersion, manifestBytes, signature, payload });
}
