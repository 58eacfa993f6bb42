// The USB handoff part of the API contract (handoff.md): the unit's identity and the ledger's role, the
// removable drives, exporting a package, previewing then importing one, the conflicts between desks, the
// receiving office's units, period status and consolidated Biểu 06, and the ledger book (Mẫu 07).
import { z } from 'zod';
import { fileDto, isoDate, noInput, requiredText, text, wholeNumber } from './common';
import { parseIsoDate } from '../time/day';
import { compiledReport, exportInput, periodInput } from './report-schemas';
import { unitCode } from './setup-schemas';
import { withJobId } from './job-schemas';

/** The module's own rule (electron/handoff/encryption.ts MIN_PASSPHRASE_LENGTH; a test keeps them equal). */
export const PACKAGE_PASSPHRASE_MIN = 8;

/** Characters as a person counts them: NFC, so "ệ" typed with any input method counts once. */
export const passphraseLength = (s: string) => [...s.normalize('NFC')].length;

/** Why a new passphrase typed twice cannot be used yet (the screens' words for the rule below), or null. */
export function passphrasePairProblem(passphrase: string, again: string): string | null {
  if (passphraseLength(passphrase) < PACKAGE_PASSPHRASE_MIN) return `Mật khẩu phải có ít nhất ${PACKAGE_PASSPHRASE_MIN} ký tự.`;
  if (passphrase !== again) return 'Hai lần nhập mật khẩu chưa khớp nhau.';
  return null;
}

const passphrase = z.string('Mật khẩu phải là chữ.').max(200, 'Mật khẩu dài quá 200 ký tự.');
const folder = requiredText('Thư mục lưu gói', 1000);

export const ROLES = ['unit', 'receiving_office'] as const;

export const identityInput = z.strictObject({ create: z.boolean('Lựa chọn "tạo khóa" phải là có hoặc không.') });
export const identityView = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  /** Null until the unit's key exists (first export, or asked for). */
  fingerprint: z.string().nullable(),
  keyCreatedAt: z.string().nullable(),
  role: z.enum(ROLES),
});
export type IdentityView = z.output<typeof identityView>;

export const drivesView = z.object({
  drives: z.array(z.object({ path: z.string(), label: z.string(), freeBytes: z.number().nullable(), sizeBytes: z.number().nullable() })),
  /** Why the drives could not be listed, in Vietnamese (the folder can still be chosen by hand). */
  problem: z.string().nullable(),
});
export type DrivesView = z.output<typeof drivesView>;

export const chosenPath = z.object({ path: z.string().nullable() });

export const exportPackageInput = z.discriminatedUnion(
  'kind',
  [
    periodInput.extend({ kind: z.literal('report'), folder, ...withJobId }),
    z
      .strictObject({ kind: z.literal('full'), folder, passphrase, passphraseAgain: passphrase, ...withJobId })
      .refine((v) => passphraseLength(v.passphrase) >= PACKAGE_PASSPHRASE_MIN, {
        message: `Mật khẩu của gói phải có ít nhất ${PACKAGE_PASSPHRASE_MIN} ký tự.`,
        path: ['passphrase'],
      })
      .refine((v) => v.passphrase === v.passphraseAgain, { message: 'Hai lần nhập mật khẩu không khớp nhau.', path: ['passphraseAgain'] }),
  ],
  'Loại gói phải là gói báo cáo (report) hoặc gói đầy đủ (full).',
);

const counts = z.record(z.string(), z.number().int());

export const exportOutcome = z.object({
  kind: z.enum(['report', 'full']),
  kindLabel: z.string(),
  path: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  fingerprint: z.string(),
  packageId: z.string(),
  counts,
  /** One Vietnamese line: what the package holds. */
  what: z.string(),
});
export type ExportOutcome = z.output<typeof exportOutcome>;

export const packageSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('upload'),
      fileName: requiredText('Tên tệp', 255),
      contentBase64: z.string('Nội dung tệp phải là chữ base64.').min(1, 'Tệp rỗng.').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không phải base64 hợp lệ.'),
    }),
    z.strictObject({ kind: z.literal('path'), path: requiredText('Đường dẫn tệp gói', 1000) }),
  ],
  'Nguồn gói phải là tệp tải lên hoặc đường dẫn tệp.',
);

