// Writes every document for the Hương Hữu fixture into a folder, for looking at them:
//   npx tsx test/documents/render-samples.ts /tmp/docs && pdftoppm -r 60 -png /tmp/docs/report.pdf /tmp/docs/page
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderApologyLetter,
  renderLedgerBook,
  renderReceptionReceipt,
  renderReportDocx,
  renderReportPdf,
  renderReportXlsx,
  renderSupplementRequest,
} from '../../electron/documents';
import type { ReportInput } from '../../electron/documents/report-input';
import { CHANNEL_LABELS_VI } from '../../shared/dossier/dossier';
import { dayFromYmd } from '../../shared/time/day';
import { compile, fixtureDossiers, fixtureWithLate, reportInput } from './fixture';
import { apology, ledgerBook, office, receipt, supplement } from './form-samples';

const out = process.argv[2] ?? '/tmp/docs';
mkdirSync(out, { recursive: true });
const withLate = reportInput(compile(fixtureWithLate()));
const list = fixtureDossiers().map((d) => ({
  code: d.code,
  procedure: d.procedureName,
  field: d.field,
  channelLabel: CHANNEL_LABELS_VI[d.channel],
  received: d.receivedAt,
  due: d.baseDueDay,
  ended: d.endedOn,
  statusLabel: d.endedOn === null ? 'Đang giải quyết' : 'Đã giải quyết',
}));
// A draft of a running period, signed for the chairman by a deputy, in a commune whose name is two words,
// with sub-headings, a correction to a signed period and the Biểu 06 cells it changes.
const draft: ReportInput = {
  ...withLate,
  unit: { ...withLate.unit, name: 'UBND xã Nam Đông', place: 'Nam Đông', signer: { mode: 'KT', title: 'Phó Chủ tịch', name: 'Lê Văn Hùng' } },
  draft: true,
  provisionalAsOf: { day: dayFromYmd(2024, 3, 8), minute: 9 * 60 + 30 },
  narrative: {
    sections: [
      ...withLate.narrative.sections,
      { heading: 'IV. ĐỀ XUẤT, KIẾN NGHỊ', text: '1. Ưu điểm\nCán bộ một cửa tiếp nhận đúng quy trình.\na) Hạn chế\nMột số hồ sơ còn chậm.' },
      { heading: 'V. PHƯƠNG HƯỚNG', text: '' },
    ],
  },
  corrections: [{ period: 'Quý IV năm 2023', code: '000.00.21.H57-231201-0003', description: 'Ngày có kết quả: — → 13/12/2023', at: '02/01/2024' }],
  correctedCells: [
    { period: 'Quý IV năm 2023', row: 'Hộ tịch', column: '(7) Số hồ sơ đã giải quyết — Tổng số', before: 40, after: 41 },
    { period: 'Quý IV năm 2023', row: 'Tổng cộng', column: '(11) Số hồ sơ đang giải quyết — Tổng số', before: 9, after: 8 },
  ],
};
const files: [string, Promise<Uint8Array>][] = [
  ['report.pdf', renderReportPdf(reportInput())],
  ['report-draft.pdf', renderReportPdf(draft)],
  ['report-draft.docx', renderReportDocx(draft)],
  ['report-draft.xlsx', renderReportXlsx(draft, list)],
  ['report-late.pdf', renderReportPdf(withLate)],
  ['report.docx', renderReportDocx(withLate)],
  ['report.xlsx', renderReportXlsx(withLate, list)],
  ['mau01.pdf', renderReceptionReceipt(office, receipt)],
  ['mau02.pdf', renderSupplementRequest(office, supplement)],
  ['mau04.pdf', renderApologyLetter(office, apology)],
  ['mau07.pdf', renderLedgerBook(office, ledgerBook())],
];
for (const [name, bytes] of files) writeFileSync(join(out, name), await bytes);
console.log(`${files.length} documents in ${out}`);
