// The manifest at the head of every package: what it is (format and app version, kind), who sent it
// (unit code and name, public key, fingerprint), for which period, when it was made, how much it holds,
// and the SHA-256 of every part and of the whole payload. It is signed; nothing in it is personal data.
import { z } from 'zod';
import { FORMAT_VERSION, unknownVersion } from './container';
import { PackageRefusedError } from './errors';

export const FORMAT_NAME = 'so-mot-cua/goi-ban-giao';

export type PackageKind = 'report' | 'full';
/** Every kind a manifest may name: the handoff's, and the receiving office's rules update (rules-update-*.ts). */
export type ManifestKind = PackageKind | 'rules_update';

export const KIND_LABELS_VI: Record<ManifestKind, string> = {
  report: 'gói báo cáo (gửi đơn vị nhận báo cáo)',
  full: 'gói đầy đủ (chuyển máy, sao lưu; đã mã hóa)',
  rules_update: 'gói cập nhật quy định (lịch nghỉ, danh mục thủ tục; do đơn vị nhận báo cáo gửi)',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const partSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
  media_type: z.string().min(1).max(100),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  sha256,
  /** gzip before encryption (and before hashing), or stored as is. */
  compression: z.enum(['gzip', 'none']),
  /** AES-256-GCM nonce (base64) when the part is encrypted. */
  nonce: base64.nullable(),
});

const periodSchema = z.strictObject({
  key: z.string().min(1).max(64),
  label: z.string().min(1).max(200),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rule: z.enum(['nd09', 'calendar']),
});

export const manifestSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  format_version: z.literal(FORMAT_VERSION),
  app_version: z.string().min(1).max(50),
  package_id: z.uuid(),
  kind: z.enum(['report', 'full', 'rules_update']),
  created_at: z.iso.datetime(),
  sender: z.strictObject({
    unit_code: z.string().min(1).max(100),
    unit_name: z.string().max(300),
    desk: z.number().int().min(1).max(9).nullable(),
    public_key: base64,
    fingerprint: z.string().length(19),
  }),
  receiving_unit: z.string().max(300),
  period: periodSchema.nullable(),
  /** The ledger schema version the sender wrote (for restore). */
  schema_version: z.number().int().min(1),
  counts: z.record(z.string(), z.number().int().min(0)),
  parts: z.array(partSchema).min(1).max(16),
  /** SHA-256 of the whole payload (every part, in order). */
  payload_sha256: sha256,
  encryption: z
    .strictObject({
      cipher: z.literal('aes-256-gcm'),
      kdf: z.strictObject({ name: z.literal('scrypt'), salt: base64, N: z.number().int(), r: z.number().int(), p: z.number().int() }),
    })
    .nullable(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPart = Manifest['parts'][number];
export type ManifestPeriod = NonNullable<Manifest['period']>;

export function encodeManifest(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(manifest), 'utf8');
}

/** Parses the manifest bytes: an unknown format version is told apart from a damaged manifest. */
export function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new PackageRefusedError('damaged', 'Gói bị hỏng: không đọc được bản kê khai.', { cause: error });
  }
  const head = z.object({ format: z.string(), format_version: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== FORMAT_NAME) {
    throw new PackageRefusedError('not_a_package', 'Tệp này không phải gói bàn giao của Sổ Một Cửa.');
  }
  if (head.data.format_version !== FORMAT_VERSION) throw unknownVersion(head.data.format_version);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PackageRefusedError('invalid_content', `Bản kê khai của gói không hợp lệ (${parsed.error.issues[0]?.path.join('.') ?? ''}).`);
  }
  return parsed.data;
}
