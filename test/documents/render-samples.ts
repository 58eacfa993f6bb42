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
import { CHANNEL_LABELS_VI } from '../../shared/dossier/dossier';
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
const files: [string, Promise<Uint8Array>][] = [
  ['report.pdf', renderReportPdf(reportInput())],
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
