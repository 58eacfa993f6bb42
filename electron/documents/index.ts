// Document renderers: pure functions from data to bytes (PDF, XLSX, DOCX). No database access.
export type { DossierListRow, NarrativeSection, CorrectedCell, ReportCorrection, ReportInput, ReportUnit, Signer } from './report-input';
export { reportDocDefinition, renderReportPdf } from './pdf/report-pdf';
export { type ReportXlsxOptions, renderReportXlsx } from './xlsx/report-xlsx';
export { renderReportDocx, reportDocument } from './docx/report-docx';
export * from './pdf/forms';
export { DOCUMENT_FONT, pdfFontTable, tinosFiles } from './pdf/fonts';
export { issuingBodyLine, placeDateLine } from './vi-text';
