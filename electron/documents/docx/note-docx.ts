// A short note as a Word document (the reconciliation note the clerk attaches to the report): the first
// two lines centred as title and subtitle, then one paragraph per line.
import { Document, Packer } from 'docx';
import { WORD_FONT, bodyParagraph, centred } from './docx-parts';

export async function renderNoteDocx(lines: readonly string[]): Promise<Uint8Array> {
  const [title = '', subtitle = '', ...body] = lines;
  const doc = new Document({
    styles: { default: { document: { run: { font: WORD_FONT, size: 28 } } } },
    sections: [{ children: [centred(title, { bold: true }), centred(subtitle, { italics: true }, 240), ...body.map((line) => bodyParagraph(line))] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
