// The Báo cáo screen: the period's Biểu 06 (frozen as signed once the chairman signs it) with its monthly
// chart and sentences, the dossiers behind any figure (the same cell membership the compiler counts), the
// chairman's text and the sign-off. (The report documents: handlers/documents.)
import type { PeriodRule, ReportPeriod } from '../../../shared/periods/period';
import { periodSoFar } from '../../../shared/periods/period';
import { ledgerSentences } from '../../../shared/report/narrative';
import { BIEU_06_PROFILE } from '../../../shared/report/profile';
import type { FigureKey } from '../../../shared/report/figures';
import { isoFromDay } from '../../../shared/time/day';
import { formatLocalDateTime, vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { describeCorrection, describeRevision, revisionCells } from '../../services/correction-wording';
import type { LedgerSession } from '../../services/ledger-session';
import { cellMembers, monthlySeries } from '../../services/report-drilldown';
import { emptyHeadingsOf, narrativeFor, saveNarrative } from '../../services/report-documents-service';
import { resolvePeriodRequest } from '../../services/report-service';
import { type CorrectionView, periodReportView, signOffPeriod, signoffRefusal } from '../../services/signoff-service';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { stateOf } from '../presenters/state';
import { todayOf } from './clock';

type ReportHandlers = Pick<Handlers, 'report.compile' | 'report.cell' | 'report.narrative' | 'report.saveNarrative' | 'report.signOff'>;

/** "Số hồ sơ đã giải quyết — Trước hạn", or the extended table's label. */
export function figureTitle(key: FigureKey): string {
  const column = BIEU_06_PROFILE.columns.find((c) => c.key === key);
  if (column) return `${column.group}${column.subgroup ? ` (${column.subgroup.toLocaleLowerCase('vi')})` : ''} — ${column.label}`;
  for (const group of BIEU_06_PROFILE.extendedGroups) {
    const row = group.rows.find((r) => r.key === key);
    if (row) return `${group.heading} — ${row.label}`;
  }
  return key;
}

const correction = (c: CorrectionView) => ({ period: c.period, code: c.code, kind: c.kind, at: c.at, actor: c.actor, text: describeCorrection(c) });

function reportViewOf(session: LedgerSession, period: ReportPeriod, now: number) {
  const view = periodReportView(session, period, now);
  const settings = session.settings();
  return {
    report: view.report,
    signoff: view.signoff,
    current: view.current,
    corrections: view.corrections.map(correction),
    earlierCorrections: view.earlierCorrections.map(correction),
    revisions: view.revisions.map((r) => ({
      previousSigner: r.previousSigner,
      previousSignedAt: r.previousSignedAt,
      at: r.recordedAt,
      text: describeRevision(r),
      cells: revisionCells(period.label, r).map(({ row, column, before, after }) => ({ row, column, before, after })),
    })),
    months: monthlySeries(session, period).map((m) => ({ ...m, from: isoFromDay(m.from), to: isoFromDay(m.to) })),
    sentences: ledgerSentences(view.report).map((x) => x.text),
    unitName: settings.unitName,
    receivingUnit: settings.receivingUnit,
    provisionalAsOf: view.provisionalAsOf ? formatLocalDateTime(view.provisionalAsOf) : null,
    signoffRefusal: view.signoff ? null : signoffRefusal(period, vietnamLocalFromEpoch(now).day),
    emptyHeadings: emptyHeadingsOf(session, period),
  };
}

export function reportHandlers(ctx: ApiContext): ReportHandlers {
  const session = () => ctx.ledger.session();
  const periodOf = (period: string, rule: PeriodRule) => resolvePeriodRequest(session(), { period, rule });
  return {
    'report.compile': ({ period, rule }) => reportViewOf(session(), periodOf(period, rule), ctx.clock()),
    'report.cell': ({ period, rule, key, field }) => {
      // A period still running is judged today, as its figures are (periodSoFar).
      const members = cellMembers(session(), periodSoFar(periodOf(period, rule), todayOf(ctx)), key as FigureKey, field);
      const items = members.map(({ row, classification }) => ({
        id: row.id,
        code: row.code,
        procedureName: row.procedureName,
        field: row.field,
        channel: row.channel,
        receivedAt: formatLocalDateTime(row.receivedAt),
        due: row.dueDay === null ? null : isoFromDay(row.dueDay),
        endedOn: classification.status === 'resolved' ? isoFromDay(classification.endedOn) : null,
        state: stateOf(classification),
      }));
      return { title: `${field ?? BIEU_06_PROFILE.totalLabel}: ${figureTitle(key as FigureKey)}`, count: items.length, items };
    },
    'report.narrative': ({ period, rule }) => ({ sections: narrativeFor(session(), periodOf(period, rule)) }),
    'report.saveNarrative': ({ period, rule, sections }) => {
      const s = session();
      const p = periodOf(period, rule);
      if (periodReportView(s, p).signoff) throw rejected(`${p.label} đã được ký duyệt: nội dung báo cáo đã khóa, không sửa được.`);
      saveNarrative(s, p, sections);
      return { sections: narrativeFor(s, p) };
    },
    'report.signOff': ({ period, rule, signerName, pin }) => {
      const s = session();
      const p = periodOf(period, rule);
      // The PIN is checked there, with the lock after repeated wrong PINs.
      signOffPeriod(s, p, { signerName, pin, at: new Date(ctx.clock()) });
      return reportViewOf(s, p, ctx.clock());
    },
  };
}
