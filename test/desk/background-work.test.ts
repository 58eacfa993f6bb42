// The desk's heavy work off the answering thread: the bounded start-up check (large tables sampled), the
// full integrity_check in a worker afterwards (which blocks a damaged ledger), backups in a worker that
// do not hold the API queue and never run two at once, and report documents rendered in a worker.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AppApi, createAppApi } from '../../electron/api';
import { openLedger } from '../../electron/ledger';
import { BOUNDED_CHECK_ROWS, probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { renderPeriodReport } from '../../electron/services/report-documents-service';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { WorkerCancelledError, runInWorker } from '../../electron/workers/run-task';
import type { WorkerProgress } from '../../electron/workers/worker-tasks';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { dossierInput, epochOfLocal, testApi } from '../api/helpers';

const dirs: string[] = [];
const apis: AppApi[] = [];
afterEach(() => {
  for (const api of apis.splice(0)) api.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'somc-bg-'));
  dirs.push(dir);
  return dir;
}

/** A real ledger with one table larger than the bounded check reads in full; returns its page range. */
function ledgerWithLargeTable(file: string): { pageSize: number; firstPage: number; lastPage: number } {
  openLedger(file, { mustExist: false }).close();
  const db = new Database(file);
  db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, pad TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bulk (id, pad) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= BOUNDED_CHECK_ROWS + 5_000; i++) insert.run(i, `hồ sơ ${i} `.padEnd(120, '·'));
  })();
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'bulk'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const lastPage = db.pragma('page_count', { simple: true }) as number;
  db.close(); // checkpoints the WAL into the file
  return { pageSize, firstPage: root, lastPage };
}

function overwritePage(file: string, page: number, pageSize: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

describe('the bounded start-up check', () => {
  it('reads a large table only at its edges, so damage in its middle is left to the full check', () => {
    const file = path.join(tempDir(), 'so.db');
    const { pageSize, firstPage, lastPage } = ledgerWithLargeTable(file);
    expect(probeLedgerFile(file, { bounded: true }).status).toBe('ok');
    overwritePage(file, Math.floor((firstPage + lastPage) / 2), pageSize);
    expect(probeLedgerFile(file, { bounded: true }).status).toBe('ok');
    expect(probeLedgerFile(file).status).toBe('corrupt');
    expect(probeLedgerFile(file, { thorough: true }).status).toBe('corrupt');
  });

  it('still refuses a large table whose root page is damaged', () => {
    const file = path.join(tempDir(), 'so.db');
    const { pageSize, firstPage } = ledgerWithLargeTable(file);
    overwritePage(file, firstPage, pageSize);
    expect(probeLedgerFile(file, { bounded: true })).toMatchObject({ status: 'corrupt' });
  });
});

describe('the full integrity check in the background', () => {
  it('opens a ledger the bounded check passes, then blocks it with the way forward when the full check finds damage', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'so.db');
    const { pageSize, firstPage, lastPage } = ledgerWithLargeTable(file);
    overwritePage(file, Math.floor((firstPage + lastPage) / 2), pageSize);
    const errors: unknown[] = [];
    const api = createAppApi({
      ledgerFile: file,
      actor: 'kiểm thử',
      host: { kind: 'web' },
      appVersion: 'test',
      clock: () => epochOfLocal('2024-03-12 10:00'),
      backgroundDelayMs: 0,
      onInternalError: (e) => errors.push(e),
    });
    apis.push(api);
    // A ledger whose due dates never followed the calendar: the worker does it first.
    await api.ledger.settled();
    const first = await api.dispatch('startup.status', {});
    expect(first).toMatchObject({ ok: true, value: { phase: 'ready' } });
    // Started by itself once the ledger is open: the check, then the daily backup.
    await vi.waitFor(() => expect([api.ledger.lastIntegrityCheck(), errors.map(String)]).not.toEqual([null, []]), { timeout: 25_000, interval: 100 });
    expect(errors).toEqual([]);
    expect(api.ledger.lastIntegrityCheck()).toMatchObject({ ok: false });
    const after = await api.dispatch('startup.status', {});
    expect(after).toMatchObject({ ok: true, value: { phase: 'blocked', problems: [expect.objectContaining({ kind: 'corrupt', severity: 'blocking' })] } });
    const refused = await api.dispatch('dossier.count', { filter: {} });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('chưa mở được') } });
  });

  it('finds a healthy ledger healthy, on demand', async () => {
    const t = await testApi('2024-03-12 10:00');
    const check = await t.api.ledger.checkIntegrity();
    expect(check).toMatchObject({ ok: true, detail: [] });
    expect((await t.call('startup.status', {})).phase).toBe('ready');
  });
});

