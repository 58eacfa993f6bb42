// Pieces the one-stop forms share: the office letterhead, "label: value" lines, the two-signature row.
import { formatIntVi } from '../../../../shared/format/vi-number';
import type { DayNumber } from '../../../../shared/time/day';
import { dateInWords, issuingBodyLine, placeDateLine, upperVi } from '../../vi-text';
import { letterhead } from '../letterhead';
import { PORTRAIT_WIDTH } from '../page-setup';
import type { Content, TextNode } from '../pdfmake-types';
import type { DueTime, OfficeInfo } from './form-input';

/** Left: the unit in capitals, the office in bold capitals; right: the national name and the date line. */
export function officeLetterhead(office: OfficeInfo, day: DayNumber, numberLine: string | null = null, width = PORTRAIT_WIDTH): Content {
  return letterhead({
    parentBody: issuingBodyLine(office.unitName),
    issuingBody: upperVi(office.officeName),
    numberLine,
    dateLine: placeDateLine(office.place, day),
    contentWidth: width,
  });
}

/** "Label: value" with the label in regular and the value in bold. */
export function labelled(label: string, value: string): TextNode {
  return { text: [`${label}: `, { text: value, bold: true }], style: 'line' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "20 tháng 12 năm 2023", "05 tháng 02 năm 2024", "08 tháng 3 năm 2024": the date line's style (vi-text). */
export function dateWords(day: DayNumber): string {
  return dateInWords(day);
}

/** "ngày 20 tháng 12 năm 2023". */
export function dayWords(day: DayNumber): string {
  return `ngày ${dateWords(day)}`;
}

/** "08 giờ 30 phút, ngày 15 tháng 12 năm 2023", or the day alone when there is no time. */
export function timeWords(t: DueTime): string {
  if (t.minute === null) return dayWords(t.day);
  return `${pad(Math.floor(t.minute / 60))} giờ ${pad(t.minute % 60)} phút, ${dayWords(t.day)}`;
}

/** A row of signature boxes: a bold caps title, "(Ký và ghi rõ họ tên)", room to sign, then the name. */
export function signatures(boxes: { title: string; name: string }[], width = PORTRAIT_WIDTH): Content {
  return {
    columns: boxes.map((b) => ({
      width: width / boxes.length,
      stack: [
        { text: b.title, bold: true, fontSize: 13 },
        { text: '(Ký và ghi rõ họ tên)', italics: true, fontSize: 12 },
        { text: b.name, bold: true, fontSize: 13, margin: [0, 60, 0, 0] },
      ],
    })),
    alignment: 'center',
    columnGap: 0,
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

/** The form's title in bold capitals with optional lines under it. */
export function formTitle(title: string, ...under: Content[]): Content[] {
  return [{ text: title, style: 'title', margin: [0, 12, 0, 2] }, ...under];
}

export function money(fee: number): string {
  return fee > 0 ? `${formatIntVi(fee)} đồng` : 'Không';
}
