// The receiving office's period: `period-status` (who sent, who did not, who sent again and what changed)
// and `consolidate` (Biểu 06 with one row per unit; JSON, or a document through the documents module).
import { writeFileSync } from 'node:fs';
import { periodKey } from '../../../shared/periods/period';
import { consolidatePeriod, periodStatus, renderConsolidated } from '../../handoff';
import { viInstant } from '../../reliability/vi-time';
import { openLedgerSession } from '../../services/ledger-session';
import { resolvePeriodRequest } from '../../services/report-service';
import { vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, periodRuleOf } from '../period-args';

const STATE_LABELS = { sent: 'đã gửi', sent_again: 'đã gửi lại', missing: 'chưa gửi' } as const;
const FORMATS = ['json', 'pdf', 'xlsx', 'docx'] as const;

export function runPeriodStatus(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, ...PERIOD_OPTIONS }, 'period-status');
  const session = openLedgerSession(requireString(args, 'db', 'period-status'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, { period: requireString(args, 'period', 'period-status'), rule: periodRuleOf(args) });
    const status = periodStatus(session, periodKey(period));
    io.out(`${period.label}: ${status.counts.sent} đơn vị đã gửi, ${status.counts.sent_again} đã gửi lại, ${status.counts.missing} chưa gửi.`);
    for (const u of status.units) {
      const detail = u.current ? ` — gói tạo lúc ${viInstant(Date.parse(u.current.packageCreatedAt))}, nhận lúc ${viInstant(Date.parse(u.current.receivedAt))}${u.current.signed ? ', đã ký duyệt' : ''}` : '';
      io.out(`  ${u.unitCode}\t${u.unitName}\t${STATE_LABELS[u.state]}${detail}`);
      for (const c of u.changes) io.out(`      ${c.row}, ${c.label}: ${c.before} → ${c.after}`);
    }
  } finally {
    session.close();
  }
}

export async function runConsolidate(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, ...PERIOD_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
    'consolidate',
  );
  const format = optionalString(args, 'format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format chỉ nhận ${FORMATS.join(', ')}.`, 2);
  const out = optionalString(args, 'out');
  if (format !== 'json' && out === undefined) throw new CliError(`Định dạng ${format} cần --out TỆP.`, 2);
  const session = openLedgerSession(requireString(args, 'db', 'consolidate'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, { period: requireString(args, 'period', 'consolidate'), rule: periodRuleOf(args) });
    const consolidated = consolidatePeriod(session, periodKey(period));
    if (!consolidated) throw new CliError(`Chưa có đơn vị nào gửi báo cáo ${period.label}.`);
    if (format === 'json' && out === undefined) {
      io.out(JSON.stringify(consolidated, null, 2));
      return;
    }
    const bytes =
      format === 'json'
        ? `${JSON.stringify(consolidated, null, 2)}\n`
        : await renderConsolidated(session, consolidated, format as 'pdf' | 'xlsx' | 'docx', vietnamLocalFromEpoch(io.now()).day);
    writeFileSync(out ?? '', bytes);
    io.out(`Đã ghi Biểu 06 tổng hợp ${period.label} (${consolidated.rows.length} đơn vị) vào "${out ?? ''}".`);
  } finally {
    session.close();
  }
}
