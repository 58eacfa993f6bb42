// Mẫu 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, sent before a dossier goes late.
import { issuingBodyLine, parentBodyLine, placeDateLine, recipientLine, signingLines } from '../../vi-text';
import { letterhead, signingBlock } from '../letterhead';
import { PORTRAIT_WIDTH, decreeDocument } from '../page-setup';
import type { Content, DocDefinition } from '../pdfmake-types';
import { renderPdf } from '../render';
import type { ApologyLetter, OfficeInfo } from './form-input';
import { dateWords, formTitle, timeWords } from './form-parts';

export const APOLOGY_TITLE = 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT';

export function apologyLetterDefinition(office: OfficeInfo, a: ApologyLetter): DocDefinition {
  const unit = office.unitName;
  const paragraphs = [
    `Ngày ${dateWords(a.receivedAt.day)}, ${unit} tiếp nhận giải quyết hồ sơ của Ông/Bà ${a.applicantName}, ` +
      `mã hồ sơ ${a.code}, nội dung yêu cầu giải quyết: ${a.procedureName}. ` +
      `Thời hạn trả kết quả giải quyết hồ sơ theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ${timeWords(a.originalDue)}.`,
    `Tuy nhiên đến nay, ${unit} chưa thể trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn. Lý do: ${a.reason}`,
    `Sự chậm trễ này có thể gây phiền hà, tốn kém thời gian, chi phí đi lại của Ông/Bà. ${unit} xin lỗi Ông/Bà và ` +
      `đề nghị gia hạn thời gian trả kết quả giải quyết hồ sơ đến ${timeWords(a.newDue)}.`,
    `${unit} rất mong nhận được sự thông cảm của Ông/Bà.`,
  ];
  const content: Content[] = [
    letterhead({
      parentBody: parentBodyLine(office.parentBody),
      issuingBody: issuingBodyLine(unit),
      numberLine: `Số: ${a.documentNumber}`,
      dateLine: placeDateLine(office.place, a.issuedOn),
      contentWidth: PORTRAIT_WIDTH,
    }),
    ...formTitle(APOLOGY_TITLE, { text: `Kính gửi: Ông/Bà ${a.applicantName}.`, alignment: 'center', margin: [0, 6, 0, 12] }),
    ...paragraphs.map((text): Content => ({ text, style: 'body' })),
    signingBlock({
      recipients: a.recipients.map(recipientLine),
      lines: signingLines(a.signer),
      name: a.signer.name,
      contentWidth: PORTRAIT_WIDTH,
    }),
  ];
  return decreeDocument(`${APOLOGY_TITLE} – ${a.code}`, content, a.issuedOn);
}

export function renderApologyLetter(office: OfficeInfo, a: ApologyLetter): Promise<Uint8Array> {
  return renderPdf(apologyLetterDefinition(office, a));
}
