// The dry run of a package import as lines for the terminal: what the package is, who sent it and how
// they are trusted, then every dossier or report that would change, with its reason (conflicts with both
// versions side by side), and the counts.
import type { DossierPlanItem, PackagePreview } from '../../handoff';
import { viInstant } from '../../reliability/vi-time';

const ACTION_LABELS: Record<DossierPlanItem['action'], string> = {
  new: 'Mới',
  updated: 'Cập nhật',
  unchanged: 'Không đổi',
  conflict: 'Xung đột',
  rejected: 'Từ chối',
};

function header(p: PackagePreview): string[] {
  const s = p.summary;
  return [
    `Gói ${s.fileName || s.packageId}: ${s.kindLabel}.`,
    `  Đơn vị gửi: ${s.sender.unitName || '(không tên)'} — mã ${s.sender.unitCode}${s.sender.desk ? `, bàn ${s.sender.desk}` : ''}; dấu vân tay khóa ${s.sender.fingerprint}.`,
    `  Tạo lúc ${viInstant(Date.parse(s.createdAt))} bằng Sổ Một Cửa ${s.appVersion}${s.period ? `; kỳ báo cáo: ${s.period.label} (${s.period.from} – ${s.period.to})` : ''}.`,
    `  ${p.trustNote}`,
  ];
}

/** New dossiers are listed one by one only when there are few; a first import would list the whole ledger. */
const MAX_NEW_LISTED = 20;

function dossierLines(items: readonly DossierPlanItem[]): string[] {
  const lines: string[] = [];
  const fresh = items.filter((i) => i.action === 'new').length;
  for (const item of items) {
    if (item.action === 'unchanged' || (item.action === 'new' && fresh > MAX_NEW_LISTED)) continue;
    lines.push(`${ACTION_LABELS[item.action]}: hồ sơ ${item.code} — ${item.reason}`);
    if (item.action === 'conflict' || item.action === 'updated') {
      for (const d of item.differences) lines.push(`    ${d.label}: trong sổ "${d.local}" | trong gói "${d.incoming}"`);
    }
  }
  if (fresh > MAX_NEW_LISTED) lines.push(`${fresh} hồ sơ mới, chưa có trong sổ.`);
  const older = items.filter((i) => i.relation === 'incoming_older').length;
  if (older > 0) lines.push(`${older} hồ sơ trong gói cũ hơn trong sổ: giữ bản trong sổ, không lùi lại.`);
  return lines;
}

function reportLines(p: PackagePreview): string[] {
  const r = p.report;
  if (!r) return [];
  const lines = [`${ACTION_LABELS[r.action]}: báo cáo ${r.periodLabel} của ${r.unitName || r.unitCode} — ${r.reason}`];
  for (const c of r.changes) lines.push(`    ${c.row}, ${c.label}: ${c.before} → ${c.after}`);
  return lines;
}

export function previewLines(p: PackagePreview): string[] {
  const c = p.counts;
  return [
    ...header(p),
    ...dossierLines(p.dossiers),
    ...reportLines(p),
    `Tổng: mới ${c.new}, cập nhật ${c.updated}, không đổi ${c.unchanged}, xung đột ${c.conflict}, từ chối ${c.rejected}.`,
  ];
}
