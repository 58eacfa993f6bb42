// Restoring the ledger from an encrypted backup (a full package, `.somc`) at the desk — Thiết lập › Sao
// lưu, the first-run wizard, the start-up screen: the file (uploaded, or a path the desktop's open dialog
// handed out) and its passphrase, what it holds before anything is written, then the restore of exactly
// those bytes, replacing the ledger as a backup restore does (the current ledger kept aside).
import { z } from 'zod';
import { packageSource } from './handoff-schemas';
import { withJobId } from './job-schemas';
import { restorePin } from './startup-schemas';

export const packageRestorePreviewInput = z.strictObject({
  source: packageSource,
  passphrase: z.string('Mật khẩu phải là chữ.').max(200, 'Mật khẩu dài quá 200 ký tự.').refine((s) => s !== '', 'Hãy gõ mật khẩu của bản sao lưu.'),
  ...withJobId,
});

export const packageRestorePreview = z.object({
  previewId: z.string(),
  fileName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  desk: z.number().int().nullable(),
  fingerprint: z.string(),
  /** "16:05 ngày 07/03/2024": when the copy was made (Vietnam time). */
  createdAtText: z.string(),
  appVersion: z.string(),
  dossiers: z.number().int(),
  historyEvents: z.number().int(),
  operators: z.array(z.string()),
  /** Labels of the signed periods the copy carries. */
  signedPeriods: z.array(z.string()),
  /** The ledger it replaces, when open: what is kept aside. Null when none is open (missing, damaged). */
  current: z.object({ unitName: z.string(), unitCode: z.string(), dossiers: z.number().int(), configured: z.boolean() }).nullable(),
  /** Signed periods of the current ledger the copy lacks: kept, but the restore needs the chairman's PIN. */
  periodsAtRisk: z.array(z.string()),
});
export type PackageRestorePreviewView = z.output<typeof packageRestorePreview>;

export const packageRestoreInput = z.strictObject({
  previewId: z.string('Mã lần xem trước phải là chữ.').uuid('Mã lần xem trước không hợp lệ.'),
  chairmanPin: restorePin,
  ...withJobId,
});
