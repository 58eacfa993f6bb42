// How long the screen waits while heavy work runs: the desk API on the ledger (as the web host and the
// Electron shell serve it) makes a backup ("Sao lưu ngay") and then the busiest quarter's report PDF,
// while the screen keeps asking — the first ledger page, the count, a deeper page — one call every 20 ms,
// as a person scrolling would. Each call's time from asking to answer is a sample; p99 per heavy job.
import type { ReportPeriod } from '../../shared/periods/period';
import { createAppApi } from '../../electron/api';
import { nowMs, percentile } from '../stats';

const ASK_EVERY_MS = 20;
const IDLE_MS = 3000;

const SCREEN_CALLS: Array<[string, unknown]> = [
  ['dossier.list', { filter: {}, after: null, offset: 0, limit: 100 }],
  ['dossier.count', { filter: {} }],
  ['dossier.list', { filter: {}, after: null, offset: 5_000, limit: 100 }],
];

export interface ApiWait {
  /** The same calls with nothing heavy running: the floor on this machine. */
  idleP99: number;
  backupP99: number;
  backupCalls: number;
  backupMs: number;
  reportP99: number;
  reportCalls: number;
  reportMs: number;
}

export type Dispatch = ReturnType<typeof createAppApi>['dispatch'];

/** Asks screen calls every ASK_EVERY_MS until `heavy` settles; returns the wait of each call. */
export async function samplesDuring(dispatch: Dispatch, heavy: Promise<{ ok: boolean }>): Promise<{ waits: number[]; ms: number }> {
  const started = nowMs();
  let done = false;
  const finished = heavy.then((result) => {
    done = true;
    if (!result.ok) throw new Error(`heavy call failed: ${JSON.stringify(result)}`);
  });
  const waits: number[] = [];
  for (let i = 0; !done; i++) {
    const [command, input] = SCREEN_CALLS[i % SCREEN_CALLS.length]!;
    const asked = nowMs();
    const answer = await dispatch(command, input);
    waits.push(nowMs() - asked);
    if (!answer.ok) throw new Error(`${command} failed: ${JSON.stringify(answer.error)}`);
    await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
  }
  await finished;
  return { waits, ms: nowMs() - started };
}

export async function measureApiWait(ledgerFile: string, period: ReportPeriod): Promise<ApiWait> {
  // The bench's "now" is the real clock; the ledger's reports and pages do not depend on it here.
  const api = createAppApi({ ledgerFile, actor: 'bench', host: { kind: 'web' }, appVersion: '0.0.0-bench', backgroundDelayMs: -1 });
  try {
    await api.ledger.settled();
    await api.dispatch('dossier.list', SCREEN_CALLS[0]![1]);
    const idle = await samplesDuring(api.dispatch, new Promise((resolve) => setTimeout(() => resolve({ ok: true }), IDLE_MS)));
    const backup = await samplesDuring(api.dispatch, api.dispatch('backup.now', {}));
    const report = await samplesDuring(api.dispatch, api.dispatch('report.export', { period: periodText(period), rule: period.rule, format: 'pdf' }));
    return {
      idleP99: percentile(idle.waits, 99),
      backupP99: percentile(backup.waits, 99),
      backupCalls: backup.waits.length,
      backupMs: backup.ms,
      reportP99: percentile(report.waits, 99),
      reportCalls: report.waits.length,
      reportMs: report.ms,
    };
  } finally {
    api.close();
  }
}

/** "2024-Q1" for the quarter busiestQuarter chose. */
function periodText(period: ReportPeriod): string {
  if (period.spec.kind !== 'quarter') throw new Error(`the bench reports on quarters, not ${period.spec.kind}`);
  return `${period.spec.year}-Q${period.spec.quarter}`;
}
