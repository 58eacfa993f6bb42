// Exports in the shapes the province's one-stop system and old office ledgers produce, made from the
// dossiers of the shared example ledger (huong-huu-2024-q1.csv): a title block, a two-row header with a
// merged group "Thời gian", an STT column and a row of column numbers, dd/mm/yyyy [HH:mm] times, channel
// and status texts, a column the importer cannot place, and a footer. As CSV (UTF-8 or Windows-1258),
// .xlsx (real merged cells, real Excel dates) and .xls (BIFF8, dates as serials with a date format).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseCsvTable } from '../../electron/import/csv-reader';
import { findColumn } from '../../electron/import/columns';
import { type XlsCell, xlsFile } from './xls-writer';

export interface ExampleDossier {
  code: string;
  procedureCode: string;
  channel: string;
  /** `YYYY-MM-DD HH:MM` */
  received: string;
  due: string;
  result: string;
  cause: string;
}

export function exampleDossiers(csvPath: string): ExampleDossier[] {
  const table = parseCsvTable(readFileSync(csvPath, 'utf8'), (c) => findColumn(c) !== null);
  return table.records.map(({ cells }) => ({
    code: cells[0] ?? '',
    procedureCode: cells[1] ?? '',
    channel: cells[2] ?? '',
    received: cells[3] ?? '',
    due: cells[4] ?? '',
    result: cells[5] ?? '',
    cause: cells[6] ?? '',
  }));
}

const PROVINCE_CHANNEL: Record<string, string> = {
  'Trực tiếp': 'Trực tiếp',
  'Bưu chính': 'Bưu chính công ích',
  'Trực tuyến một phần': 'Trực tuyến một phần',
  'Trực tuyến toàn trình': 'Trực tuyến toàn trình',
};

/** `YYYY-MM-DD[ HH:MM]` → `dd/mm/yyyy[ HH:mm]` */
export function viDateTime(iso: string): string {
  if (iso === '') return '';
  const [date = '', time] = iso.split(' ');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}${time ? ` ${time}` : ''}`;
}

/** Excel's serial of `YYYY-MM-DD[ HH:MM]` (days since 1899-12-30). */
export function excelSerial(iso: string): number {
  const [date = '', time = '00:00'] = iso.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000 + 25569 + ((hh ?? 0) * 60 + (mm ?? 0)) / 1440;
}

export const TITLE_ROWS = [
  ['UBND XÃ HƯƠNG HỮU'],
  ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'],
  ['Từ ngày 15/12/2023 đến ngày 14/03/2024'],
];
/** Two header rows: "Thời gian" spans the three date columns; the other headers span both rows. */
export const HEADER_TOP = ['STT', 'Số hồ sơ', 'Mã TTHC', 'Thủ tục hành chính', 'Kênh tiếp nhận', 'Thời gian', '', '', 'Tình trạng', 'Chủ hồ sơ', 'Cán bộ xử lý', 'Lý do quá hạn'];
export const HEADER_BOTTOM = ['', '', '', '', '', 'Ngày nhận', 'Hạn xử lý', 'Ngày hoàn thành', '', '', '', ''];

export type DateStyle = 'text' | 'serial';

export function foreignRows(dossiers: readonly ExampleDossier[], names: ReadonlyMap<string, string>, dates: DateStyle): XlsCell[][] {
  const when = (iso: string): XlsCell => (iso === '' ? '' : dates === 'serial' ? { date: excelSerial(iso) } : viDateTime(iso));
  return dossiers.map((d, i) => [
    i + 1,
    d.code,
    d.procedureCode,
    names.get(d.procedureCode) ?? '',
    PROVINCE_CHANNEL[d.channel] ?? d.channel,
    when(d.received),
    when(d.due),
    when(d.result),
    d.result === '' ? 'Đang xử lý' : 'Đã trả kết quả',
    i % 3 === 0 ? 'Nguyễn Thị Hường' : 'Trần Văn Đức',
    'Lê Thị Ánh',
    d.cause,
  ]);
}

function grid(dossiers: readonly ExampleDossier[], names: ReadonlyMap<string, string>, dates: DateStyle): XlsCell[][] {
  const numbering = HEADER_TOP.map((_, i) => `(${i + 1})`);
  return [
    ...TITLE_ROWS,
    [],
    HEADER_TOP,
    HEADER_BOTTOM,
    numbering,
    ...foreignRows(dossiers, names, dates),
    [],
    ['', `Tổng số: ${dossiers.length} hồ sơ`],
    ['', '', '', '', '', '', '', '', '', 'Người lập biểu'],
  ];
}

const csvCell = (cell: XlsCell): string => {
  const text = cell === null ? '' : typeof cell === 'object' ? String(cell.date) : String(cell);
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function foreignCsvText(dossiers: readonly ExampleDossier[], names: ReadonlyMap<string, string>, separator = ';'): string {
  return `${grid(dossiers, names, 'text')
    .map((row) => row.map(csvCell).join(separator))
    .join('\r\n')}\r\n`;
}

export async function foreignXlsx(dossiers: readonly ExampleDossier[], names: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  const rows = grid(dossiers, names, 'serial');
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const target = sheet.getCell(r + 1, c + 1);
      if (typeof cell === 'object') {
        // A real Excel date: exceljs writes a JS Date as its serial, in the cell's date format.
        target.value = new Date(Math.round((cell.date - 25569) * 86_400_000));
        target.numFmt = 'dd/mm/yyyy hh:mm';
      } else target.value = cell;
    });
  });
  const width = HEADER_TOP.length;
  for (let r = 1; r <= TITLE_ROWS.length; r++) sheet.mergeCells(r, 1, r, width);
  const top = TITLE_ROWS.length + 2;
  sheet.mergeCells(top, 6, top, 8);
  HEADER_TOP.forEach((text, i) => {
    if (text !== '' && text !== 'Thời gian') sheet.mergeCells(top, i + 1, top + 1, i + 1);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function foreignXls(dossiers: readonly ExampleDossier[], names: ReadonlyMap<string, string>): Uint8Array {
  return xlsFile([{ name: 'Danh sách hồ sơ', rows: grid(dossiers, names, 'serial') }]);
}

/** Windows-1258 bytes of a text, as Excel writes "CSV" on a Vietnamese Windows: base letters, then tone marks. */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = table.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Decomposed, one mark may stay on the letter (â, ê, ô, ơ, ư, ă have bytes), the others follow.
    const [base = '', ...marks] = [...char.normalize('NFD')];
    let done = false;
    for (let k = -1; k < marks.length && !done; k++) {
      const head = table.get(k < 0 ? base : `${base}${marks[k] ?? ''}`.normalize('NFC'));
      const rest = marks.filter((_, i) => i !== k).map((m) => table.get(m));
      if (head !== undefined && rest.every((b) => b !== undefined)) {
        out.push(head, ...(rest as number[]));
        done = true;
      }
    }
    if (!done) throw new Error(`no Windows-1258 byte for ${char}`);
  }
  return Uint8Array.from(out);
}
