// The report commands agree with themselves (every figure = the length of its drill-down list), the
// ledger view exports as CSV that imports back unchanged, and a backup restores.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENDED_KEYS, FORM_KEYS } from '../../shared/report/figures';
import { testApi } from './helpers';
import { FIXTURE_CSV } from '../support/domain-fixtures';

const FIXTURE = FIXTURE_CSV;

async function withFixture() {
  const t = await testApi('2024-03-15 08:00');
  const plan = await t.call('import.plan', { fileName: 'huong-huu-2024-q1.csv', contentBase64: readFileSync(FIXTURE).toString('base64') });
  expect(plan.counts).toEqual({ new: 78, unchanged: 0, conflict: 0, rejected: 0 });
  expect(await t.call('import.apply', { planId: plan.planId, update: false })).toEqual({ inserted: 78, updated: 0, unchanged: 0, skippedConflicts: 0, linked: 0, undecided: 0 });
  return t;
}

describe('report commands', () => {
  it('open, for every figure of every row, exactly as many dossiers as the figure says', async () => {
    const t = await withFixture();
    for (const rule of ['nd09', 'calendar'] as const) {
      const view = await t.call('report.compile', { period: '2024-Q1', rule });
      const rows = [...view.report.by_field.map((r) => ({ field: r.field as string | null, figures: r as unknown as Record<string, number> })), { field: null, figures: view.report.total as unknown as Record<string, number> }];
      for (const row of rows) {
        for (const key of FORM_KEYS) {
          const cell = await t.call('report.cell', { period: '2024-Q1', rule, key, field: row.field });
          expect(cell.count, `${rule} ${row.field ?? 'total'} ${key}`).toBe(row.figures[key]);
          if (row.field) expect(cell.items.every((i) => i.field === row.field)).toBe(true);
        }
      }
      for (const key of EXTENDED_KEYS) {
        const cell = await t.call('report.cell', { period: '2024-Q1', rule, key, field: null });
        expect(cell.count, key).toBe(view.report.extended.total[key]);
      }
      const months = view.months;
      expect(months).toHaveLength(3);
      expect(months.reduce((n, m) => n + m.received, 0)).toBe(view.report.total.new_online + view.report.total.new_direct_postal);
    }
    const nd09 = await t.call('report.compile', { period: '2024-Q1', rule: 'nd09' });
    expect(nd09.months.map((m) => [m.label, m.from, m.to])).toEqual([
      ['T1/2024', '2023-12-15', '2024-01-14'],
      ['T2/2024', '2024-01-15', '2024-02-14'],
      ['T3/2024', '2024-02-15', '2024-03-14'],
    ]);
    expect(nd09.sentences[0]).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 78 hồ sơ');
    for (const format of ['pdf', 'xlsx', 'docx'] as const) {
      const file = await t.call('report.export', { period: '2024-Q1', rule: 'nd09', format });
      expect(file.fileName).toBe(`Bao-cao-2024-Q1-nd09.${format}`);
      expect(Buffer.from(file.contentBase64, 'base64').length).toBeGreaterThan(5_000);
    }
  });
});

describe('ledger data', () => {
  it('exports the filtered view as CSV that imports back as unchanged', async () => {
    const t = await withFixture();
    const csv = await t.call('dossier.exportCsv', { filter: { field: 'Chứng thực' } });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFMã hồ sơ;Mã TTHC;Tên TTHC;Lĩnh vực;Hình thức nộp;Ngày tiếp nhận')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(1 + 3);
    const again = await t.call('import.plan', { fileName: csv.fileName, contentBase64: csv.contentBase64 });
    expect(again.counts).toEqual({ new: 0, unchanged: 3, conflict: 0, rejected: 0 });
  });

  it('backs up the ledger and restores it, keeping the replaced ledger beside it', async () => {
    const t = await withFixture();
    const backup = await t.call('backup.create', {});
    expect(backup.dossiers).toBe(78);
    expect(backup.file?.fileName).toMatch(/^so-mot-cua-sao-luu-2024-03-15-0800\.db$/);
    const d = await t.call('dossier.create', {
      procedureCode: '1.004884', channel: 'truc_tiep', receivedAt: '2024-03-15 08:00', applicantName: 'Người mới', idNumber: '', phone: '', address: '', documents: [], fee: 0, digitisedDossier: false, paidOnline: false, note: '',
    });
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(79);
    const restored = await t.call('backup.restore', { fileName: 'sao-luu.db', contentBase64: backup.file?.contentBase64 ?? '' });
    expect(restored.dossiers).toBe(78);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(78);
    expect(await t.api.dispatch('dossier.get', { id: d.id })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const refused = await t.api.dispatch('backup.restore', { fileName: 'x.db', contentBase64: Buffer.from('không phải sổ').toString('base64') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Tệp không dùng được để khôi phục|không phải/);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(78);
  });
});
