// The cells of a BIFF8 workbook stream (Excel 97–2003, [MS-XLS]) as text: shared strings (SST, split over
// CONTINUE records), LABEL, NUMBER, RK / MULRK, FORMULA results (with their STRING), BOOLERR. Numbers
// whose cell format is a date or time come out as `YYYY-MM-DD[ HH:MM]`, as the .xlsx reader writes them;
// other numbers are noted as stored as numbers (an identity or phone number has lost its leading zero).
// The worksheets are listed with their visibility (BOUNDSHEET) and read one at a time; hidden rows (ROW
// records with fDyZero) are marked.
import { excelSerialText } from '../foreign/foreign-cells';

export class BiffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BiffError';
  }
}

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  FORMAT: 0x041e,
  XF: 0x00e0,
  DATEMODE: 0x0022,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  ROW: 0x0208,
} as const;

/** BOUNDSHEET: dt 0 is a worksheet (not a chart, macro or VBA sheet); hsState 1 hidden, 2 very hidden. */
const WORKSHEET = 0;
/** ROW: fDyZero, the row is hidden. */
const ROW_HIDDEN = 0x0020;

interface BiffRecord {
  type: number;
  offset: number;
  data: Uint8Array;
}

function records(stream: Uint8Array, from: number): BiffRecord[] {
  const out: BiffRecord[] = [];
  let offset = from;
  while (offset + 4 <= stream.length) {
    const type = (stream[offset] as number) | ((stream[offset + 1] as number) << 8);
    const length = (stream[offset + 2] as number) | ((stream[offset + 3] as number) << 8);
    if (offset + 4 + length > stream.length) throw new BiffError('truncated record');
    out.push({ type, offset, data: stream.subarray(offset + 4, offset + 4 + length) });
    offset += 4 + length;
    if (type === R.EOF) break;
  }
  return out;
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);
const latin1 = new TextDecoder('latin1');
const utf16 = new TextDecoder('utf-16le');

/** Reads a string whose characters may continue in the next pieces, each new piece starting with a flags byte. */
class PieceReader {
  private piece = 0;
  private at = 0;
  constructor(private readonly pieces: readonly Uint8Array[]) {}

  private current(): Uint8Array {
    const p = this.pieces[this.piece];
    if (!p) throw new BiffError('string runs past its records');
    return p;
  }

  private ensure(): void {
    while (this.at >= this.current().length) {
      this.piece += 1;
      this.at = 0;
    }
  }

