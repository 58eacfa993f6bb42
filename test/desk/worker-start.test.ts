// A worker thread that cannot start (its file missing or not loading: a damaged installation) is never a
// silent failure: the officer reads in Vietnamese what happened and what to do, and the cause is logged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Handlers, createDispatcher } from '../../electron/api/dispatch';
import { openLedger } from '../../electron/ledger';
import { WorkerStartError, runInWorker } from '../../electron/workers/run-task';

const dir = mkdtempSync(path.join(tmpdir(), 'somc-worker-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ledgerFile = path.join(dir, 'so.db');
openLedger(ledgerFile, { mustExist: false }).close();

/** A worker file that throws while loading, as a bundle missing one of its packages does. */
function brokenWorker(): string {
  const file = path.join(dir, 'heavy-worker.cjs');
  writeFileSync(file, "require('./thieu-goi-nay');\n");
  return file;
}

describe('a worker that cannot start', () => {
  it('rejects with a Vietnamese WorkerStartError when its code does not load, carrying the cause', async () => {
    const failed = runInWorker({ kind: 'integrity-check', ledgerFile }, { script: { file: brokenWorker(), execArgv: [] } });
    await expect(failed).rejects.toBeInstanceOf(WorkerStartError);
    const error = (await failed.catch((e: unknown) => e)) as WorkerStartError;
    expect(error.message).toMatch(/^Ứng dụng không khởi động được phần xử lý nền \(Cannot find module '\.\/thieu-goi-nay'/);
    expect(error.message).toContain('sổ dữ liệu không bị thay đổi');
    expect(error.message).toContain('cài lại Sổ Một Cửa');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects the same way when its file is missing', async () => {
    const missing = path.join(dir, 'khong-co.cjs');
    await expect(runInWorker({ kind: 'integrity-check', ledgerFile }, { script: { file: missing, execArgv: [] } })).rejects.toThrow(
      `Ứng dụng không khởi động được phần xử lý nền (không có tệp "${missing}")`,
    );
  });

  it('is answered to the screen as a refusal with that message, and logged', async () => {
    const logged: unknown[] = [];
    const handlers = {
      'backup.now': () => runInWorker({ kind: 'integrity-check', ledgerFile }, { script: { file: brokenWorker(), execArgv: [] } }),
    } as unknown as Handlers;
    const answer = await createDispatcher(handlers, (e) => logged.push(e))('backup.now', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/^Ứng dụng không khởi động được phần xử lý nền/) } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeInstanceOf(WorkerStartError);
  });

  it('a worker that loads and then fails a task is not a failed start', async () => {
    const notALedger = path.join(dir, 'khong-phai-so.db');
    writeFileSync(notALedger, 'không phải cơ sở dữ liệu');
    const failed = runInWorker({ kind: 'backup-check', file: notALedger });
    await expect(failed.then(() => null, (e: unknown) => e)).resolves.not.toBeInstanceOf(WorkerStartError);
  });
});
