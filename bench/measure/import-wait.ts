// How long the screen waits while a large ledger CSV is imported through the desk API (import.plan,
// then import.apply: read, checked and written in a worker) — the same screen calls as api-wait, one
// every 20 ms, from "Nhập vào sổ" to its answer. The file is another commune's (its own unit code), so
// its dossiers are new; they stay in the ledger, so this runs after the measures that count dossiers.
import { randomUUID } from 'node:crypto';
import type { DayNumber } from '../../shared/time/day';
import { createAppApi } from '../../electron/api';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { nowMs, percentile } from '../stats';
import { samplesDuring } from './api-wait';
import { importFile } from './import';

const WAIT_UNIT_CODE = '000.00.21.H60'; // not import.ts's H58 nor foreign-import's H59
const OPERATOR = 'Cán bộ đo';

export interface ImportWait {
  rows: number;
  p99: number;
  calls: number;
  ms: number;
}

export async function measureImportWait(ledgerFile: string, asOf: DayNumber, rows: number): Promise<ImportWait> {
  const session = openLedgerSession(ledgerFile, { actor: 'bench', mustExist: true });
  let bytes: Uint8Array;
  try {
    bytes = importFile(session, asOf, rows, WAIT_UNIT_CODE);
  } finally {
    session.close();
  }
  const api = createAppApi({ ledgerFile, actor: 'bench', host: { kind: 'web' }, appVersion: '0.0.0-bench', backgroundDelayMs: -1 });
  try {
    await api.ledger.settled();
    const ask = async (command: string, input: unknown) => {
      const answer = await api.dispatch(command, input);
      if (!answer.ok) throw new Error(`${command} failed: ${JSON.stringify(answer.error)}`);
      return answer.value;
    };
    const listed = (await ask('operators.list', {})) as { operators: { name: string }[] };
    if (!listed.operators.some((o) => o.name === OPERATOR)) await ask('operators.add', { name: OPERATOR });
    await ask('operators.select', { name: OPERATOR });
    const plan = (await ask('import.plan', { fileName: 'so-xa-lan-can.csv', contentBase64: Buffer.from(bytes).toString('base64') })) as { planId: string; counts: { new: number } };
    if (plan.counts.new !== rows) throw new Error(`the import file has ${plan.counts.new} new rows of ${rows}`);
    const started = nowMs();
    const during = await samplesDuring(api.dispatch, api.dispatch('import.apply', { planId: plan.planId, update: false, jobId: randomUUID() }));
    return { rows, p99: percentile(during.waits, 99), calls: during.waits.length, ms: nowMs() - started };
  } finally {
    api.close();
  }
}
