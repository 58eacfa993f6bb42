// Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, printed for the citizen at reception, with the
// dossier code as a QR code for looking the dossier up.
import { formatIntVi } from '../../../../shared/format/vi-number';
import { PORTRAIT_WIDTH, decreeDocument } from '../page-setup';
import type { Content, DocDefinition } from '../pdfmake-types';
import { renderPdf } from '../render';
import { HEAD_STYLE, cell, gridTable, simpleHeader } from '../table-grid';
import type { OfficeInfo, ReceptionReceipt } from './form-input';
import { formTitle, labelled, money, officeLetterhead, signatures, timeWords } from './form-parts';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

function documentsTable(r: ReceptionReceipt): Content {
  const body: Content[][] = [simpleHeader(['STT', 'Tên giấy tờ', 'Bản chính/bản sao', 'Số lượng'], { ...HEAD_STYLE, fontSize: 12 })];
  r.documents.forEach((d, i) =>
    body.push([
      cell(String(i + 1), { fontSize: 12, alignment: 'center' }),
      cell(d.name, { fontSize: 12 }),
      cell(d.form, { fontSize: 12, alignment: 'center' }),
      cell(formatIntVi(d.count), { fontSize: 12, alignment: 'center' }),
    ]),
  );
  return gridTable(body, 1, [28, '*', 110, 56]);
}

export function receptionReceiptDefinition(office: OfficeInfo, r: ReceptionReceipt): DocDefinition {
  const received = { day: r.receivedAt.day, minute: r.receivedAt.minute };
  const codeAndQr: Content = {
    columns: [
      {
        width: '*',
        stack: [
          labelled('Mã hồ sơ', r.code),
          { text: `${office.officeName} – ${office.unitName}`, style: 'line', margin: [0, 6, 0, 4] },
          labelled('Tiếp nhận hồ sơ của', r.applicant.name),
          labelled('Địa chỉ', r.applicant.address),
          { text: [`Số điện thoại: `, { text: r.applicant.phone, bold: true }, `     Email: `, { text: r.applicant.email, bold: true }], style: 'line' },
        ],
      },
      { width: 80, stack: [{ qr: r.code, fit: 80, eccLevel: 'M', alignment: 'right' }] },
    ],
    columnGap: 8,
  };
  const content: Content[] = [
    officeLetterhead(office, r.receivedAt.day),
    ...formTitle(RECEIPT_TITLE),
    codeAndQr,
    labelled('Nội dung yêu cầu giải quyết', r.request || r.procedureName),
    { text: '1. Thành phần hồ sơ nộp gồm:', style: 'line' },
    documentsTable(r),
    labelled('2. Số lượng hồ sơ', `${formatIntVi(r.sets)} (bộ)`),
    labelled('3. Thời gian giải quyết hồ sơ theo quy định là', r.statutoryTime),
    labelled('4. Thời gian nhận hồ sơ', timeWords(received)),
    labelled('5. Thời gian trả kết quả giải quyết hồ sơ', timeWords(r.due)),
    ...(r.dueNote ? [{ text: r.dueNote, style: 'line', italics: true, fontSize: 10, margin: [12, 0, 0, 2] } satisfies Content] : []),
    labelled('6. Đăng ký nhận kết quả tại', r.collectAt),
    labelled('7. Phí, lệ phí', money(r.fee)),
    {
      text: r.ledger ? `Vào Sổ theo dõi hồ sơ, Quyển số: ${r.ledger.volume}, Số thứ tự: ${r.ledger.number}` : 'Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……',
      style: 'line',
      italics: true,
      margin: [0, 4, 0, 0],
    },
    signatures(
      [
        { title: 'NGƯỜI NỘP HỒ SƠ', name: r.applicant.name },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: r.officer },
      ],
      PORTRAIT_WIDTH,
    ),
  ];
  return decreeDocument(`${RECEIPT_TITLE} – ${r.code}`, content, r.receivedAt.day);
}

export function renderReceptionReceipt(office: OfficeInfo, r: ReceptionReceipt): Promise<Uint8Array> {
  return renderPdf(receptionReceiptDefinition(office, r));
}