export const previewInput = z.strictObject({
  source: packageSource,
  passphrase: passphrase.nullable(),
  trustNewUnit: z.boolean('Lựa chọn "tin cậy đơn vị mới" phải là có hoặc không.'),
  ...withJobId,
});

export const ACTIONS = ['new', 'updated', 'unchanged', 'conflict', 'rejected'] as const;
export type PreviewAction = (typeof ACTIONS)[number];

const difference = z.object({ label: z.string(), local: z.string(), incoming: z.string() });

export const previewItem = z.object({ title: z.string(), reason: z.string(), differences: z.array(difference) });

export const previewReady = z.object({
  status: z.literal('ready'),
  previewId: z.string(),
  summary: z.object({
    fileName: z.string(),
    kind: z.enum(['report', 'full']),
    kindLabel: z.string(),
    sha256: z.string(),
    createdAt: z.string(),
    appVersion: z.string(),
    sender: z.object({ unitCode: z.string(), unitName: z.string(), desk: z.number().int().nullable(), fingerprint: z.string() }),
    period: z.object({ label: z.string(), from: z.string(), to: z.string() }).nullable(),
  }),
  trustNote: z.string(),
  counts: z.object(Object.fromEntries(ACTIONS.map((a) => [a, z.number().int()])) as Record<PreviewAction, z.ZodNumber>),
  /** Every action, in the order of ACTIONS; `items` is capped (a first import lists the whole ledger), `total` is not. */
  groups: z.array(z.object({ action: z.enum(ACTIONS), total: z.number().int(), items: z.array(previewItem) })),
  /** Whether importing would write anything. */
  writes: z.boolean(),
});

export const REFUSAL_REASONS = [
  'not_a_package',
  'damaged',
  'unknown_version',
  'bad_signature',
  'wrong_unit',
  'unknown_unit',
  'untrusted_key',
  'wrong_kind',
  'wrong_passphrase',
  'invalid_content',
  'ledger_too_old',
] as const;

export const previewRefused = z.object({
  status: z.literal('refused'),
  fileName: z.string(),
  reason: z.enum(REFUSAL_REASONS),
  /** The handoff module's message, as is. */
  message: z.string(),
  /** What to do in the app's screens, when the message speaks of command-line commands. */
  hint: z.string().nullable(),
});

export const previewView = z.discriminatedUnion('status', [previewReady, previewRefused]);
export type PreviewView = z.output<typeof previewView>;
export type PreviewReady = z.output<typeof previewReady>;

export const importPackageInput = z.strictObject({ previewId: z.string('Mã lần xem trước phải là chữ.').uuid('Mã lần xem trước không hợp lệ.'), ...withJobId });
export const importOutcomeView = z.object({ written: z.boolean(), counts: previewReady.shape.counts, message: z.string() });

export const conflictsInput = z.strictObject({ includeResolved: z.boolean('Lựa chọn "cả xung đột đã giải quyết" phải là có hoặc không.') });
export const conflictView = z.object({
  id: z.number().int(),
  code: z.string(),
  dossierId: z.string(),
  source: z.string(),
  detectedAt: z.string(),
  detectedBy: z.string(),
  resolution: z.enum(['local', 'incoming', 'superseded']).nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** Both versions side by side: a few identifying rows, then every other field that differs. */
  rows: z.array(difference.extend({ differs: z.boolean() })),
});
export type ConflictView = z.output<typeof conflictView>;
export const conflictsView = z.object({ conflicts: z.array(conflictView) });

export const resolveInput = z.strictObject({
  id: wholeNumber('Số xung đột', 1, 1_000_000_000),
  keep: z.enum(['local', 'incoming'], 'Lựa chọn phải là giữ bản trong sổ (local) hoặc lấy bản kia (incoming).'),
});
export const resolveOutcome = z.object({ code: z.string(), version: z.number().int(), message: z.string() });

