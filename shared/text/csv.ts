// A small RFC 4180 reader for the app's own CSV assets (the default catalogue): quoted fields may hold
// the separator, doubled quotes and line breaks; CRLF or LF; a UTF-8 BOM is dropped. Fully empty lines
// are skipped. Each row keeps the physical line it starts on, for error messages.

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
}

/** Thrown for a quote left open at the end of the text. The message is Vietnamese. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Tệp CSV lỗi ở dòng ${line}: dấu ngoặc kép (") chưa được đóng.`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string, separator: ',' | ';' = ','): CsvRow[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;

  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };

  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      // the \n ends the row
    } else if (ch === '\n') {
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteLine);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
