// How big each part of a package may be, stored and once decompressed, checked before a byte of it is
// read (adversarial round, issue 15: a 410 KB report package inflated to 400 MB and 1.8 GB of memory).
// A commune's report figures are kilobytes and its PDF a few megabytes; a full package carries the whole
// ledger, so its parts may be large — but never without a limit.
import type { ManifestKind, ManifestPart } from './manifest';
import { PackageRefusedError } from './errors';

const MiB = 1024 * 1024;

/** The most a part may hold, decompressed, by package kind and part name; other names get `other`. */
export const PART_LIMITS: Record<ManifestKind, Record<string, number> & { other: number }> = {
  report: { 'report.json': 8 * MiB, 'report.pdf': 32 * MiB, other: 1 * MiB },
  full: { 'dossiers.json': 512 * MiB, 'ledger.json': 512 * MiB, other: 1 * MiB },
  // calendar days and catalogue changes of a receiving office: kilobytes
  rules_update: { 'rules.json': 8 * MiB, other: 1 * MiB },
};

export const limitOf = (kind: ManifestKind, name: string): number => PART_LIMITS[kind][name] ?? PART_LIMITS[kind].other;

const megabytes = (bytes: number) => `${Math.ceil(bytes / MiB)} MB`;

export function tooLarge(kind: ManifestKind, name: string): PackageRefusedError {
  return new PackageRefusedError(
    'invalid_content',
    `Phần "${name}" của gói lớn hơn mức cho phép (${megabytes(limitOf(kind, name))}): gói không phải do Sổ Một Cửa tạo ra bình thường, đã từ chối mà không mở phần đó.`,
  );
}

/** Refuses a part whose declared (stored) size is already over its limit, before it is hashed or opened. */
export function checkDeclaredSize(kind: ManifestKind, part: ManifestPart): void {
  // Stored bytes are never more than the content plus gzip's and AES-GCM's few bytes of framing.
  if (part.length > limitOf(kind, part.name) + 64 * 1024) throw tooLarge(kind, part.name);
}

/** The largest package file worth reading into memory: every part of a full package at its limit. */
export const MAX_PACKAGE_FILE_BYTES = Math.max(...Object.values(PART_LIMITS).map((l) => Object.values(l).reduce((a, b) => a + b, 0))) + 2 * MiB;
