// The receiving office's dashboard: the units it registered (code, name, key fingerprint), which of them
// sent a period, did not, or sent again (and what changed), and the consolidated Biểu 06 — one row per
// unit and their sum — on screen and as PDF, XLSX or DOCX.
import type { PeriodRule } from '../../../shared/periods/period';
import { periodKey } from '../../../shared/periods/period';
import { consolidatePeriod, listRegisteredUnits, periodStatus, registerSendingUnit } from '../../handoff';
import { runInWorker } from '../../workers/run-task';
import { consolidatedAsReport } from '../../handoff/consolidation';
import { resolvePeriodRequest } from '../../services/report-service';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { MIME, safeFileName, toFileDto } from '../files';
import { todayOf } from '../handlers/clock';
import { periodStatusView } from './presenters';
import { asApiErrors } from './refusals';

type OfficeHandlers = Pick<Handlers, 'handoff.units' | 'handoff.registerUnit' | 'handoff.periodStatus' | 'handoff.consolidated' | 'handoff.exportConsolidated'>;

export function officeHandlers(ctx: ApiContext): OfficeHandlers {
  const session = () => ctx.ledger.session();
  const periodOf = (period: string, rule: PeriodRule) => resolvePeriodRequest(session(), { period, rule });
  return {
    'handoff.units': () => ({ units: listRegisteredUnits(session()) }),
    'handoff.registerUnit': ({ unitCode, unitName, fingerprint }) =>
      asApiErrors(() => registerSendingUnit(session(), { unitCode, unitName, fingerprint }, new Date(ctx.clock()))),
    'handoff.periodStatus': ({ period, rule }) => {
      const p = periodOf(period, rule);
      return periodStatusView(periodStatus(session(), periodKey(p)), p.label);
    },
    'handoff.consolidated': ({ period, rule }) => {
      const p = periodOf(period, rule);
      const c = consolidatePeriod(session(), periodKey(p));
      return {
        periodLabel: p.label,
        consolidated: c && {
          report: consolidatedAsReport(c),
          units: c.rows.map((r) => ({ unitCode: r.unit_code, unitName: r.unit_name, packageCreatedAt: r.package_created_at, signed: r.signed })),
        },
      };
    },
    'handoff.exportConsolidated': ({ period, rule, format }) =>
      asApiErrors(async () => {
        const p = periodOf(period, rule);
        // Compiled and rendered in a worker over its own read-only connection (off the API queue).
        const bytes = await runInWorker({ kind: 'consolidated-document', ledgerFile: ctx.ledger.file, periodKey: periodKey(p), format, issuedOn: todayOf(ctx) });
        if (!bytes) throw rejected(`Chưa có đơn vị nào gửi báo cáo ${p.label} nên chưa có Biểu 06 tổng hợp.`);
        return toFileDto(`${safeFileName(`Bieu06-tong-hop-${periodKey(p).replace('@', '-')}`)}.${format}`, MIME[format], bytes);
      }),
  };
}
