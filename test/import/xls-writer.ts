// A small writer of Excel 97–2003 files for the tests: one or more sheets of text, numbers and dates in a
// BIFF8 Workbook stream, inside a Compound File (regular sectors, or the mini stream when the stream is
// under 4096 bytes). Sheets may be hidden (BOUNDSHEET hsState) and rows hidden (ROW record, fDyZero). Shared strings are split over CONTINUE records as Excel does once the SST passes
// the 8224-byte record limit, so the reader's handling of split strings is exercised.

export type XlsCell = string | number | { date: number } | null;

export interface XlsSheetSpec {
  name: string;
  rows: XlsCell[][];
  /** The sheet's visibility: hidden (Format › Hide) or very hidden (only through VBA). */
  hidden?: 'hidden' | 'very';
  /** 1-based row numbers hidden in the sheet. */
  hiddenRows?: number[];
}
type Sheet = XlsSheetSpec;

const MAX_RECORD = 8224;

class Bytes {
  private chunks: number[] = [];
  get length(): number {
    return this.chunks.length;
  }
  u8(v: number): this {
    this.chunks.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >> 8);
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  f64(v: number): this {
    const b = new Uint8Array(new Float64Array([v]).buffer);
    b.forEach((x) => this.u8(x));
    return this;
  }
  raw(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.u8(b[i] as number);
    return this;
  }
  setU32(at: number, v: number): void {
    for (let i = 0; i < 4; i++) this.chunks[at + i] = (v >>> (8 * i)) & 0xff;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

const isWide = (text: string) => [...text].some((c) => c.charCodeAt(0) > 0xff);
const chars = (text: string, wide: boolean): number[] => {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(code & 0xff);
    if (wide) out.push(code >> 8);
  }
  return out;
};

function record(out: Bytes, type: number, data: ArrayLike<number>): void {
  out.u16(type).u16(data.length).raw(data);
}

/** The SST with CONTINUE records; a string cut at a record boundary continues after a new flags byte. */
function sharedStrings(out: Bytes, strings: readonly string[], total: number): void {
  const pieces: number[][] = [[]];
  let current = pieces[0] as number[];
  const push = (...bytes: number[]) => {
    for (const b of bytes) {
      if (current.length >= MAX_RECORD) {
        current = [];
        pieces.push(current);
      }
      current.push(b);
    }
  };
  const header = new Bytes().u32(total).u32(strings.length).bytes();
  push(...header);
  for (const text of strings) {
    const wide = isWide(text);
    // The 3-byte string header never splits (Excel moves it to the next record).
    if (current.length + 3 > MAX_RECORD) {
      current = [];
      pieces.push(current);
    }
    push(text.length & 0xff, text.length >> 8, wide ? 1 : 0);
    const body = chars(text, wide);
    const step = wide ? 2 : 1;
    for (let i = 0; i < body.length; i += step) {
      if (current.length + step > MAX_RECORD) {
        current = [wide ? 1 : 0];
        pieces.push(current);
      }
      current.push(...body.slice(i, i + step));
    }
  }
  pieces.forEach((piece, i) => record(out, i === 0 ? 0x00fc : 0x003c, piece));
}

const XF_GENERAL = 15;
const XF_DATE_TIME = 16;
const XF_DATE = 17;

function workbookStream(sheets: readonly Sheet[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  let total = 0;
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (typeof cell !== 'string') continue;
        total += 1;
        if (!index.has(cell)) {
          index.set(cell, strings.length);
          strings.push(cell);
        }
      }
    }
  }
  const out = new Bytes();
  record(out, 0x0809, new Bytes().u16(0x0600).u16(0x0005).u16(0x0dbb).u16(0x07cc).u32(0).u32(0x06).bytes());
  record(out, 0x0022, new Bytes().u16(0).bytes());
  const format = 'dd/mm/yyyy hh:mm';
  record(out, 0x041e, new Bytes().u16(164).u16(format.length).u8(0).raw(chars(format, false)).bytes());
  const xf = (ifmt: number) => new Bytes().u16(0).u16(ifmt).u16(0xfff5).raw(new Array<number>(14).fill(0)).bytes();
  for (let i = 0; i < 16; i++) record(out, 0x00e0, xf(0));
  record(out, 0x00e0, xf(164));
  record(out, 0x00e0, xf(14));
  const sheetPositions: number[] = [];
  for (const sheet of sheets) {
    const wide = isWide(sheet.name);
    sheetPositions.push(out.length + 4);
    const state = sheet.hidden === 'very' ? 2 : sheet.hidden === 'hidden' ? 1 : 0;
    record(out, 0x0085, new Bytes().u32(0).u8(state).u8(0).u8(sheet.name.length).u8(wide ? 1 : 0).raw(chars(sheet.name, wide)).bytes());
  }
  sharedStrings(out, strings, total);
  record(out, 0x000a, []);
  sheets.forEach((sheet, s) => {
    out.setU32(sheetPositions[s] as number, out.length);
    record(out, 0x0809, new Bytes().u16(0x0600).u16(0x0010).u16(0x0dbb).u16(0x07cc).u32(0).u32(0x06).bytes());
    // ROW records (a block of them precedes the cells in Excel's files): height 255 twips; flags with
    // fDyZero (0x20) for a hidden row and the reserved bit 0x100 Excel always sets.
    for (const line of sheet.hiddenRows ?? []) {
      const width = sheet.rows[line - 1]?.length ?? 0;
      record(out, 0x0208, new Bytes().u16(line - 1).u16(0).u16(width).u16(255).u16(0).u16(0).u16(0x0120).u16(XF_GENERAL).bytes());
    }
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === '') return;
        const at = new Bytes().u16(r).u16(c);
        if (typeof cell === 'string') record(out, 0x00fd, at.u16(XF_GENERAL).u32(index.get(cell) as number).bytes());
        else if (typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) < 1 << 29) {
          record(out, 0x027e, at.u16(XF_GENERAL).u32((cell << 2) | 0x02).bytes());
        } else if (typeof cell === 'number') record(out, 0x0203, at.u16(XF_GENERAL).f64(cell).bytes());
        else record(out, 0x0203, at.u16(Number.isInteger(cell.date) ? XF_DATE : XF_DATE_TIME).f64(cell.date).bytes());
      });
    });
    record(out, 0x000a, []);
  });
  return out.bytes();
}

