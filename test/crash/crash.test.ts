// The CI version of `npm run test:crash`: 20 SIGKILLs with a fixed seed, while logging dossiers, in the
// middle of CSV imports and in the middle of a migration. The full run (200+ kills) is `npm run test:crash`.
import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from './campaign';

describe('crash test (20 kills)', () => {
  it('loses no acknowledged dossier and leaves no import or migration half-done', async () => {
    const report = await runCrashCampaign({ kills: 20, seed: 20_240_307, oldLedgerDossiers: 2000 });
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(20);
    expect(report.byScenario.log).toBeGreaterThan(0);
    expect(report.byScenario.import).toBeGreaterThan(0);
    expect(report.byScenario.migrate).toBeGreaterThan(0);
    // the first import and migration kills of a campaign are aimed inside their transaction
    expect(report.inFlight.import).toBeGreaterThan(0);
    expect(report.inFlight.migration).toBeGreaterThan(0);
    expect(report.acknowledgedWrites).toBeGreaterThan(0);
    // -wal files were really deleted or cut after kills, and every loss of acknowledged writes was warned
    expect(report.walRemoved).toBeGreaterThan(0);
    expect(report.walLosses).toBeGreaterThan(0);
    expect(report.walLossesWarned).toBe(report.walLosses);
  }, 300_000);
});
