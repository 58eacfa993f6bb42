// A receiving office taking in one unit's report package: what it would do (dry run), then doing it. The
// same package twice changes nothing; an older package than the one already received changes nothing; a
// newer one replaces it and the figures that changed are listed.
import type Database from 'better-sqlite3';
import type { CompiledReport } from '../../shared/report/compile';
import { FORM_KEYS, type FormKey } from '../../shared/report/figures';
import { BIEU_06_PROFILE } from '../../shared/report/profile';
import { viInstant } from '../reliability/vi-time';
import type { DossierAction } from './merge-plan';
import { type ReceivedReport, createReceivedReportStore } from './received-reports';
import type { ReportPart } from './report-content';

export interface FigureChange {
  /** The field, or "Tổng cộng". */
  row: string;
  column: FormKey;
  /** "Số hồ sơ đã giải quyết — Trước hạn (cột 8)". */
  label: string;
  before: number;
  after: number;
}

export interface ReportPlanItem {
  action: Exclude<DossierAction, 'conflict'>;
  reason: string;
  unitCode: string;
  unitName: string;
  periodKey: string;
  periodLabel: string;
  /** The report this one would replace, or that is kept. */
  previous: ReceivedReport | null;
  /** For `updated`: what changed against `previous`. */
  changes: FigureChange[];
  part: ReportPart;
}

const COLUMN_LABELS = new Map(BIEU_06_PROFILE.columns.map((c) => [c.key, `${c.group} — ${c.label} (cột ${c.no})`]));

export function figureChanges(before: CompiledReport, after: CompiledReport): FigureChange[] {
  const rows = (r: CompiledReport) => new Map([...r.by_field.map((f) => [f.field, f] as const), [BIEU_06_PROFILE.totalLabel, { field: '', ...r.total }] as const]);
  const a = rows(before);
  const b = rows(after);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  const changes: FigureChange[] = [];
  for (const name of names) {
    for (const column of FORM_KEYS) {
      const x = a.get(name)?.[column] ?? 0;
      const y = b.get(name)?.[column] ?? 0;
      if (x !== y) changes.push({ row: name, column, label: COLUMN_LABELS.get(column) ?? column, before: x, after: y });
    }
  }
  return changes;
}

const when = (iso: string) => viInstant(Date.parse(iso));

export function planReportReceipt(db: Database.Database, part: ReportPart, pkg: { sha256: string; createdAt: string }): ReportPlanItem {
  const store = createReceivedReportStore(db);
  const base = { unitCode: part.unit.code, unitName: part.unit.name, periodKey: part.period.key, periodLabel: part.period.label, changes: [], part };
  const same = store.bySha256(pkg.sha256);
  if (same) return { ...base, action: 'unchanged', reason: `Gói này đã được nhập lúc ${when(same.receivedAt)}.`, previous: same };
  const current = store.current(part.unit.code, part.period.key);
  if (!current) return { ...base, action: 'new', reason: `Báo cáo đầu tiên của đơn vị cho ${part.period.label}.`, previous: null };
  const incoming = Date.parse(pkg.createdAt);
  const kept = Date.parse(current.packageCreatedAt);
  if (incoming < kept) {
    return {
      ...base,
      action: 'unchanged',
      reason: `Gói này (tạo lúc ${when(pkg.createdAt)}) cũ hơn báo cáo đã nhận (tạo lúc ${when(current.packageCreatedAt)}); giữ báo cáo mới hơn, không lùi lại.`,
      previous: current,
    };
  }
  if (incoming === kept) {
    return {
      ...base,
      action: 'rejected',
      reason: `Gói này cùng thời điểm tạo (${when(pkg.createdAt)}) với báo cáo đã nhận nhưng khác nội dung; giữ báo cáo đã nhận. Hãy đề nghị đơn vị xuất lại gói.`,
      previous: current,
    };
  }
  const changes = figureChanges(current.report, part.report);
  return {
    ...base,
    action: 'updated',
    reason:
      `Đơn vị gửi lại báo cáo (gói tạo lúc ${when(pkg.createdAt)}), thay báo cáo tạo lúc ${when(current.packageCreatedAt)}: ` +
      (changes.length === 0 ? 'số liệu Biểu 06 không đổi.' : `${changes.length} số liệu Biểu 06 thay đổi.`),
    previous: current,
    changes,
  };
}

export interface ReportWriteContext {
  packageId: string;
  packageSha256: string;
  packageCreatedAt: string;
  fingerprint: string;
  pdf: Buffer | null;
  batchId: number;
  at: string;
  actor: string;
}

/** Writes the plan (inside the import's transaction). */
export function applyReportReceipt(db: Database.Database, item: ReportPlanItem, ctx: ReportWriteContext): void {
  if (item.action !== 'new' && item.action !== 'updated') return;
  const store = createReceivedReportStore(db);
  const id = store.nextId();
  if (item.action === 'updated' && item.previous) store.markReplaced(item.previous.id, id);
  store.insert(id, { ...ctx, part: item.part });
}
