// Issue 15 §1: acknowledged dossiers that vanish with the -wal are never met with "tốt". A host killed
// while logging, its -wal then deleted: `check` and the start-up check say dossiers may be missing and how
// to recover them — from the commit stamp, or from the leftover -shm alone — and the desk keeps saying it,
// through new intakes and restarts, until an officer acknowledges it. The desk checkpoints after a burst
// of intakes, so a -wal removed then loses nothing.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../electron/api';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { commitStampFile } from '../../electron/reliability/commit-stamp';
import { LOSS_WARNINGS_KEY } from '../../electron/reliability/loss-warnings';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import { CHECKPOINT_IDLE_MS } from '../../electron/desk/commit-keeper';
import { createBaseLedger } from '../crash/fixtures';
import { runChild } from '../crash/spawn-child';
import { missingAcknowledged } from '../crash/verify';
import { OPERATOR, UNIT, dossierInput, epochOfLocal, testApi } from '../api/helpers';

/** The desk's API over an existing ledger, as the app opens it. */
function deskApi(file: string, now: string) {
  const errors: unknown[] = [];
  const api = createAppApi({ ledgerFile: file, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => epochOfLocal(now), onInternalError: (e) => errors.push(e), backgroundDelayMs: -1 });
  const call = async <C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<C>;
  };
  return { api, call, errors };
}

/** A host killed while logging dossiers (its commits acknowledged), then its -wal deleted. */
async function killedThenWalDeleted(ledger: string): Promise<Map<string, number>> {
  createBaseLedger(ledger);
  let acks = 0;
  const run = await runChild(['log', ledger, 'W', '11'], { trigger: (e) => e.kind === 'ack' && ++acks === 20, delayMs: 0 });
  expect(run.killed).toBe(true);
  const acked = new Map<string, number>();
  for (const e of run.events) if (e.kind === 'ack') acked.set(e.code, Math.max(e.version, acked.get(e.code) ?? 0));
  rmSync(`${ledger}-wal`);
  return acked;
}
import { FIXTURE_CSV, cli, tempFolder } from '../cli/helpers';

