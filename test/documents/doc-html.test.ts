// The print pages (HTML) of every form, made from the same definition as its PDF: the same words, the
// decree's page set-up, no inline style or script (the strict CSP), the files it links served from memory.
import { describe, expect, it } from 'vitest';
import {
  apologyLetterDefinition,
  ledgerBookDefinition,
  receptionReceiptDefinition,
  stopNoticeDefinition,
  supplementRequestDefinition,
} from '../../electron/documents';
import { documentHtml } from '../../electron/documents/html/doc-html';
import { FONT_FILE_NAMES, PRINT_FONT_FOLDER, PRINT_PAGE, PRINT_STYLESHEET, printFile } from '../../electron/documents/html/print-files';
import type { DocDefinition } from '../../electron/documents/pdf/pdfmake-types';
import { renderPdf } from '../../electron/documents/pdf/render';
import { mm } from '../../electron/documents/units';
import { apology, ledgerBook, office, receipt, stopNotice, supplement } from './form-samples';
import { readPdf } from './read-pdf';

const FORMS: [string, () => DocDefinition, string[]][] = [
  ['Mẫu 01', () => receptionReceiptDefinition(office, receipt), ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', receipt.applicant.name, receipt.code, 'Thành phần hồ sơ nộp gồm']],
  ['Mẫu 02', () => supplementRequestDefinition(office, supplement), ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Trích lục ghi chú ly hôn', 'NGƯỜI HƯỚNG DẪN']],
  ['Mẫu 04', () => apologyLetterDefinition(office, apology), ['VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN', 'Trần Đình Ẫn', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'Nơi nhận:']],
  ['Mẫu 05', () => stopNoticeDefinition(office, stopNotice), ['THÔNG BÁO', 'Về việc dừng giải quyết hồ sơ thủ tục hành chính', 'nơi cư trú cũ']],
  ['Mẫu 07', () => ledgerBookDefinition(office, ledgerBook()), ['SỔ THEO DÕI HỒ SƠ', 'Ngày hẹn trả kết quả', 'Công dân số 1', 'Quyển số 01/2023']],
];

/** The words a reader sees: tags dropped, entities decoded, whitespace collapsed. */
function wordsOfHtml(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return text.normalize('NFC').split(/\s+/).filter(Boolean);
}

describe('print pages from the PDF’s own definition', () => {
  it.each(FORMS)('%s: the same Vietnamese words as its PDF, intact', async (_name, definition, phrases) => {
    const page = documentHtml(definition());
    const pdf = await readPdf(await renderPdf(definition()));
    const pdfWords = pdf.flatMap((p) => p.text.split(/\s+/)).filter(Boolean);
    const htmlWords = wordsOfHtml(page.html);
    // Page numbers are drawn by the PDF's header and by the print CSS (@page), not in the body.
    const numberless = (words: string[]) => words.filter((w) => !/^\d+$/.test(w));
    expect(new Set(numberless(htmlWords))).toEqual(new Set(numberless(pdfWords)));
    const text = htmlWords.join(' ');
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it.each(FORMS)('%s: decree page set-up, classes only (no inline style or script), linked files served', (_name, definition) => {
    const doc = definition();
    const page = documentHtml(doc);
    const orientation = doc.pageOrientation;
    expect(page.landscape).toBe(orientation === 'landscape');
    expect(page.pageSize).toBe('A4');
    const round = (n: number) => `${Math.round(n * 100) / 100}pt`;
    expect(page.css).toContain(`@page{size:A4 ${orientation};margin:${round(mm(20))} ${round(mm(15))} ${round(mm(20))} ${round(mm(30))}}`);
    expect(page.css).toContain('@page :first{@top-center{content:none}}');
    expect(page.html).not.toMatch(/\sstyle=|<script|<style|javascript:/i);
    expect(page.html).toContain(`<link rel="stylesheet" href="${PRINT_STYLESHEET}">`);
    expect(page.html).toContain('<html lang="vi-VN">');
    for (const face of Object.values(FONT_FILE_NAMES)) {
      expect(page.css).toContain(`url("${PRINT_FONT_FOLDER}/${face}")`);
      const font = printFile(page, `${PRINT_FONT_FOLDER}/${face}`);
      expect(font?.contentType).toBe('font/ttf');
      expect(Buffer.from(font?.body ?? []).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    }
    expect(Buffer.from(printFile(page, PRINT_PAGE)?.body ?? []).toString('utf8')).toBe(page.html);
    expect(printFile(page, '../so-mot-cua.db')).toBeNull();
    expect(printFile(page, `${PRINT_FONT_FOLDER}/../../../etc/passwd`)).toBeNull();
  });

  it('Mẫu 01: the dossier code as a QR code drawn in SVG, the documents as a table with its header', () => {
    const page = documentHtml(receptionReceiptDefinition(office, receipt));
    expect(page.html).toMatch(new RegExp(`<svg [^>]*aria-label="${receipt.code.replace(/\./g, '\\.')}"`));
    expect(page.html).toMatch(/<path fill="#000" d="M\d/);
    expect(page.html).toMatch(/<thead><tr[^>]*><td[^>]*><div[^>]*>STT<\/div><\/td>/);
  });

  it('Mẫu 07: its two header rows repeat on every printed page and rows never split', () => {
    const page = documentHtml(ledgerBookDefinition(office, ledgerBook()));
    const head = page.html.slice(page.html.indexOf('<thead>'), page.html.indexOf('</thead>'));
    expect(head).toContain('Tên thủ tục hành chính');
    expect(head).toContain('(13)');
    expect(page.css).toContain('break-inside:avoid');
  });
});