  u8(): number {
    this.ensure();
    const value = this.current()[this.at] as number;
    this.at += 1;
    return value;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    for (let left = count; left > 0; ) {
      this.ensure();
      const step = Math.min(left, this.current().length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** `count` characters; at a piece boundary inside them a new flags byte says their width. */
  chars(count: number, highByte: boolean): string {
    let text = '';
    let wide = highByte;
    let left = count;
    while (left > 0) {
      if (this.at >= this.current().length) {
        this.piece += 1;
        this.at = 0;
        wide = (this.u8() & 0x01) === 1;
      }
      const piece = this.current();
      const available = Math.floor((piece.length - this.at) / (wide ? 2 : 1));
      const take = Math.min(left, available);
      if (take === 0) throw new BiffError('bad string');
      const slice = piece.subarray(this.at, this.at + take * (wide ? 2 : 1));
      text += wide ? utf16.decode(slice) : latin1.decode(slice);
      this.at += slice.length;
      left -= take;
    }
    return text;
  }

  /** XLUnicodeRichExtendedString (SST) or, with `short`/no extras, XLUnicodeString. */
  unicodeString(lengthBytes: 1 | 2 = 2): string {
    const count = lengthBytes === 1 ? this.u8() : this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const extra = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 0x01) === 1);
    this.skip(runs * 4 + extra);
    return text;
  }
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format shows a date or time when it has d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function rkValue(rk: number): number {
  const value = rk & 0x02 ? rk >> 2 : new DataView(new Uint32Array([0, rk & 0xfffffffc]).buffer).getFloat64(0, true);
  return rk & 0x01 ? value / 100 : value;
}

export interface BiffSheetInfo {
  name: string;
  /** Hidden or very hidden in the workbook (Excel shows no tab for it). */
  hidden: boolean;
  /** Where its BOF is in the stream. */
  offset: number;
}

export interface BiffRow {
  /** cells[c]: 0-based; missing cells are ''. */
  cells: string[];
  /** Indexes of the cells stored as numbers (not dates). */
  numeric: number[];
  hidden: boolean;
}

export interface BiffWorkbook {
  /** The worksheets in tab order. */
  sheets: BiffSheetInfo[];
  /** rows[r]: 0-based; rows with no cell record are missing. */
  rowsOf(sheet: BiffSheetInfo): BiffRow[];
}

export function readBiff8Workbook(stream: Uint8Array): BiffWorkbook {
  const globals = records(stream, 0);
  const bof = globals[0];
  if (!bof || bof.type !== R.BOF) throw new BiffError('no BOF');
  if (view(bof.data).getUint16(0, true) !== 0x0600) throw new BiffError('not BIFF8');
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: BiffSheetInfo[] = [];
  let strings: string[] = [];
  let date1904 = false;
  for (let i = 0; i < globals.length; i++) {
    const record = globals[i] as BiffRecord;
    const dv = view(record.data);
    if (record.type === R.FORMAT) {
      formats.set(dv.getUint16(0, true), new PieceReader([record.data.subarray(2)]).unicodeString());
    } else if (record.type === R.XF) {
      xfFormats.push(dv.getUint16(2, true));
    } else if (record.type === R.DATEMODE) {
      date1904 = dv.getUint16(0, true) === 1;
    } else if (record.type === R.BOUNDSHEET) {
      if (record.data[5] === WORKSHEET) {
        const name = new PieceReader([record.data.subarray(6)]).unicodeString(1);
        sheets.push({ offset: dv.getUint32(0, true), name, hidden: ((record.data[4] as number) & 0x03) !== 0 });
      }
    } else if (record.type === R.SST) {
      const pieces = [record.data.subarray(8)];
      while (globals[i + 1]?.type === R.CONTINUE) pieces.push((globals[++i] as BiffRecord).data);
      const reader = new PieceReader(pieces);
      const unique = dv.getUint32(4, true);
      strings = Array.from({ length: unique }, () => reader.unicodeString());
    }
  }
  const isDateXf = (xf: number) => {
    const format = xfFormats[xf];
    if (format === undefined) return false;
    if (BUILTIN_DATE_FORMATS.has(format)) return true;
    const code = formats.get(format);
    return code !== undefined && isDateFormat(code);
  };
  const numberCell = (value: number, xf: number): NumberCell =>
    isDateXf(xf) ? { text: excelSerialText(date1904 ? value + 1462 : value), numeric: false } : { text: String(value), numeric: true };
  return { sheets, rowsOf: (sheet) => sheetRows(stream, sheet.offset, strings, numberCell) };
}

interface NumberCell {
  text: string;
  /** False for a date or time. */
  numeric: boolean;
}

function sheetRows(stream: Uint8Array, offset: number, strings: readonly string[], numberCell: (value: number, xf: number) => NumberCell): BiffRow[] {
  const rows: BiffRow[] = [];
  const hiddenRows = new Set<number>();
  const rowAt = (row: number) => (rows[row] ??= { cells: [], numeric: [], hidden: false });
  const put = (row: number, col: number, text: string) => {
    const cells = rowAt(row).cells;
    while (cells.length < col) cells.push('');
    cells[col] = text;
  };
  const putNumber = (row: number, col: number, value: number, xf: number) => {
    const cell = numberCell(value, xf);
    put(row, col, cell.text);
    if (cell.numeric) rowAt(row).numeric.push(col);
  };
  const list = records(stream, offset);
  for (let i = 0; i < list.length; i++) {
    const record = list[i] as BiffRecord;
    const data = record.data;
    if (data.length < 6 && record.type !== R.EOF && record.type !== R.BOF) continue;
    const dv = view(data);
    const row = () => dv.getUint16(0, true);
    const col = () => dv.getUint16(2, true);
    const xf = () => dv.getUint16(4, true);
    switch (record.type) {
      case R.ROW:
        if (dv.getUint16(12, true) & ROW_HIDDEN) hiddenRows.add(row());
        break;
      case R.LABELSST:
        put(row(), col(), strings[dv.getUint32(6, true)] ?? '');
        break;
      case R.LABEL:
        put(row(), col(), new PieceReader([data.subarray(6)]).unicodeString());
        break;
      case R.NUMBER:
        putNumber(row(), col(), dv.getFloat64(6, true), xf());
        break;
      case R.RK:
        putNumber(row(), col(), rkValue(dv.getUint32(6, true)), xf());
        break;
      case R.MULRK: {
        const first = col();
        const count = (data.length - 6) / 6;
        for (let k = 0; k < count; k++) {
          const at = 4 + k * 6;
          putNumber(row(), first + k, rkValue(dv.getUint32(at + 2, true)), dv.getUint16(at, true));
        }
        break;
      }
      case R.BOOLERR:
        put(row(), col(), data[7] === 0 ? (data[6] ? 'TRUE' : 'FALSE') : '');
        break;
      case R.FORMULA: {
        const isSpecial = dv.getUint16(12, true) === 0xffff;
        if (!isSpecial) putNumber(row(), col(), dv.getFloat64(6, true), xf());
        else if (data[6] === 0 && list[i + 1]?.type === R.STRING) {
          const pieces = [(list[++i] as BiffRecord).data];
          while (list[i + 1]?.type === R.CONTINUE) pieces.push((list[++i] as BiffRecord).data);
          put(row(), col(), new PieceReader(pieces).unicodeString());
        } else if (data[6] === 1) put(row(), col(), data[8] ? 'TRUE' : 'FALSE');
        break;
      }
      default:
        break;
    }
  }
  for (const row of hiddenRows) if (rows[row]) (rows[row] as BiffRow).hidden = true;
  return rows;
}