describe('acknowledged dossiers and the -wal', () => {
  it('a killed host whose -wal is deleted: check fails and the start-up check warns, saying how to recover', async () => {
    const ledger = join(tempFolder(), 'so.db');
    createBaseLedger(ledger);
    let acks = 0;
    const run = await runChild(['log', ledger, 'W', '7'], { trigger: (e) => e.kind === 'ack' && ++acks === 20, delayMs: 0 });
    expect(run.killed).toBe(true);
    const acked = new Map<string, number>();
    for (const e of run.events) if (e.kind === 'ack') acked.set(e.code, Math.max(e.version, acked.get(e.code) ?? 0));
    expect(existsSync(`${ledger}-wal`)).toBe(true);
    rmSync(`${ledger}-wal`);
    expect(missingAcknowledged(ledger, acked)).toBeGreaterThan(0);

    const diagnosis = diagnoseStartup({ ledgerFile: ledger, now: Date.now(), appVersion: 'test' });
    const problem = diagnosis.problems.find((p) => p.kind === 'changes-missing');
    expect(problem?.message).toMatch(/thiếu ít nhất \d+ thay đổi đã được ghi và xác nhận/);
    expect(problem?.message).toContain('nhập lại');
    const check = await cli('check', '--db', ledger);
    expect(check.code).toBe(1);
    expect(check.stdout).not.toContain('tốt');
    expect(check.stderr).toContain('KHÔNG TỐT');
  }, 60_000);

  it('the desk checkpoints once the intakes pause: the -wal is empty, and removing it loses nothing', async () => {
    const t = await testApi('2024-03-04 09:00');
    for (let i = 0; i < 5; i++) await t.call('dossier.create', dossierInput(`Người nộp ${i}`, '2024-03-04 09:00'));
    expect(statSync(`${t.file}-wal`).size).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 700));
    expect(statSync(`${t.file}-wal`).size).toBe(0);
    const diagnosis = diagnoseStartup({ ledgerFile: t.file, now: Date.now(), appVersion: 'test' });
    expect(diagnosis.problems.map((p) => p.kind)).not.toContain('changes-missing');
  });

  it('a leftover -shm without its -wal and no commit stamp: the start-up check, run before anything opens the ledger, warns', async () => {
    const ledger = join(tempFolder(), 'so.db');
    const acked = await killedThenWalDeleted(ledger);
    // Only the -shm tells now: the stamp (beside the original, or never copied with the .db) is gone.
    rmSync(commitStampFile(ledger));
    expect(existsSync(`${ledger}-shm`)).toBe(true);
    const diagnosis = diagnoseStartup({ ledgerFile: ledger, now: Date.now(), appVersion: 'test' });
    const problem = diagnosis.problems.find((p) => p.kind === 'changes-missing');
    expect(problem?.message).toContain(`Tệp nhật ký ghi "${ledger}-wal" của sổ đã bị xóa`);
    expect(problem?.actions.map((a) => a.kind)).toContain('recover-wal');
    // Opening the ledger (the check above did) removes the -shm: a second look sees nothing any more.
    expect(existsSync(`${ledger}-shm`)).toBe(false);
    expect(missingAcknowledged(ledger, acked)).toBeGreaterThan(0);
  }, 60_000);

  it('the desk keeps the warning through new intakes and restarts until the operator acknowledges it, which is recorded', async () => {
    const ledger = join(tempFolder(), 'so.db');
    await killedThenWalDeleted(ledger);
    const first = deskApi(ledger, '2024-03-04 09:00');
    await first.call('operators.add', { name: OPERATOR });
    await first.call('setup.complete', UNIT);
    // The killed host logged with the real clock, later than this desk's: the desk confirms its clock first.
    const opened = await first.call('startup.confirmClock', {});
    expect(opened.phase).toBe('ready');
    expect(opened.lossWarnings).toHaveLength(1);
    expect(opened.lossWarnings[0]?.message).toMatch(/thiếu ít nhất \d+ thay đổi đã được ghi và xác nhận/);
    // Not a dismissible note, and not reset by the next intake (which rewrites the commit stamp).
    expect(opened.notes.join(' ')).not.toContain('thay đổi đã được ghi và xác nhận');
    await first.call('dossier.create', dossierInput('Nguyễn Thị Sau Sự Cố', '2024-03-04 09:00'));
    expect((await first.call('startup.status', {})).lossWarnings).toHaveLength(1);
    first.api.close();
    expect(diagnoseStartup({ ledgerFile: ledger, now: Date.now(), appVersion: 'test' }).problems.map((p) => p.kind)).not.toContain('changes-missing');

    const second = deskApi(ledger, '2024-03-04 10:00');
    expect((await second.call('startup.status', {})).lossWarnings).toHaveLength(1);
    const check = await cli('check', '--db', ledger);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('KHÔNG TỐT');
    expect(check.stderr).toContain('--acknowledge-missing');
    const acknowledged = await second.call('startup.acknowledgeLosses', {});
    expect(acknowledged.lossWarnings).toEqual([]);
    second.api.close();
    expect(second.errors).toEqual([]);

    const raw = new Database(ledger, { readonly: true });
    const row = raw.prepare('SELECT value, updated_by FROM settings WHERE key = ?').get(LOSS_WARNINGS_KEY) as { value: string; updated_by: string };
    raw.close();
    const record = JSON.parse(row.value) as { pending: unknown[]; acknowledged: Array<{ acknowledgedBy: string; message: string }> };
    expect(record.pending).toEqual([]);
    expect(record.acknowledged.map((a) => a.acknowledgedBy)).toEqual([OPERATOR]);
    expect(row.updated_by).toBe(OPERATOR);

    const third = deskApi(ledger, '2024-03-04 11:00');
    expect((await third.call('startup.status', {})).lossWarnings).toEqual([]);
    third.api.close();
    const good = await cli('check', '--db', ledger);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain('tốt');
  }, 60_000);

  it('on the command line: check fails until `check --acknowledge-missing` records that the loss was dealt with', async () => {
    const ledger = join(tempFolder(), 'so.db');
    await killedThenWalDeleted(ledger);
    expect((await cli('check', '--db', ledger)).code).toBe(1);
    // Every command says it; an import's writes rewrite the stamp, and the loss is still said, from the ledger itself.
    const imported = await cli('import', '--db', ledger, FIXTURE_CSV);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/Cảnh báo: \(Phát hiện lúc [^)]+\) Sổ dữ liệu .* thiếu ít nhất/);
    expect(diagnoseStartup({ ledgerFile: ledger, now: Date.now(), appVersion: 'test' }).problems.map((p) => p.kind)).not.toContain('changes-missing');
    const still = await cli('check', '--db', ledger);
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('KHÔNG TỐT');
    const done = await cli('check', '--db', ledger, '--acknowledge-missing');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Đã ghi nhận 1 cảnh báo hồ sơ bị mất là đã xử lý');
    expect((await cli('check', '--db', ledger)).code).toBe(0);
  }, 60_000);
});
