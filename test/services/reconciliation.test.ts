// Reconciliation with the province's statistics table (three header rows with merged groups, one row per
// field and a total, a numbering row, a signature block): the cells that differ are named, with the
// dossiers behind them; a dossier logged here and not on the province's system explains its cells.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FormKey } from '../../shared/report/figures';
import { dayFromIso } from '../../shared/time/day';
import { logDossier } from '../../electron/services/dossier-intake';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { readProvinceStatsFile, reconcile } from '../../electron/services/reconciliation';
import { cellMembers } from '../../electron/services/report-drilldown';
import { compilePeriodReport, resolvePeriodRequest } from '../../electron/services/report-service';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';
import { exampleDossiers, foreignCsvText } from '../import/foreign-exports';
import { intakeInput } from '../support/intake-input';

const ORDER: FormKey[] = ['received', 'new_online', 'new_direct_postal', 'carried_over', 'resolved', 'early', 'on_time', 'late', 'pending', 'pending_in_time', 'pending_overdue'];

type Row = { label: string; figures: Record<FormKey, number> };

/** The province's table as its system exports it. */
async function provinceTable(rows: Row[], options: { coverSheet?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (options.coverSheet) {
    const cover = wb.addWorksheet('Hướng dẫn');
    cover.addRow(['Biểu tổng hợp tình hình giải quyết TTHC — xem trang "Biểu"']);
    cover.addRow(['Số liệu lấy từ Hệ thống thông tin giải quyết TTHC tỉnh']);
  }
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC']);
  ws.addRow(['Đơn vị: UBND xã Hương Hữu']);
  ws.addRow([]);
  ws.addRow(['STT', 'Lĩnh vực', 'Tiếp nhận', '', '', '', 'Đã giải quyết', '', '', '', 'Đang giải quyết', '', '']);
  ws.addRow(['', '', 'Tổng số', 'Trong đó', '', '', 'Tổng số', 'Trong đó', '', '', 'Tổng số', 'Trong đó', '']);
  ws.addRow(['', '', '', 'Trực tuyến', 'Trực tiếp, bưu chính', 'Kỳ trước chuyển qua', '', 'Trước hạn', 'Đúng hạn', 'Quá hạn', '', 'Trong hạn', 'Quá hạn']);
  ws.mergeCells('A1:M1');
  ws.mergeCells('C4:F4');
  ws.mergeCells('G4:J4');
  ws.mergeCells('K4:M4');
  ws.mergeCells('D5:F5');
  ws.mergeCells('H5:J5');
  ws.mergeCells('L5:M5');
  for (const col of ['A', 'B']) ws.mergeCells(`${col}4:${col}6`);
  for (const col of ['C', 'G', 'K']) ws.mergeCells(`${col}5:${col}6`);
  ws.addRow(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
  rows.forEach((row, i) => ws.addRow([row.label.startsWith('Tổng') ? '' : i + 1, row.label, ...ORDER.map((k) => row.figures[k])]));
  ws.addRow([]);
  ws.addRow(['', '', '', '', '', '', '', '', '', 'NGƯỜI LẬP BIỂU']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function ledgerFromProvinceList(): Promise<{ db: string; folder: string }> {
  const folder = tempFolder();
  const db = await initLedger(folder);
  const list = join(folder, 'tinh.csv');
  writeFileSync(list, foreignCsvText(exampleDossiers(FIXTURE_CSV), new Map()));
  const imported = await cli('import', '--db', db, list);
  expect(imported.code, imported.stderr).toBe(0);
  return { db, folder };
}

describe('reconciliation with the province statistics table', () => {
  it('names the three cells that differ, with the dossiers behind each', async () => {
    const { db, folder } = await ledgerFromProvinceList();
    const session = openLedgerSession(db, { actor: 't' });
    try {
      const period = resolvePeriodRequest(session, { period: '2024-Q1' });
      const report = compilePeriodReport(session, period);
      const rows: Row[] = [...report.by_field.map((r) => ({ label: r.field, figures: { ...r } })), { label: 'Tổng cộng', figures: { ...report.total } }];
      const [first, second] = report.by_field;
      if (!first || !second) throw new Error('fixture has fields');
      const changed: [string, FormKey, number][] = [
        [first.field, 'late', first.late + 1],
        [second.field, 'new_online', second.new_online - 1],
        ['Tổng cộng', 'pending_overdue', report.total.pending_overdue + 2],
      ];
      for (const [label, key, value] of changed) {
        const row = rows.find((r) => r.label === label);
        if (row) row.figures[key] = value;
      }
      const file = join(folder, 'bieu-tinh.xlsx');
      writeFileSync(file, await provinceTable(rows));

      const table = await readProvinceStatsFile(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file))), 'bieu-tinh.xlsx');
      expect(table.headerLines).toEqual([4, 5, 6]);
      expect(table.columns.map((c) => c.key)).toEqual(ORDER);
      const result = reconcile(session, period, table);
      expect(result.unmatchedRows).toEqual([]);
      expect(result.rowsCompared).toBe(report.by_field.length + 1);
      expect(result.differences.map((d) => [d.row, d.key, d.province, d.ours])).toEqual([
        [first.field, 'late', first.late + 1, first.late],
        [second.field, 'new_online', second.new_online - 1, second.new_online],
        ['Tổng cộng', 'pending_overdue', report.total.pending_overdue + 2, report.total.pending_overdue],
      ]);
      expect(result.differences[0]?.column).toBe('Đã giải quyết > Trong đó > Quá hạn');
      const expected = [
        cellMembers(session, period, 'late', first.field),
        cellMembers(session, period, 'new_online', second.field),
        cellMembers(session, period, 'pending_overdue', null),
      ];
      result.differences.forEach((d, i) => {
        expect(d.dossiers.map((x) => x.code).sort()).toEqual((expected[i] ?? []).map((m) => m.row.code).sort());
        expect(d.dossiers.every((x) => x.onProvincialSystem)).toBe(true);
      });
    } finally {
      session.close();
    }

    const note = join(folder, 'ghi-chu.docx');
    const run = await cli('reconcile', '--db', db, '--period', '2024-Q1', join(folder, 'bieu-tinh.xlsx'), '--out', note);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('có 3 ô khác nhau');
    expect(run.stdout).toContain('cột "Đang giải quyết > Trong đó > Quá hạn": hệ thống tỉnh');
    expect(run.stdout).toContain('Đã ghi ghi chú đối chiếu vào');
  });

  it('explains the cells of a dossier logged here that the province does not have', async () => {
    const { db, folder } = await ledgerFromProvinceList();
    const session = openLedgerSession(db, { actor: 't' });
    try {
      const period = resolvePeriodRequest(session, { period: '2024-Q1' });
      const before = compilePeriodReport(session, period);
      const offline = logDossier(
        session,
        intakeInput('1.004873', { day: dayFromIso('2024-03-13'), minute: 9 * 60 }, 'Nguyễn Văn An'),
        { day: dayFromIso('2024-03-13'), minute: 10 * 60 },
      );
      // The province's table has one row for the unit, from before the dossier was logged.
      const file = join(folder, 'bieu-don-vi.xlsx');
      writeFileSync(file, await provinceTable([{ label: 'UBND xã Hương Hữu', figures: { ...before.total } }]));
      const table = await readProvinceStatsFile(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file))), 'x.xlsx');
      const result = reconcile(session, period, table);
      expect(result.differences.map((d) => d.key)).toEqual(['received', 'new_direct_postal', 'pending', 'pending_in_time']);
      for (const d of result.differences) {
        expect(d.ours - d.province).toBe(1);
        expect(d.dossiers[0]).toMatchObject({ code: offline.code, onProvincialSystem: false });
      }
    } finally {
      session.close();
    }
  });

  it('finds the table on a later sheet when the workbook opens on a cover sheet, says which, and reads the sheet asked for', async () => {
    const { db, folder } = await ledgerFromProvinceList();
    const session = openLedgerSession(db, { actor: 't' });
    let total: Record<FormKey, number>;
    try {
      total = { ...compilePeriodReport(session, resolvePeriodRequest(session, { period: '2024-Q1' })).total };
    } finally {
      session.close();
    }
    const file = join(folder, 'bieu-co-trang-bia.xlsx');
    writeFileSync(file, await provinceTable([{ label: 'UBND xã Hương Hữu', figures: total }], { coverSheet: true }));
    const table = await readProvinceStatsFile(new Uint8Array(readFileSync(file)), 'bieu-co-trang-bia.xlsx');
    expect(table).toMatchObject({ sheet: 'Biểu', sheets: ['Hướng dẫn', 'Biểu'], headerLines: [4, 5, 6] });

    const run = await cli('reconcile', '--db', db, '--period', '2024-Q1', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã đọc bảng ở trang tính "Biểu" (tệp có các trang: "Hướng dẫn", "Biểu")');
    expect(run.stdout).not.toContain('ô khác nhau');

    const cover = await cli('reconcile', '--db', db, '--period', '2024-Q1', file, '--sheet', 'Hướng dẫn');
    expect(cover.code).toBe(1);
    expect(cover.stderr).toContain('Không nhận ra bảng thống kê trong tệp "bieu-co-trang-bia.xlsx" (trang tính "Hướng dẫn")');
    const picked = await cli('reconcile', '--db', db, '--period', '2024-Q1', file, '--sheet', 'Biểu');
    expect(picked.code, picked.stderr).toBe(0);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['Không có số liệu']);
    wb.addWorksheet('Trang 2').addRow(['STT', 'Lĩnh vực']);
    const empty = join(folder, 'khong-co-bieu.xlsx');
    writeFileSync(empty, new Uint8Array(await wb.xlsx.writeBuffer()));
    const none = await cli('reconcile', '--db', db, '--period', '2024-Q1', empty);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('(đã tìm ở mọi trang tính không ẩn: "Ghi chú", "Trang 2")');
  });
});
