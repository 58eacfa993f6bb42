// `provincial-pending`: the dossiers of a period that the province's one-stop system does not have yet
// ("chưa có trên hệ thống tỉnh"), printed, or written as XLSX with --out (names only with --personal-data).
import { renameSync, writeFileSync } from 'node:fs';
import type { PeriodRule } from '../../../shared/periods/period';
import { openLedgerSession } from '../../services/ledger-session';
import { dossiersNotOnProvincialSystem, renderNotOnProvincialSystemXlsx, storedDateTimeVi } from '../../services/provincial-pending';
import { resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';

export async function runProvincialPending(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, period: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, 'personal-data': { type: 'boolean' }, 'period-rule': { type: 'string' } },
    'provincial-pending',
  );
  const session = openLedgerSession(requireString(args, 'db', 'provincial-pending'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, {
      period: optionalString(args, 'period'),
      from: optionalString(args, 'from'),
      to: optionalString(args, 'to'),
      rule: optionalString(args, 'period-rule') as PeriodRule | undefined,
    });
    const out = optionalString(args, 'out');
    if (out) {
      const bytes = await renderNotOnProvincialSystemXlsx(session, period, { personalData: flag(args, 'personal-data') });
      writeFileSync(`${out}.tmp`, bytes);
      renameSync(`${out}.tmp`, out);
      io.out(`Đã ghi danh sách hồ sơ chưa có trên hệ thống tỉnh (${period.label}) vào "${out}".`);
      return;
    }
    const dossiers = dossiersNotOnProvincialSystem(session, period);
    io.out(`Hồ sơ chưa có trên hệ thống tỉnh, ${period.label}: ${dossiers.length}`);
    for (const d of dossiers) io.out(`${d.code}\t${d.procedureCode}\t${storedDateTimeVi(d.receivedAt)}\t${d.procedureName}`);
  } finally {
    session.close();
  }
}
