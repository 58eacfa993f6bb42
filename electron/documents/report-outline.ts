// The narrative report as a format-free outline (letterhead texts, body blocks, signing block), so the
// PDF and the DOCX print the same words in the same order.
import { ledgerSentences } from '../../shared/report/narrative';
import { BIEU_06_PROFILE, type ReportProfile, subjectLine } from '../../shared/report/profile';
import { arrangeNarrative } from '../../shared/report/narrative-outline';
import { dayFromIso, viDate } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { ReportInput } from './report-input';
import { issuingBodyLine, keepUnitsTogether, parentBodyLine, periodWithRange, placeDateLine, recipientLine, signingLines } from './vi-text';

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string };

export interface ReportOutline {
  profile: ReportProfile;
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  dateLine: string;
  title: string;
  subject: string;
  /** "Kính gửi: Phòng Nội vụ." or null. */
  addressee: string | null;
  blocks: Block[];
  /** The chairman's headings left empty (not printed; the sign-off warns about them). */
  emptyHeadings: string[];
  recipients: string[];
  signing: { lines: string[]; name: string };
  /** Period for the appendix: label and range as day numbers. */
  period: { label: string; from: number; to: number };
  /** "Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)". */
  periodText: string;
  /** "DỰ THẢO" on every part of a report not signed yet, else null. */
  draftMark: string | null;
  /** "Số liệu tạm tính đến 09 giờ 30 phút ngày 03/12/2026 (kỳ báo cáo chưa kết thúc)." or null. */
  provisionalNote: string | null;
  /** Under each annex's title: "(Kèm theo Báo cáo số …/BC-UBND ngày 03/12/2026 của UBND xã Hương Hữu)". */
  annexCaption: string;
}

export const DRAFT_MARK = 'DỰ THẢO';

function ledgerBlocks(input: ReportInput, profile: ReportProfile, provisionalNote: string | null): Block[] {
  return [
    ...(provisionalNote ? [{ kind: 'note', text: provisionalNote } satisfies Block] : []),
    ...ledgerSentences(input.report).map((s): Block => ({ kind: 'paragraph', text: keepUnitsTogether(`- ${s.text}`) })),
    { kind: 'note', text: profile.narrative.ledgerSectionNote },
  ];
}

function withFinalStop(text: string): string {
  return /[.;:!?]$/.test(text) ? text : `${text}.`;
}

/** "09 giờ 30 phút ngày 03/12/2026". */
export function instantVi(at: LocalDateTime): string {
  const hh = String(Math.floor(at.minute / 60)).padStart(2, '0');
  const mm = String(at.minute % 60).padStart(2, '0');
  return `${hh} giờ ${mm} phút ngày ${viDate(at.day)}`;
}

export function narrativeOf(input: ReportInput, profile: ReportProfile = input.profile ?? BIEU_06_PROFILE) {
  return arrangeNarrative(input.narrative.sections, {
    ledgerHeading: profile.narrative.ledgerSection,
    firstPartHeading: profile.narrative.firstPartHeading,
  });
}

export function reportOutline(input: ReportInput): ReportOutline {
  const profile = input.profile ?? BIEU_06_PROFILE;
  const provisionalNote = input.provisionalAsOf
    ? `Số liệu tạm tính đến ${instantVi(input.provisionalAsOf)} (kỳ báo cáo chưa kết thúc).`
    : null;
  const arranged = narrativeOf(input, profile);
  const blocks: Block[] = arranged.blocks.flatMap((b): Block[] => {
    if (b.kind === 'ledger') return ledgerBlocks(input, profile, provisionalNote);
    return [b];
  });
  const receiving = input.unit.receivingUnit.trim();
  const from = dayFromIso(input.report.period.from);
  const to = dayFromIso(input.report.period.to);
  return {
    profile,
    parentBody: parentBodyLine(input.unit.parentBody),
    issuingBody: issuingBodyLine(input.unit.name),
    numberLine: `Số: ${input.unit.documentNumber}`,
    dateLine: placeDateLine(input.unit.place, input.issuedOn),
    title: 'BÁO CÁO',
    subject: input.subject ?? subjectLine(profile, input.report.period.label),
    addressee: receiving ? `Kính gửi: ${withFinalStop(receiving)}` : null,
    blocks,
    emptyHeadings: arranged.emptyHeadings,
    recipients: input.recipients.map(recipientLine),
    signing: { lines: signingLines(input.unit.signer), name: input.unit.signer.name },
    period: { label: input.report.period.label, from, to },
    periodText: periodWithRange(input.report.period.label, from, to),
    draftMark: input.draft ? DRAFT_MARK : null,
    provisionalNote,
    annexCaption: `(Kèm theo Báo cáo số ${input.unit.documentNumber} ngày ${viDate(input.issuedOn)} của ${input.unit.name.trim()})`,
  };
}
