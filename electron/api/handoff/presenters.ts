// The handoff module's answers as the screens show them: the dry run grouped by what would happen, a
// conflict's two versions side by side, and the receiving office's period.
import type { z } from 'zod';
import type { ConflictView as ConflictViewDto, PeriodStatusView, PreviewAction, PreviewReady, previewItem } from '../../../shared/api/handoff-schemas';
import { ACTIONS } from '../../../shared/api/handoff-schemas';
import { viDate } from '../../../shared/time/day';
import { type LocalDateTime, formatMinute } from '../../../shared/time/local-time';
import type { ConflictView, DossierDifference, DossierPlanItem, PackagePreview, PeriodStatus } from '../../handoff';
import { viInstant } from '../../reliability/vi-time';

type PreviewItem = z.output<typeof previewItem>;

/** A first import lists the whole ledger: each group shows this many, and counts them all. */
export const MAX_ITEMS_PER_GROUP = 300;

/** The bookkeeping instants are stored as ISO UTC; people read them as Vietnam local time. */
const INSTANT_COLUMNS = new Set(['created_at', 'updated_at']);
const instantText = (value: string) => (Number.isNaN(Date.parse(value)) ? value : viInstant(Date.parse(value)));

function differenceText(d: DossierDifference): { label: string; local: string; incoming: string } {
  if (!INSTANT_COLUMNS.has(d.column)) return { label: d.label, local: d.local, incoming: d.incoming };
  return { label: d.label, local: instantText(d.local), incoming: instantText(d.incoming) };
}

function dossierItem(i: DossierPlanItem): PreviewItem {
  return {
    title: `Hồ sơ ${i.code}`,
    reason: i.reason,
    differences: i.action === 'updated' || i.action === 'conflict' ? i.differences.map(differenceText) : [],
  };
}

function itemsOf(p: PackagePreview): { action: PreviewAction; item: PreviewItem }[] {
  if (p.report) {
    const r = p.report;
    const item: PreviewItem = {
      title: `Báo cáo ${r.periodLabel} của ${r.unitName || r.unitCode} (mã ${r.unitCode})`,
      reason: r.reason,
      differences: r.changes.map((c) => ({ label: `${c.row}, ${c.label}`, local: String(c.before), incoming: String(c.after) })),
    };
    return [{ action: r.action, item }];
  }
  return p.dossiers.map((d) => ({ action: d.action, item: dossierItem(d) }));
}

export function previewView(p: PackagePreview, previewId: string): PreviewReady {
  const all = itemsOf(p);
  const s = p.summary;
  return {
    status: 'ready',
    previewId,
    summary: {
      fileName: s.fileName,
      kind: s.kind,
      kindLabel: s.kindLabel,
      sha256: s.sha256,
      createdAt: viInstant(Date.parse(s.createdAt)),
      appVersion: s.appVersion,
      sender: s.sender,
      period: s.period && { label: s.period.label, from: s.period.from, to: s.period.to },
    },
    trustNote: p.trustNote,
    counts: p.counts,
    groups: ACTIONS.map((action) => {
      const items = all.filter((x) => x.action === action).map((x) => x.item);
      return { action, total: items.length, items: items.slice(0, MAX_ITEMS_PER_GROUP) };
    }),
    writes: p.writes,
  };
}

const localText = (t: LocalDateTime) => `${formatMinute(t.minute)} ngày ${viDate(t.day)}`;

/** Columns already shown in the identifying rows, and bookkeeping the person does not choose between. */
const SHOWN_APART = new Set(['code', 'applicant_name', 'procedure_name', 'received_at', 'received_day', 'version', 'updated_at', 'updated_by']);

export function conflictView(c: ConflictView): ConflictViewDto {
  const pair = (label: string, local: string, incoming: string) => ({ label, local, incoming, differs: local !== incoming });
  const edited = (r: ConflictView['local']) => `${viInstant(Date.parse(r.updatedAt))}, ${r.updatedBy}`;
  return {
    id: c.id,
    code: c.code,
    dossierId: c.dossierId,
    source: c.source,
    detectedAt: viInstant(Date.parse(c.detectedAt)),
    detectedBy: c.detectedBy,
    resolution: c.resolution,
    resolvedAt: c.resolvedAt === null ? null : viInstant(Date.parse(c.resolvedAt)),
    resolvedBy: c.resolvedBy,
    rows: [
      pair('Mã hồ sơ', c.local.code, c.incoming.code),
      pair('Người nộp', c.local.applicantName, c.incoming.applicantName),
      pair('Thủ tục', c.local.procedureName, c.incoming.procedureName),
      pair('Thời điểm tiếp nhận', localText(c.local.receivedAt), localText(c.incoming.receivedAt)),
      pair('Sửa lần cuối', edited(c.local), edited(c.incoming)),
      ...c.differences.filter((d) => !SHOWN_APART.has(d.column)).map((d) => pair(d.label, d.local, d.incoming)),
    ],
  };
}

export function periodStatusView(status: PeriodStatus, periodLabel: string): PeriodStatusView {
  return {
    periodLabel,
    counts: status.counts,
    units: status.units.map((u) => ({
      unitCode: u.unitCode,
      unitName: u.unitName,
      state: u.state,
      current: u.current && {
        packageCreatedAt: viInstant(Date.parse(u.current.packageCreatedAt)),
        receivedAt: viInstant(Date.parse(u.current.receivedAt)),
        signed: u.current.signed,
        received: u.current.received,
      },
      packages: u.packages.length,
      changes: u.changes.map((c) => ({ row: c.row, label: c.label, before: c.before, after: c.after })),
    })),
  };
}