describe('backups in a worker', () => {
  it('answer other commands while a backup is being made', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const order: string[] = [];
    const backup = t.api.dispatch('backup.now', {}).then((r) => (order.push('backup.now'), r));
    const list = t.api.dispatch('dossier.list', { filter: {}, after: null, offset: 0, limit: 100 }).then((r) => (order.push('dossier.list'), r));
    const [backedUp, listed] = await Promise.all([backup, list]);
    expect(order).toEqual(['dossier.list', 'backup.now']);
    expect(listed).toMatchObject({ ok: true });
    expect(backedUp).toMatchObject({ ok: true, value: { written: 1 } });
  });

  it('never runs two at once: calls while one is queued join it, and one daily backup is written', async () => {
    const t = await testApi('2024-03-12 10:00');
    const a = t.api.ledger.runAutomaticBackup();
    const b = t.api.ledger.runAutomaticBackup();
    expect(b).toBe(a);
    const manual = t.api.ledger.backupNow();
    await Promise.all([a, manual]);
    const files = readdirSync(path.join(t.dir, 'sao-luu')).filter((f) => f.endsWith('.db'));
    expect(files.filter((f) => f.includes('hang-ngay'))).toHaveLength(1);
    expect(files).toHaveLength(2);
    expect(t.api.ledger.lastAutomaticBackup()).toMatchObject({ ok: true });
  });
});

describe('the full integrity check on demand (Thiết lập › Sao lưu)', () => {
  it('runs in the worker as a job, after the screen’s reads, and the settings show when it ran and what it found', async () => {
    const t = await testApi('2024-03-12 10:00', { kind: 'web' }, true, { backgroundDelayMs: -1 });
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    expect((await t.call('backup.settings', {})).lastIntegrity).toBeNull();
    const order: string[] = [];
    const jobId = randomUUID();
    const checking = t.api.dispatch('backup.checkIntegrity', { jobId }).then((r) => (order.push('backup.checkIntegrity'), r));
    const listing = t.api.dispatch('dossier.list', { filter: {}, after: null, offset: 0, limit: 100 }).then((r) => (order.push('dossier.list'), r));
    const [checked] = await Promise.all([checking, listing]);
    expect(order).toEqual(['dossier.list', 'backup.checkIntegrity']);
    const view = { ok: true, atText: expect.stringContaining('12/03/2024'), summary: 'Tốt: mọi trang và mọi chỉ mục của sổ đều đọc đúng.', detail: [] };
    expect(checked).toMatchObject({ ok: true, value: { check: view, settings: { lastIntegrity: view } } });
    expect(await t.call('job.status', { jobId })).toMatchObject({ state: 'done' });
    expect((await t.call('backup.settings', {})).lastIntegrity).toMatchObject(view);
  });

  it('a ledger it finds damaged is closed, and the start-up screen shows the ways forward', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'so.db');
    const { pageSize, firstPage, lastPage } = ledgerWithLargeTable(file);
    overwritePage(file, Math.floor((firstPage + lastPage) / 2), pageSize);
    const api = createAppApi({ ledgerFile: file, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => epochOfLocal('2024-03-12 10:00'), backgroundDelayMs: -1 });
    apis.push(api);
    // A ledger made here has no record of the calendar its due dates follow: the start-up work recomputes them first.
    await api.ledger.settled();
    expect(await api.dispatch('startup.status', {})).toMatchObject({ ok: true, value: { phase: 'ready' } });
    const checked = await api.dispatch('backup.checkIntegrity', {});
    expect(checked).toMatchObject({ ok: true, value: { check: { ok: false, summary: expect.stringContaining('sổ đã tạm khóa'), detail: [expect.any(String)] } } });
    expect(await api.dispatch('startup.status', {})).toMatchObject({ ok: true, value: { phase: 'blocked', problems: [expect.objectContaining({ kind: 'corrupt' })] } });
  });
});

