// A restore at the desk runs its slow parts in workers (issue 14 §1): the full check of the backup and of
// the copy made of it, the quick check of the current ledger, the backup of it taken first with its own
// full check, and the copy itself (whose last step writes the whole file out). On a ledger of ~100 MB each
// of those takes the better part of a second (on the answering thread: stalls of 1.4 s on this machine);
// the thread that answers the window must never stall that long meanwhile, even on a busy machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppApi } from '../../electron/api';
import { epochOfLocal } from '../api/helpers';
import { bigLedger } from '../support/big-ledger';

/** The longest the answering thread may go without running its timers while a restore runs. */
const MAX_STALL_MS = 500;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Measures the longest gap between ticks of a 5 ms timer on this thread until stopped. */
function stallMeter(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return worst;
    },
  };
}

describe('a restore at the desk', () => {
  it('checks, backs up and restores a large ledger without stalling the answering thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'somc-restore-big-'));
    dirs.push(dir);
    const file = path.join(dir, 'so.db');
    bigLedger(file);
    const api = createAppApi({ ledgerFile: file, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => epochOfLocal('2024-03-12 10:00'), backgroundDelayMs: -1 });
    try {
      // A ledger made here has no record of the calendar its due dates follow: the start-up work recomputes them first.
      await api.ledger.settled();
      expect(await api.dispatch('startup.status', {})).toMatchObject({ ok: true, value: { phase: 'ready' } });
      const backup = await api.ledger.backupNow();
      const backupFile = backup.written[0]?.file;
      if (!backupFile) throw new Error('no backup written');

      const meter = stallMeter();
      const restored = await api.dispatch('backup.restoreFrom', { backupFile });
      const worst = meter.stop();
      expect(restored).toMatchObject({ ok: true, value: { startup: { phase: 'ready' }, keptOldAs: [expect.stringContaining('so.cu-')] } });
      if (restored.ok) expect((restored.value as { lines: string[] }).lines[0]).toMatch(/^Đã sao lưu trước khi khôi phục/);
      expect(worst, `the answering thread stalled ${Math.round(worst)} ms`).toBeLessThan(MAX_STALL_MS);
    } finally {
      api.close();
    }
  }, 180_000);
});
