// Issue 15 §1: acknowledged dossiers that vanish with the -wal are never met with "tốt". A host killed
// while logging, its -wal then deleted: `check` and the start-up check say dossiers may be missing and how
// to recover them. The desk checkpoints after a burst of intakes, so a -wal removed then loses nothing.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import { CHECKPOINT_IDLE_MS } from '../../electron/desk/commit-keeper';
import { createBaseLedger } from '../crash/fixtures';
import { runChild } from '../crash/spawn-child';
import { missingAcknowledged } from '../crash/verify';
import { dossierInput, testApi } from '../api/helpers';
import { cli, tempFolder } from '../cli/helpers';

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
});
