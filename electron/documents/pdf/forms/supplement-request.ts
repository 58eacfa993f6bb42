// Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — every missing document listed once, with its reason.
import { supplementClockSentence } from '../../../../shared/deadline/supplement-wording';
import { PORTRAIT_WIDTH, decreeDocument } from '../page-setup';
import type { Content, DocDefinition } from '../pdfmake-types';
import { renderPdf } from '../render';
import { HEAD_STYLE, cell, gridTable, simpleHeader } from '../table-grid';
import type { OfficeInfo, SupplementRequest } from './form-input';
import { dateWords, formTitle, labelled, officeLetterhead, signatures, timeWords } from './form-parts';

export const SUPPLEMENT_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

function itemsTable(r: SupplementRequest): Content {
  const body: Content[][] = [simpleHeader(['STT', 'Giấy tờ, nội dung cần bổ sung, hoàn thiện', 'Lý do'], { ...HEAD_STYLE, fontSize: 12 })];
  r.items.forEach((item, i) =>
    body.push([cell(String(i + 1), { fontSize: 12, alignment: 'center' }), cell(item.document, { fontSize: 12 }), cell(item.reason, { fontSize: 12 })]),
  );
  return gridTable(body, 1, [28, '*', 170]);
}

export function supplementRequestDefinition(office: OfficeInfo, r: SupplementRequest): DocDefinition {
  const content: Content[] = [
    officeLetterhead(office, r.requestedOn),
    ...formTitle(SUPPLEMENT_TITLE),
    labelled('Mã hồ sơ', r.code),
    labelled('Hồ sơ của', r.applicantName),
    labelled('Nội dung yêu cầu giải quyết', r.procedureName),
    labelled('Ngày hẹn trả kết quả đã ghi trên Giấy tiếp nhận', timeWords(r.due)),
    {
      text:
        `Ngày ${dateWords(r.receivedAt.day)}, ${office.officeName} – ${office.unitName} đã tiếp nhận hồ sơ của ông/bà. ` +
        'Sau khi xem xét, đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
      style: 'body',
      margin: [0, 6, 0, 4],
    },
    itemsTable(r),
    {
      text:
        `${supplementClockSentence(r.pauseRule)} Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ` +
        `ông/bà liên hệ với ${r.officer}${office.phone ? `, số điện thoại ${office.phone}` : ''} để được hướng dẫn.`,
      style: 'body',
    },
    {
      columns: [{ width: '*', text: '' }, { width: PORTRAIT_WIDTH / 2, stack: [signatures([{ title: 'NGƯỜI HƯỚNG DẪN', name: r.officer }], PORTRAIT_WIDTH / 2)] }],
    },
  ];
  return decreeDocument(`${SUPPLEMENT_TITLE} – ${r.code}`, content, r.requestedOn);
}

export function renderSupplementRequest(office: OfficeInfo, r: SupplementRequest): Promise<Uint8Array> {
  return renderPdf(supplementRequestDefinition(office, r));
}
