// `export-list`: one of the period's lists (seed 002) as XLSX — carried over, online received, online on
// time, online late, interconnected — with the applicant's name only with --personal-data.
import { renameSync, writeFileSync } from 'node:fs';
import { openLedgerSession } from '../../services/ledger-session';
import { PERIOD_LISTS, type PeriodListKind, periodList, renderPeriodListXlsx } from '../../services/period-lists';
import { resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { flag, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, RANGE_OPTIONS, periodRequestOf } from '../period-args';

export async function runExportList(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      ...PERIOD_OPTIONS,
      ...RANGE_OPTIONS,
      kind: { type: 'string' },
      out: { type: 'string' },
      'personal-data': { type: 'boolean' },
    },
    'export-list',
  );
  const kind = requireString(args, 'kind', 'export-list');
  if (!(PERIOD_LISTS as readonly string[]).includes(kind)) throw new CliError(`--kind chỉ nhận ${PERIOD_LISTS.join(', ')}.`, 2);
  const out = requireString(args, 'out', 'export-list');
  const session = openLedgerSession(requireString(args, 'db', 'export-list'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, periodRequestOf(args));
    const bytes = await renderPeriodListXlsx(session, period, kind as PeriodListKind, { personalData: flag(args, 'personal-data') });
    writeFileSync(`${out}.tmp`, bytes);
    renameSync(`${out}.tmp`, out);
    io.out(`Đã ghi danh sách (${periodList(session, period, kind as PeriodListKind).length} hồ sơ, ${period.label}) vào "${out}".`);
  } finally {
    session.close();
  }
}
