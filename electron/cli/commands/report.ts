import { renameSync, writeFileSync } from 'node:fs';
import { formatLocalDateTime, vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { openLedgerSession } from '../../services/ledger-session';
import { renderPeriodReport } from '../../services/report-documents-service';
import { resolvePeriodRequest } from '../../services/report-service';
import { periodReportView } from '../../services/signoff-service';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, RANGE_OPTIONS, periodRequestOf } from '../period-args';

const FORMATS = ['json', 'pdf', 'xlsx', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export async function runReport(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      ...PERIOD_OPTIONS,
      ...RANGE_OPTIONS,
      format: { type: 'string' },
      out: { type: 'string' },
      'personal-data': { type: 'boolean' },
    },
    'report',
  );
  const format = (optionalString(args, 'format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format chỉ nhận ${FORMATS.join(', ')}.`, 2);
  const request = periodRequestOf(args);
  const out = optionalString(args, 'out');
  if (format !== 'json' && !out) throw new CliError(`Định dạng ${format} cần --out TỆP để ghi ra.`, 2);
  const session = openLedgerSession(requireString(args, 'db', 'report'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, request);
    if (format === 'json') {
      const view = periodReportView(session, period, io.now());
      const provisional = view.provisionalAsOf ? formatLocalDateTime(view.provisionalAsOf) : null;
      const json = `${JSON.stringify({ ...view.report, provisional_as_of: provisional, signoff: view.signoff, corrections: view.corrections, earlier_corrections: view.earlierCorrections }, null, 2)}\n`;
      if (out) writeAtomically(out, json);
      else io.out(json);
      return;
    }
    const bytes = await renderPeriodReport(session, period, format, {
      issuedOn: vietnamLocalFromEpoch(io.now()).day,
      now: io.now(),
      includePersonalData: args.values['personal-data'] === true,
    });
    writeAtomically(out!, bytes);
    io.out(`Đã ghi báo cáo ${period.label} (${format.toUpperCase()}) vào "${out}".`);
  } finally {
    session.close();
  }
}

/** Written beside the target and renamed into place, so a failure never leaves half a file. */
function writeAtomically(target: string, content: string | Uint8Array): void {
  const temporary = `${target}.dang-ghi`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}