describe('what each heavy task says it is doing (the progress bar’s words)', () => {
  it('a backup: the pages copied into the folder, then the full check of the copy', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const seen: WorkerProgress[] = [];
    const target = path.join(t.dir, 'ban-sao.db');
    const copy = await runInWorker({ kind: 'backup-to', ledgerFile: t.file, target }, { onProgress: (p) => seen.push(p) });
    expect(copy).toMatchObject({ file: target, dossiers: 1 });
    const copying = seen.filter((p) => p.label === `Đang chép sổ vào "${t.dir}"`);
    expect(copying.length).toBeGreaterThan(0);
    expect(copying.at(-1)).toMatchObject({ done: copy.pages, total: copy.pages });
    expect(seen.at(-1)).toEqual({ label: 'Đang kiểm tra toàn vẹn bản sao vừa chép (mọi trang, mọi chỉ mục)', done: 0, total: 0 });
  });

  it('the ledger as CSV, Mẫu 07 and the full check: what they read and check', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const labels = async (task: Parameters<typeof runInWorker>[0]) => {
      const seen: string[] = [];
      await runInWorker(task, { onProgress: (p) => seen.push(p.label) });
      return seen;
    };
    expect(await labels({ kind: 'ledger-csv', ledgerFile: t.file, filter: {}, today: 19794 })).toEqual(['Đang đọc hồ sơ 0/1']);
    expect(await labels({ kind: 'ledger-book', ledgerFile: t.file, from: 19700, to: 19800, volume: '', today: 19794 })).toEqual(['Đang đọc hồ sơ của sổ 0/1', 'Đang dựng tệp PDF của sổ']);
    expect(await labels({ kind: 'integrity-check', ledgerFile: t.file })).toEqual([expect.stringMatching(/^Đang kiểm tra toàn vẹn đầy đủ \d+ trang của sổ \(khoảng \d+ MB\)$/)]);
  });
});

describe('a worker task cancelled', () => {
  it('rejects at once and ends the worker; the next task gets a new one', async () => {
    const file = path.join(tempDir(), 'so.db');
    openLedger(file, { mustExist: false }).close();
    const cancel = new AbortController();
    const check = runInWorker({ kind: 'integrity-check', ledgerFile: file }, { signal: cancel.signal });
    cancel.abort();
    await expect(check).rejects.toBeInstanceOf(WorkerCancelledError);
    await expect(runInWorker({ kind: 'integrity-check', ledgerFile: file })).resolves.toMatchObject({ ok: true });
    const already = new AbortController();
    already.abort();
    await expect(runInWorker({ kind: 'integrity-check', ledgerFile: file }, { signal: already.signal })).rejects.toBeInstanceOf(WorkerCancelledError);
  });
});

describe('report documents in a worker', () => {
  it('give the same bytes as rendering on the answering thread', async () => {
    const t = await testApi('2024-04-02 10:00');
    await t.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-12 09:00'));
    const session = openLedgerSession(t.file, { actor: 'kiểm thử', mustExist: true });
    try {
      const period = resolvePeriodRequest(session, { period: '2024-Q1', rule: 'nd09' });
      const issuedOn = 19815;
      const task = { kind: 'report-document', ledgerFile: t.file, period, issuedOn, includePersonalData: false } as const;
      const steps: string[] = [];
      const inWorker = await runInWorker({ ...task, format: 'pdf' }, { onProgress: (p) => steps.push(p.label) });
      const here = await renderPeriodReport(session, period, 'pdf', { issuedOn });
      expect(Buffer.from(inWorker).equals(Buffer.from(here))).toBe(true);
      expect(steps).toEqual(['Đang tổng hợp số liệu: Quý I năm 2024', 'Đang dựng tệp PDF']);
      // The zipped formats carry the time they were made; they are whole zip files.
      for (const format of ['xlsx', 'docx'] as const) {
        const bytes = await runInWorker({ ...task, format });
        expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1'), format).toBe('PK\u0003\u0004');
      }
    } finally {
      session.close();
    }
  });
});
