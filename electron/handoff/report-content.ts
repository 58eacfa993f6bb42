// The "report.json" part of a report package: the unit, the period, whether the chairman signed it, and the
// CompiledReport (Biểu 06 per field and total, the extended table, the rates, the late list, average
// resolution times) — figures and procedure facts only, no citizen's data. The receiving office checks it
// strictly: unknown keys are refused (so nothing personal can ride along) and the identities of
// rules.md §7 must hold in every row, with the total equal to the sum of the rows.
import { z } from 'zod';
import { FORM_KEYS, type FormFigures } from '../../shared/report/figures';
import { compiledReportSchema } from '../../shared/report/compiled-report-schema';
import { identityViolations } from '../../shared/report/identities';
import type { CompiledReport } from '../../shared/report/compile';
import { PackageRefusedError } from './errors';
import type { ManifestPeriod } from './manifest';

export interface ReportPart {
  unit: { code: string; name: string; receiving_unit: string };
  period: ManifestPeriod;
  /** The chairman's sign-off of the figures, when the period was signed. */
  signed: { signer: string; signed_at: string } | null;
  report: CompiledReport;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reportPartSchema = z.strictObject({
  unit: z.strictObject({ code: z.string().min(1), name: z.string(), receiving_unit: z.string() }),
  period: z.strictObject({
    key: z.string().min(1),
    label: z.string().min(1),
    from: isoDate,
    to: isoDate,
    rule: z.enum(['nd09', 'calendar']),
  }),
  signed: z.strictObject({ signer: z.string(), signed_at: z.string() }).nullable(),
  report: compiledReportSchema,
});

function sumRows(rows: readonly FormFigures[]): FormFigures {
  const total = Object.fromEntries(FORM_KEYS.map((k) => [k, 0])) as FormFigures;
  for (const row of rows) for (const k of FORM_KEYS) total[k] += row[k];
  return total;
}

/** Parses and checks a report part; refuses a malformed or inconsistent one. */
export function parseReportPart(bytes: Buffer): ReportPart {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new PackageRefusedError('invalid_content', 'Phần số liệu của gói báo cáo không đọc được.', { cause: error });
  }
  const parsed = reportPartSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new PackageRefusedError('invalid_content', `Phần số liệu của gói báo cáo không đúng mẫu (tại "${where}").`);
  }
  const part = parsed.data;
  for (const row of [...part.report.by_field.map((r) => ({ name: r.field, f: r as FormFigures })), { name: 'Tổng cộng', f: part.report.total }]) {
    const [broken] = identityViolations(row.f);
    if (broken) throw new PackageRefusedError('invalid_content', `Số liệu của gói sai đẳng thức "${broken}" ở dòng "${row.name}".`);
  }
  const sum = sumRows(part.report.by_field);
  const mismatch = FORM_KEYS.find((k) => sum[k] !== part.report.total[k]);
  if (mismatch) throw new PackageRefusedError('invalid_content', `Dòng tổng cộng của gói không bằng tổng các lĩnh vực (cột ${mismatch}).`);
  if (part.period.from !== part.report.period.from || part.period.to !== part.report.period.to) {
    throw new PackageRefusedError('invalid_content', 'Kỳ báo cáo ghi trong gói không khớp với kỳ của số liệu.');
  }
  return part;
}
