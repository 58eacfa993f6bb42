import { writeFileSync } from 'node:fs';
import type { PeriodRule } from '../../../shared/periods/period';
import { openLedgerSession } from '../../services/ledger-session';
import { compilePeriodReport, resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

const FORMATS = ['json', 'pdf', 'xlsx', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export function runReport(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'period-rule': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    'report',
  );
  const format = (optionalString(args, 'format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format chỉ nhận ${FORMATS.join(', ')}.`, 2);
  const rule = optionalString(args, 'period-rule');
  if (rule !== undefined && rule !== 'nd09' && rule !== 'calendar') throw new CliError('--period-rule chỉ nhận nd09 hoặc calendar.', 2);
  if (format !== 'json') {
    throw new CliError(`Định dạng ${format} chưa có trong phiên bản này: hiện chỉ xuất được --format json.`, 3);
  }
  const session = openLedgerSession(requireString(args, 'db', 'report'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, {
      period: optionalString(args, 'period'),
      from: optionalString(args, 'from'),
      to: optionalString(args, 'to'),
      rule: rule as PeriodRule | undefined,
    });
    const json = `${JSON.stringify(compilePeriodReport(session, period), null, 2)}\n`;
    const out = optionalString(args, 'out');
    if (out) writeFileSync(out, json);
    else io.out(json);
  } finally {
    session.close();
  }
}