const SECTOR = 512;
const MINI = 64;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECT = 0xfffffffd;

function directoryEntry(name: string, type: number, start: number, size: number, child: number): Uint8Array {
  const b = new Bytes();
  const units = chars(name, true);
  b.raw(units).raw(new Array<number>(64 - units.length).fill(0));
  b.u16(units.length + 2).u8(type).u8(1).u32(FREE).u32(FREE).u32(child);
  b.raw(new Array<number>(16 + 4 + 16).fill(0)).u32(start).u32(size).u32(0);
  return b.bytes();
}

/** A compound file holding one stream named `Workbook`. */
export function compoundFile(stream: Uint8Array): Uint8Array {
  const useMini = stream.length < 4096;
  const pad = (length: number, unit: number) => Math.ceil(length / unit) * unit;
  const miniBytes = useMini ? pad(stream.length, MINI) : 0;
  const miniFatEntries = useMini ? miniBytes / MINI : 0;
  const dirSectors = 1;
  const miniFatSectors = useMini ? Math.ceil((miniFatEntries * 4) / SECTOR) : 0;
  const dataSectors = useMini ? pad(miniBytes, SECTOR) / SECTOR : pad(stream.length, SECTOR) / SECTOR;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dirSectors + miniFatSectors + dataSectors) fatSectors += 1;
  const dirStart = fatSectors;
  const miniFatStart = dirStart + dirSectors;
  const dataStart = miniFatStart + miniFatSectors;
  const totalSectors = dataStart + dataSectors;

  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECT;
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END : start + i + 1;
  };
  chain(dirStart, dirSectors);
  if (miniFatSectors > 0) chain(miniFatStart, miniFatSectors);
  chain(dataStart, dataSectors);

  const header = new Bytes();
  header.raw([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).raw(new Array<number>(16).fill(0));
  header.u16(0x003e).u16(0x0003).u16(0xfffe).u16(9).u16(6).raw(new Array<number>(6).fill(0));
  header.u32(0).u32(fatSectors).u32(dirStart).u32(0).u32(4096);
  header.u32(useMini ? miniFatStart : END).u32(miniFatSectors).u32(END).u32(0);
  for (let i = 0; i < 109; i++) header.u32(i < fatSectors ? i : FREE);

  const body = new Uint8Array((totalSectors + 1) * SECTOR);
  body.set(header.bytes(), 0);
  const at = (sector: number) => (sector + 1) * SECTOR;
  const fatBytes = new Bytes();
  fat.forEach((v) => fatBytes.u32(v));
  body.set(fatBytes.bytes(), at(0));
  const root = useMini ? directoryEntry('Root Entry', 5, dataStart, miniBytes, 1) : directoryEntry('Root Entry', 5, END, 0, 1);
  const workbook = directoryEntry('Workbook', 2, useMini ? 0 : dataStart, stream.length, FREE);
  body.set(root, at(dirStart));
  body.set(workbook, at(dirStart) + 128);
  if (useMini) {
    const miniFat = new Bytes();
    for (let i = 0; i < SECTOR / 4; i++) miniFat.u32(i < miniFatEntries ? (i === miniFatEntries - 1 ? END : i + 1) : FREE);
    body.set(miniFat.bytes(), at(miniFatStart));
  }
  body.set(stream, at(dataStart));
  return body;
}

/** An .xls file of the given sheets. Dates are `{ date: excelSerial }`. */
export function xlsFile(sheets: readonly Sheet[]): Uint8Array {
  return compoundFile(workbookStream(sheets));
}
