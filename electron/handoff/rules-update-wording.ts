// A rules update's dry run in words, the same for the command line and the screen: each day with its
// status before and after, each procedure with its old and new rule and the day it changes, each moved
// dossier with its old and new due date.
import { dayFromIso, viDate, weekdayNameVi } from '../../shared/time/day';
import { statutoryTimeVi } from '../api/presenters/procedure';
import type { RuleChangedDossier } from './rules-update-dossiers';
import type { MovedDossier } from '../services/due-date-recompute';
import type { RulesUpdatePreview } from './rules-update-import';
import type { CalendarPlanItem, DayState, ProcedurePlanItem } from './rules-update-plan';

export const CALENDAR_ACTION_VI: Record<CalendarPlanItem['action'], string> = {
  new: 'thêm',
  replace: 'thay thay đổi lịch cũ của xã',
  unchanged: 'đã có trong sổ',
};

export const PROCEDURE_ACTION_VI: Record<ProcedurePlanItem['action'], string> = {
  add: 'thêm thủ tục',
  change: 'đổi quy định',
  retire: 'thôi áp dụng',
  unchanged: 'đã có trong sổ',
};

const dayName = (iso: string) => {
  const day = dayFromIso(iso);
  return `${weekdayNameVi(day)} ${viDate(day)}`;
};

function stateText(s: DayState): string {
  const base = s.working ? 'ngày làm việc' : 'ngày nghỉ';
  return s.reason === '' || s.reason.toLowerCase() === base ? base : `${base} (${s.reason})`;
}

/** "Thứ Sáu 05/02/2027: ngày làm việc → ngày nghỉ (Tết Nguyên đán …)". */
export function calendarItemText(c: CalendarPlanItem): string {
  const change =
    c.before.working === c.after.working && c.before.reason === c.after.reason
      ? `không đổi: ${stateText(c.after)}`
      : `${stateText(c.before)} → ${stateText(c.after)}`;
  const replaced = c.replaces ? `; thay cho thay đổi lịch của xã "${c.replaces.reason}"` : '';
  return `${dayName(c.date)}: ${change}${replaced}`;
}

/** "1.004873 Cấp Giấy …: từ 01/03/2027 5 ngày làm việc (trước đó: 3 ngày làm việc) — Căn cứ …". */
export function procedureItemText(p: ProcedurePlanItem): string {
  const from = viDate(dayFromIso(p.effectiveFrom));
  const head = `${p.code} ${p.name}`;
  switch (p.action) {
    case 'add':
      return `${head}: thêm vào danh mục, nhận hồ sơ từ ${from}; thời hạn ${p.after ? statutoryTimeVi(p.after.rule) : ''} — căn cứ ${p.basis}`;
    case 'change':
      return (
        `${head}: từ ${from} thời hạn ${p.after ? statutoryTimeVi(p.after.rule) : ''}` +
        `${p.before ? ` (trước đó: ${statutoryTimeVi(p.before.rule)}; hồ sơ nhận trước ${from} giữ quy định cũ)` : ''} — căn cứ ${p.basis}`
      );
    case 'retire':
      return `${head}: thôi áp dụng từ ${from} (không nhận hồ sơ mới; hồ sơ nhận trước đó giữ quy định cũ) — căn cứ ${p.basis}`;
    case 'unchanged':
      return `${head}: đã có trong sổ, không đổi`;
  }
}

const dueText = (day: number | null) => (day === null ? 'chưa có hạn (đang chờ bổ sung)' : viDate(day));

export function movedText(m: MovedDossier): string {
  const notes = [m.ended ? 'đã kết thúc' : null, m.correction ? 'ghi đính chính kỳ đã ký' : null].filter((n) => n !== null);
  return `${m.code}: hạn trả ${dueText(m.oldDue)} → ${dueText(m.newDue)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export function ruleChangedText(d: RuleChangedDossier): string {
  return `${d.code}: thời hạn ${statutoryTimeVi(d.oldRule)} → ${statutoryTimeVi(d.newRule)}; hạn trả ${dueText(d.oldDue)} → ${dueText(d.newDue)}`;
}

export function movedSummaryText(moved: readonly MovedDossier[]): string {
  const open = moved.filter((m) => !m.ended).length;
  const ended = moved.length - open;
  if (moved.length === 0) return 'Lịch mới không làm đổi hạn trả của hồ sơ nào.';
  return `Theo lịch mới, ${open} hồ sơ đang giải quyết đổi hạn trả${ended > 0 ? `, ${ended} hồ sơ đã kết thúc (kỳ chưa ký) được tính lại hạn` : ''}.`;
}

/** Every line of the dry run, for the terminal. */
export function rulesPreviewLines(p: RulesUpdatePreview): string[] {
  const s = p.summary;
  const lines = [
    `Gói cập nhật quy định ${s.fileName || s.packageId}: "${s.title}".`,
    `  Đơn vị gửi: ${s.sender.unitName || '(không tên)'} — mã ${s.sender.unitCode}; dấu vân tay khóa ${s.sender.fingerprint} (đã đăng ký ở sổ này).`,
    `  Tạo lúc ${s.createdAt}.`,
  ];
  if (p.alreadyImported) lines.push(`  Gói này đã được nhập lúc ${p.alreadyImported.importedAt} (${p.alreadyImported.importedBy}).`);
  const days = p.plan.calendar.filter((c) => c.action !== 'unchanged');
  lines.push(`Lịch làm việc: ${days.length} ngày thay đổi${p.plan.calendar.length > days.length ? `, ${p.plan.calendar.length - days.length} ngày đã có trong sổ` : ''}.`);
  for (const c of days) lines.push(`  ${calendarItemText(c)}`);
  const procedures = p.plan.procedures.filter((x) => x.action !== 'unchanged');
  lines.push(
    `Danh mục thủ tục: ${procedures.length} thay đổi${p.plan.procedures.length > procedures.length ? `, ${p.plan.procedures.length - procedures.length} đã có trong sổ` : ''}.`,
  );
  for (const x of procedures) lines.push(`  ${procedureItemText(x)}`);
  if (p.ruleChanged.length > 0) {
    lines.push(`${p.ruleChanged.length} hồ sơ đang giải quyết nhận từ ngày hiệu lực trở đi được áp dụng quy định mới:`);
    for (const d of p.ruleChanged) lines.push(`  ${ruleChangedText(d)}`);
  }
  lines.push(movedSummaryText(p.moved));
  for (const m of p.moved) lines.push(`  ${movedText(m)}`);
  return lines;
}