export const roleInput = z.strictObject({ receivingOffice: z.boolean('Lựa chọn chế độ đơn vị nhận báo cáo phải là có hoặc không.') });

const unitView = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  fingerprint: z.string(),
  how: z.enum(['registered', 'first_use']),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
export const unitsView = z.object({ units: z.array(unitView) });
export type UnitView = z.output<typeof unitView>;

export const registerUnitInput = z.strictObject({
  unitCode,
  unitName: text('Tên đơn vị', 200),
  fingerprint: requiredText('Dấu vân tay khóa', 40),
});

export const UNIT_STATES = ['sent', 'sent_again', 'missing'] as const;

export const periodStatusView = z.object({
  periodLabel: z.string(),
  counts: z.object({ sent: z.number().int(), sent_again: z.number().int(), missing: z.number().int() }),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      state: z.enum(UNIT_STATES),
      current: z.object({ packageCreatedAt: z.string(), receivedAt: z.string(), signed: z.boolean(), received: z.number().int() }).nullable(),
      packages: z.number().int(),
      changes: z.array(z.object({ row: z.string(), label: z.string(), before: z.number(), after: z.number() })),
    }),
  ),
});
export type PeriodStatusView = z.output<typeof periodStatusView>;

export const consolidatedView = z.object({
  periodLabel: z.string(),
  /** Null when no unit has sent the period yet. */
  consolidated: z
    .object({
      /** Biểu 06 whose rows are the units (`by_field[i].field` is the unit's name), and their sum. */
      report: compiledReport,
      units: z.array(z.object({ unitCode: z.string(), unitName: z.string(), packageCreatedAt: z.string(), signed: z.boolean() })),
    })
    .nullable(),
});
export type ConsolidatedView = z.output<typeof consolidatedView>;

/** A ledger book covers at most a year (the book is opened yearly). */
export const LEDGER_BOOK_MAX_DAYS = 366;

const ledgerBookFields = { from: isoDate, to: isoDate, volume: text('Quyển số', 40) };

function bookRange<T extends z.ZodType<{ from: string; to: string }>>(schema: T): T {
  return schema
    .refine((v) => v.from <= v.to, { message: 'Ngày đầu không được sau ngày cuối.', path: ['to'] })
    .refine((v) => (parseIsoDate(v.to) ?? 0) - (parseIsoDate(v.from) ?? 0) < LEDGER_BOOK_MAX_DAYS, {
      message: `Mỗi lần in sổ tối đa ${LEDGER_BOOK_MAX_DAYS} ngày.`,
      path: ['to'],
    });
}

export const ledgerBookInput = bookRange(z.strictObject(ledgerBookFields));
/** The book's PDF, made in the worker as a job the screen follows. */
export const ledgerBookJobInput = bookRange(z.strictObject({ ...ledgerBookFields, ...withJobId }));

/** The handoff's commands, spread into the contract (shared/api/contract.ts). */
export const HANDOFF_COMMANDS = {
  'handoff.identity': { input: identityInput, output: identityView },
  'handoff.drives': { input: noInput, output: drivesView },
  'handoff.chooseFolder': { input: noInput, output: chosenPath },
  'handoff.choosePackageFile': { input: noInput, output: chosenPath },
  'handoff.export': { input: exportPackageInput, output: exportOutcome },
  'handoff.preview': { input: previewInput, output: previewView },
  'handoff.import': { input: importPackageInput, output: importOutcomeView },
  'handoff.conflicts': { input: conflictsInput, output: conflictsView },
  'handoff.resolveConflict': { input: resolveInput, output: resolveOutcome },
  'handoff.setRole': { input: roleInput, output: identityView },
  'handoff.units': { input: noInput, output: unitsView },
  'handoff.registerUnit': { input: registerUnitInput, output: unitView },
  'handoff.periodStatus': { input: periodInput, output: periodStatusView },
  'handoff.consolidated': { input: periodInput, output: consolidatedView },
  'handoff.exportConsolidated': { input: exportInput, output: fileDto },
  'forms.ledgerBook': { input: ledgerBookJobInput, output: fileDto },
} as const;
