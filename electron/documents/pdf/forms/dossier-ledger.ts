// Mẫu 07: Sổ theo dõi hồ sơ for a date range, on A4 landscape, one line per dossier.
import { formatIntVi } from '../../../../shared/format/vi-number';
import { type DayNumber, viDate } from '../../../../shared/time/day';
import { formatMinute } from '../../../../shared/time/local-time';
import { issuingBodyLine, upperVi } from '../../vi-text';
import { LANDSCAPE_WIDTH, decreeDocument } from '../page-setup';
import type { Content, DocDefinition } from '../pdfmake-types';
import { renderPdf } from '../render';
import { HEAD_STYLE, cell, fillWidths, gridTable, narrowPadding, simpleHeader } from '../table-grid';
import type { LedgerBook, OfficeInfo } from './form-input';

export const LEDGER_TITLE = 'SỔ THEO DÕI HỒ SƠ';

export const LEDGER_COLUMNS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Số lượng hồ sơ (bộ)',
  'Tên cá nhân, tổ chức',
  'Địa chỉ, số điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Ngày, giờ nhận hồ sơ',
  'Ngày hẹn trả kết quả',
  'Ngày chuyển hồ sơ',
  'Ngày nhận kết quả',
  'Ngày trả kết quả',
  'Ghi chú',
];

const date = (d: DayNumber | null) => (d === null ? '' : viDate(d));

export function ledgerBookDefinition(office: OfficeInfo, book: LedgerBook): DocDefinition {
  const head = { ...HEAD_STYLE, fontSize: 9 };
  const body: Content[][] = [simpleHeader(LEDGER_COLUMNS, head), simpleHeader(LEDGER_COLUMNS.map((_, i) => `(${i + 1})`), { ...head, bold: false, italics: true })];
  const small = { fontSize: 9 };
  book.rows.forEach((r, i) => {
    if (r.bookHeading) {
      body.push([
        { ...cell(r.bookHeading, { ...small, bold: true }), colSpan: LEDGER_COLUMNS.length },
        ...LEDGER_COLUMNS.slice(1).map((): Content => ({ text: '' })),
      ]);
    }
    body.push([
      cell(r.line ?? String(i + 1), { ...small, alignment: 'center' }),
      cell(r.code, { fontSize: 8.5 }),
      cell(r.procedureName, small),
      cell(formatIntVi(r.sets), { ...small, alignment: 'center' }),
      cell(r.applicantName, small),
      cell(r.applicantContact, small),
      cell(r.handlingBody, small),
      cell(`${formatMinute(r.received.minute)} ${viDate(r.received.day)}`, { ...small, alignment: 'center' }),
      cell(date(r.due), { ...small, alignment: 'center' }),
      cell(date(r.transferredOn), { ...small, alignment: 'center' }),
      cell(date(r.resultOn), { ...small, alignment: 'center' }),
      cell(date(r.returnedOn), { ...small, alignment: 'center' }),
      cell(r.note, small),
    ]);
  });
  if (book.rows.length === 0) {
    body.push([{ ...cell('Không có hồ sơ trong khoảng thời gian này.', { ...small, italics: true, alignment: 'center' }), colSpan: LEDGER_COLUMNS.length }, ...LEDGER_COLUMNS.slice(1).map((): Content => ({ text: '' }))]);
  }
  const content: Content[] = [
    {
      stack: [
        { text: upperVi(issuingBodyLine(office.unitName)), fontSize: 12 },
        { text: upperVi(office.officeName), fontSize: 12, bold: true },
      ],
      alignment: 'left',
    },
    { text: LEDGER_TITLE, style: 'title', margin: [0, 8, 0, 0] },
    { text: `Từ ngày ${viDate(book.from)} đến ngày ${viDate(book.to)}${book.volume ? ` – ${book.volume}` : ''}`, alignment: 'center', italics: true, fontSize: 12 },
    gridTable(body, 2, fillWidths(LANDSCAPE_WIDTH, [20, 100, 30, 56, 66, 54, 44, 44, 44, 44, 44, 40], 2, 2), { layout: narrowPadding(2) }),
  ];
  return decreeDocument(`${LEDGER_TITLE} ${viDate(book.from)} – ${viDate(book.to)}`, content, book.to, 'landscape');
}

export function renderLedgerBook(office: OfficeInfo, book: LedgerBook): Promise<Uint8Array> {
  return renderPdf(ledgerBookDefinition(office, book));
}
