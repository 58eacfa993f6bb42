// When an online dossier's clock starts (shared/deadline/README.md, "Online dossiers"): received after
// the online cut-off (17:00) or on a day off, it counts as received at the next working day's opening.
// The rule travels in the dossier's rule snapshot (`onlineCutoffMinute`), never read from settings here.
import type { WorkingCalendar } from '../calendar/types';
import type { ProcedureRule } from '../catalogue/procedure';
import { type LocalDateTime, formatMinute } from '../time/local-time';
import type { OfficeHours } from './policy';
import type { TraceStep } from './trace';

/** "Sau 17 giờ" (precedent: Nghị định 297/2025 Điều 3.5). */
export const ONLINE_CUTOFF_MINUTE = 17 * 60;

export interface ClockStart {
  /** The instant the count starts from: the reception, or the next working day's opening. */
  at: LocalDateTime;
  /** True when the reception was moved to the next working day's opening. */
  moved: boolean;
  /** The reception and the days passed over, when moved; empty otherwise. */
  trace: TraceStep[];
}

/** The opening minute of a working day: the start of the first office-hours session. */
export function openingMinute(hours: OfficeHours): number {
  return hours.intervals[0]?.start ?? 0;
}

export function clockStart(
  rule: Pick<ProcedureRule, 'onlineCutoffMinute'>,
  receivedAt: LocalDateTime,
  calendar: WorkingCalendar,
  hours: OfficeHours,
): ClockStart {
  const cutoff = rule.onlineCutoffMinute ?? null;
  const reception = calendar.describe(receivedAt.day);
  if (cutoff === null || (reception.working && receivedAt.minute <= cutoff)) return { at: receivedAt, moved: false, trace: [] };
  const opening = openingMinute(hours);
  const why = reception.working
    ? `Hồ sơ trực tuyến nộp sau ${formatMinute(cutoff)}`
    : `Hồ sơ trực tuyến nộp vào ngày nghỉ (${reception.reason})`;
  const trace: TraceStep[] = [
    { kind: 'reception', day: receivedAt.day, minute: receivedAt.minute, note: `${why}: thời hạn bắt đầu tính từ ${formatMinute(opening)} ngày làm việc tiếp theo` },
  ];
  let day = receivedAt.day + 1;
  for (let status = calendar.describe(day); !status.working; status = calendar.describe(day)) {
    trace.push({ kind: 'skipped', day, reason: status.reason });
    day += 1;
  }
  return { at: { day, minute: opening }, moved: true, trace };
}
