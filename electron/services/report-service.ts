// Compiling a period's report from the ledger: the report compiler reads the covering report index and
// the rules module classifies and counts.
import { type PeriodRule, type ReportPeriod, parsePeriodSpec, rangeSpec, resolvePeriod } from '../../shared/periods/period';
import type { CompiledReport } from '../../shared/report/compile';
import { compileLedgerReport } from './report-compiler';
import type { LedgerSession } from './ledger-session';

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

export interface PeriodRequest {
  /** `2024-Q1`, `2024-M03`, `2024-H1`, `2024-9M`, `2024`. */
  period?: string;
  from?: string;
  to?: string;
  /** Defaults to the unit's setting. */
  rule?: PeriodRule;
}

export function resolvePeriodRequest(session: LedgerSession, request: PeriodRequest): ReportPeriod {
  const rule = request.rule ?? session.settings().periodRule;
  if (request.period) {
    const spec = parsePeriodSpec(request.period);
    if (!spec) {
      throw new PeriodError(
        `Kỳ báo cáo "${request.period}" không hợp lệ: dùng 2024-Q1 (quý), 2024-M03 (tháng), 2024-H1 (6 tháng), 2024-9M (9 tháng) hoặc 2024 (năm).`,
      );
    }
    return resolvePeriod(spec, rule);
  }
  if (request.from && request.to) {
    const spec = rangeSpec(request.from, request.to);
    if (!spec) throw new PeriodError(`Khoảng ngày "${request.from}" – "${request.to}" không hợp lệ: dùng YYYY-MM-DD, ngày đầu không sau ngày cuối.`);
    return resolvePeriod(spec, rule);
  }
  throw new PeriodError('Cần chọn kỳ báo cáo (--period) hoặc khoảng ngày (--from và --to).');
}

/** The period's report (services/report-compiler.ts: equal to compileReport over rowsForReport). */
export function compilePeriodReport(session: LedgerSession, period: ReportPeriod): CompiledReport {
  return compileLedgerReport(session, period);
}
