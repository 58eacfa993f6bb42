// The narrative report as a format-free outline (letterhead texts, body blocks, signing block), so the
// PDF and the DOCX print the same words in the same order.
import { ledgerSentences } from '../../shared/report/narrative';
import { BIEU_06_PROFILE, type ReportProfile, subjectLine } from '../../shared/report/profile';
import { dayFromIso } from '../../shared/time/day';
import type { NarrativeSection, ReportInput } from './report-input';
import {
  issuingBodyLine,
  keepUnitsTogether,
  paragraphsOf,
  periodWithRange,
  placeDateLine,
  recipientLine,
  signingLines,
  upperVi,
} from './vi-text';

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'note'; text: string };

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
  recipients: string[];
  signing: { lines: string[]; name: string };
  /** Period for the appendix: label and range as day numbers. */
  period: { label: string; from: number; to: number };
  /** "Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)". */
  periodText: string;
}

function sectionBlocks(section: NarrativeSection): Block[] {
  const blocks: Block[] = [];
  if (section.heading.trim()) blocks.push({ kind: 'heading', text: section.heading.trim() });
  for (const p of paragraphsOf(section.text)) blocks.push({ kind: 'paragraph', text: p });
  return blocks;
}

function ledgerBlocks(input: ReportInput, profile: ReportProfile): Block[] {
  return [
    { kind: 'heading', text: profile.narrative.ledgerSection },
    ...ledgerSentences(input.report).map((s): Block => ({ kind: 'paragraph', text: keepUnitsTogether(`- ${s.text}`) })),
    { kind: 'note', text: profile.narrative.ledgerSectionNote },
  ];
}

function withFinalStop(text: string): string {
  return /[.;:!?]$/.test(text) ? text : `${text}.`;
}

export function reportOutline(input: ReportInput): ReportOutline {
  const profile = input.profile ?? BIEU_06_PROFILE;
  const sections = input.narrative.sections;
  const at = Math.min(Math.max(0, input.narrative.ledgerSectionAt ?? 0), sections.length);
  const blocks: Block[] = [
    ...sections.slice(0, at).flatMap(sectionBlocks),
    ...ledgerBlocks(input, profile),
    ...sections.slice(at).flatMap(sectionBlocks),
  ];
  const receiving = input.unit.receivingUnit.trim();
  const from = dayFromIso(input.report.period.from);
  const to = dayFromIso(input.report.period.to);
  return {
    profile,
    parentBody: upperVi(input.unit.parentBody.trim()),
    issuingBody: issuingBodyLine(input.unit.name),
    numberLine: `Số: ${input.unit.documentNumber}`,
    dateLine: placeDateLine(input.unit.place, input.issuedOn),
    title: 'BÁO CÁO',
    subject: input.subject ?? subjectLine(profile, input.report.period.label),
    addressee: receiving ? `Kính gửi: ${withFinalStop(receiving)}` : null,
    blocks,
    recipients: input.recipients.map(recipientLine),
    signing: { lines: signingLines(input.unit.signer), name: input.unit.signer.name },
    period: { label: input.report.period.label, from, to },
    periodText: periodWithRange(input.report.period.label, from, to),
  };
}
