// `provincial-pending`: the dossiers of a period that the province's one-stop system does not have yet
// ("chưa có trên hệ thống tỉnh"), printed, or written as XLSX with --out (names only with --personal-data).
import { renameSync, writeFileSync } from 'node:fs';
import { displayedProcedureCode } from '../../../shared/catalogue/procedure-code';
import { openLedgerSession } from '../../services/ledger-session';
import { dossiersNotOnProvincialSystem, renderNotOnProvincialSystemXlsx, storedDateTimeVi } from '../../services/provincial-pending';
import { resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, RANGE_OPTIONS, periodRequestOf } from '../period-args';

export async function runProvincialPending(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, ...PERIOD_OPTIONS, ...RANGE_OPTIONS, out: { type: 'string' }, 'personal-data': { type: 'boolean' } },
    'provincial-pending',
  );
  const session = openLedgerSession(requireString(args, 'db', 'provincial-pending'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, periodRequestOf(args));
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
    for (const d of dossiers) io.out(`${d.code}\t${displayedProcedureCode(d.procedureCode, '—')}\t${storedDateTimeVi(d.receivedAt)}\t${d.procedureName}`);
  } finally {
    session.close();
  }
}
