// Mẫu 05: Thông báo dừng giải quyết hồ sơ — the unit tells the applicant it stops handling a dossier,
// and why. (Whether stopping is allowed is the dossier actions' rule, not this document's.)
import { issuingBodyLine, parentBodyLine, placeDateLine, recipientLine, signingLines } from '../../vi-text';
import { letterhead, signingBlock } from '../letterhead';
import { PORTRAIT_WIDTH, decreeDocument } from '../page-setup';
import type { Content, DocDefinition } from '../pdfmake-types';
import { renderPdf } from '../render';
import type { OfficeInfo, StopNotice } from './form-input';
import { dateWords, formTitle, timeWords } from './form-parts';

export const STOP_TITLE = 'THÔNG BÁO';
export const STOP_SUBJECT = 'Về việc dừng giải quyết hồ sơ thủ tục hành chính';

export function stopNoticeDefinition(office: OfficeInfo, n: StopNotice): DocDefinition {
  const unit = office.unitName;
  const paragraphs = [
    `Ngày ${dateWords(n.receivedAt.day)}, ${unit} tiếp nhận hồ sơ của Ông/Bà ${n.applicantName}, mã hồ sơ ${n.code}, ` +
      `nội dung yêu cầu giải quyết: ${n.procedureName}; thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ${timeWords(n.due)}.`,
    `${unit} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${timeWords({ day: n.stoppedOn, minute: null })}. Lý do: ${n.reason.trim().replace(/\.?$/, '.')}`,
    `Ông/Bà liên hệ ${office.officeName}${office.phone ? ` (số điện thoại ${office.phone})` : ''} để được hướng dẫn, nhận lại hồ sơ.`,
  ];
  const content: Content[] = [
    letterhead({
      parentBody: parentBodyLine(office.parentBody),
      issuingBody: issuingBodyLine(unit),
      numberLine: `Số: ${n.documentNumber}`,
      dateLine: placeDateLine(office.place, n.issuedOn),
      contentWidth: PORTRAIT_WIDTH,
    }),
    ...formTitle(
      STOP_TITLE,
      { text: STOP_SUBJECT, bold: true, alignment: 'center' },
      { text: `Kính gửi: Ông/Bà ${n.applicantName}.`, alignment: 'center', margin: [0, 6, 0, 12] },
    ),
    ...paragraphs.map((text): Content => ({ text, style: 'body' })),
    signingBlock({ recipients: n.recipients.map(recipientLine), lines: signingLines(n.signer), name: n.signer.name, contentWidth: PORTRAIT_WIDTH }),
  ];
  return decreeDocument(`Thông báo dừng giải quyết hồ sơ – ${n.code}`, content, n.issuedOn);
}

export function renderStopNotice(office: OfficeInfo, n: StopNotice): Promise<Uint8Array> {
  return renderPdf(stopNoticeDefinition(office, n));
}
