// The report workbook: "Biểu 06", "Hồ sơ quá hạn" and "Danh sách hồ sơ".
import type ExcelJS from 'exceljs';
import type { DossierListRow, ReportInput } from '../report-input';
import { reportOutline } from '../report-outline';
import { addCorrectionsSheet, addExtendedSheet } from './appendix-sheets';
import { addForm06Sheet } from './form06-sheet';
import { addDossierListSheet, addLateSheet } from './list-sheets';
import { excelDate } from './sheet-style';

/** exceljs is loaded when first needed, not with the app (it takes ~1 s to load). */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export interface ReportXlsxOptions {
  /** Adds the applicant's name, address and phone to "Danh sách hồ sơ" (never to the late list). */
  includePersonalData?: boolean;
}

export async function renderReportXlsx(
  input: ReportInput,
  dossiers: readonly DossierListRow[],
  options: ReportXlsxOptions = {},
): Promise<Uint8Array> {
  const o = reportOutline(input);
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Sổ Một Cửa';
  wb.created = excelDate(input.issuedOn);
  wb.modified = wb.created;
  addForm06Sheet(wb, input, o);
  addExtendedSheet(wb, input.report, o);
  addLateSheet(wb, input, o);
  addCorrectionsSheet(wb, input.corrections ?? [], input.correctedCells ?? [], o);
  addDossierListSheet(wb, dossiers, options.includePersonalData ?? false);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
