// The free text that people type and that a report package carries (privacy.ts checks each one): the
// causes of lateness (report.json and the PDF), and in the PDF the chairman's sections and the corrections
// of signed periods (which quote changed causes and other typed values).
import type { CompiledReport } from '../../shared/report/compile';
import type { NarrativeSection } from '../ledger';
import { describeCorrection } from '../services/correction-wording';
import type { CorrectionView } from '../services/signoff-service';
import type { FreeText } from './privacy';

export interface ReportPackageTexts {
  report: CompiledReport;
  /** Present when the PDF goes in the package. */
  pdf: { narrative: readonly NarrativeSection[]; corrections: readonly CorrectionView[] } | null;
}

export function reportFreeTexts({ report, pdf }: ReportPackageTexts): FreeText[] {
  const causes = report.late_dossiers.map((d) => ({ section: `Nguyên nhân quá hạn của hồ sơ ${d.code}`, text: d.cause }));
  if (!pdf) return causes;
  const sections = pdf.narrative.flatMap((s, i) => [
    { section: `Tiêu đề mục thứ ${i + 1} của báo cáo`, text: s.heading },
    { section: s.heading.trim() === '' ? `Mục thứ ${i + 1} của báo cáo` : `Mục "${s.heading.trim()}" của báo cáo`, text: s.text },
  ]);
  const corrections = pdf.corrections.map((c) => ({ section: `Đính chính hồ sơ ${c.code} (${c.period})`, text: describeCorrection(c) }));
  return [...sections, ...causes, ...corrections];
}
