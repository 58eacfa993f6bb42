// Every printable form as its print page (HTML) and as its PDF, for looking at them side by side:
// Chromium prints the page to PDF exactly as Electron's print would lay it out.
//   npx tsx test/documents/print-page-samples.ts /tmp/print && pdftoppm -r 60 -png /tmp/print/mau01-html.pdf /tmp/print/mau01-html
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { apologyLetterDefinition, ledgerBookDefinition, receptionReceiptDefinition, stopNoticeDefinition, supplementRequestDefinition } from '../../electron/documents';
import { documentHtml } from '../../electron/documents/html/doc-html';
import { PRINT_PAGE, printFile } from '../../electron/documents/html/print-files';
import { renderPdf } from '../../electron/documents/pdf/render';
import { apology, ledgerBook, office, receipt, stopNotice, supplement } from './form-samples';

const out = process.argv[2] ?? '/tmp/print';
mkdirSync(out, { recursive: true });
const definitions = {
  mau01: receptionReceiptDefinition(office, receipt),
  mau02: supplementRequestDefinition(office, supplement),
  mau04: apologyLetterDefinition(office, apology),
  mau05: stopNoticeDefinition(office, stopNotice),
  mau07: ledgerBookDefinition(office, ledgerBook()),
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const [name, definition] of Object.entries(definitions)) {
    // First the page: pdfmake rewrites the definition it lays out.
    const doc = documentHtml(definition);
    writeFileSync(join(out, `${name}.pdf`), await renderPdf(definition));
    const page = await browser.newPage();
    await page.route('http://in.test/**', async (route) => {
      const file = printFile(doc, new URL(route.request().url()).pathname.slice(1));
      await (file ? route.fulfill({ status: 200, contentType: file.contentType, body: Buffer.from(file.body) }) : route.fulfill({ status: 404 }));
    });
    await page.goto(`http://in.test/${PRINT_PAGE}`);
    await page.evaluate('document.fonts.ready');
    writeFileSync(join(out, `${name}-html.pdf`), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    writeFileSync(join(out, `${name}.html`), doc.html);
    writeFileSync(join(out, `${name}.css`), doc.css);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${Object.keys(definitions).length} forms in ${out}`);
