// `init`: the one-stop office's name defaults to "Trung tâm Phục vụ hành chính công xã …" for an office set
// up since 1/7/2025 (the two-level local government), keeps the older name before, and can be given.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { tempFolder } from './helpers';

async function initOn(epochMs: number, ...extra: string[]): Promise<{ code: number; officeName: string; stderr: string }> {
  const db = join(tempFolder(), 'so.db');
  let stderr = '';
  const code = await runCli(['init', '--db', db, '--unit-code', '000.00.21.H57', ...extra], {
    out: () => undefined,
    err: (t) => (stderr += t),
    now: () => epochMs,
  });
  if (code !== 0) return { code, officeName: '', stderr };
  const session = openLedgerSession(db, { actor: 'test' });
  try {
    return { code, officeName: session.settings().officeName, stderr };
  } finally {
    session.close();
  }
}

// 1/7/2025 00:00 in Vietnam is 30/6/2025 17:00 UTC.
const JULY_2025_VN = Date.UTC(2025, 5, 30, 17, 0);

describe('init: the office name', () => {
  it('is the commune’s public service centre for an office set up on or after 1/7/2025', async () => {
    expect((await initOn(JULY_2025_VN, '--unit-name', 'UBND xã Hương Hữu')).officeName).toBe('Trung tâm Phục vụ hành chính công xã Hương Hữu');
    expect((await initOn(Date.UTC(2026, 11, 3, 2, 0), '--unit-name', 'UBND phường Thuận Hóa')).officeName).toBe('Trung tâm Phục vụ hành chính công phường Thuận Hóa');
    expect((await initOn(Date.UTC(2026, 11, 3, 2, 0), '--unit-name', 'UBND xã Hương Hữu', '--place', 'Hương Hữu (Nam Đông)')).officeName).toBe(
      'Trung tâm Phục vụ hành chính công xã Hương Hữu (Nam Đông)',
    );
  });

  it('keeps "Bộ phận Tiếp nhận và Trả kết quả" for an office set up before 1/7/2025', async () => {
    expect((await initOn(JULY_2025_VN - 60_000, '--unit-name', 'UBND xã Hương Hữu')).officeName).toBe('Bộ phận Tiếp nhận và Trả kết quả');
  });

  it('is the one given with --office-name', async () => {
    const given = await initOn(JULY_2025_VN, '--unit-name', 'UBND xã Hương Hữu', '--office-name', 'Bộ phận Một cửa xã Hương Hữu');
    expect(given.officeName).toBe('Bộ phận Một cửa xã Hương Hữu');
  });

  it('refuses a bad --online-next-day in Vietnamese', async () => {
    const bad = await initOn(JULY_2025_VN, '--unit-name', 'UBND xã Hương Hữu', '--online-next-day', 'yes');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--online-next-day chỉ nhận on hoặc off');
  });
});
