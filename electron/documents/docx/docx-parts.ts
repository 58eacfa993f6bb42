// Small builders for the Word document: runs in Times New Roman, justified body paragraphs, rules as
// long as a measured text, borderless layout tables.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { ptTwip, twip } from '../units';

export const WORD_FONT = 'Times New Roman';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run; `size` in points. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: WORD_FONT, size: (style.size ?? 14) * 2, bold: style.bold, italics: style.italics });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: ptTwip(after) }, children: [run(text, style)] });
}

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, line spacing 1.1. */
export function bodyParagraph(text: string, style: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(12.7) },
    spacing: { before: 0, after: ptTwip(6), line: 264, lineRule: 'auto' },
    children: [run(text, style)],
  });
}

export function plain(text: string, style: RunStyle = {}, alignment: Align = AlignmentType.LEFT): Paragraph {
  return new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children: [run(text, style)] });
}

/** An empty 1-pt paragraph whose top border is a rule `lengthPt` long, centred in a box `boxTwips` wide. */
export function rule(lengthPt: number, boxTwips: number, afterPt = 4): Paragraph {
  const side = Math.max(0, Math.round((boxTwips - ptTwip(lengthPt)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: ptTwip(4), after: ptTwip(afterPt), line: 20, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [run('', { size: 1 })],
  });
}

/** A borderless table of one row, used to put blocks side by side. */
export function layoutRow(widthsTwips: readonly number[], cells: readonly Paragraph[][]): Table {
  return new Table({
    width: { size: widthsTwips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widthsTwips],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widthsTwips[i] ?? 0, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.TOP,
              children: children.length > 0 ? [...children] : [new Paragraph({})],
            }),
        ),
      }),
    ],
  });
}
