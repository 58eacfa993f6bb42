// The apology and new date (Mẫu 04) and stopping at the citizen's request (Mẫu 05): the 2025 one-stop
// rules (shared/deadline/README.md, "Apology and extension", "Stopping at the citizen's request").
import type { WorkingCalendar } from '../calendar/types';
import type { DossierFacts } from '../dossier/dossier';
import { type DayNumber, viDate } from '../time/day';

/**
 * The last day the apology letter may be sent: one working day before the due date (rules.md §4,
 * "chậm nhất 01 ngày làm việc trước ngày hết hạn"), i.e. the last working day before it.
 */
export function latestApologyDay(dueDay: DayNumber, calendar: WorkingCalendar): DayNumber {
  let day = dueDay - 1;
  while (!calendar.describe(day).working) day -= 1;
  return day;
}

export interface ExtensionRequest {
  apologyOn: DayNumber;
  newDue: DayNumber;
}

type ExtensionFacts = Pick<DossierFacts, 'extension'> & { dueDay: DayNumber | null };

/**
 * Why an extension may not be recorded, in Vietnamese, with the date of the request it is about (none
 * when it is the dossier's state); null when it may. `dueDay` is the dossier's pause-adjusted due date
 * now (null while it waits for the citizen).
 */
export function extensionProblem(
  facts: ExtensionFacts,
  request: ExtensionRequest,
  calendar: WorkingCalendar,
): { why: string; date: keyof ExtensionRequest | null } | null {
  if (facts.extension !== null) {
    return { date: null, why: `hồ sơ đã được hẹn lại ngày trả một lần (ngày hẹn mới ${viDate(facts.extension.newDueDay)}); mỗi hồ sơ chỉ gia hạn một lần` };
  }
  if (facts.dueDay === null) return { date: null, why: 'hồ sơ đang chờ công dân bổ sung, chưa có hạn trả để gia hạn' };
  const latest = latestApologyDay(facts.dueDay, calendar);
  if (request.apologyOn > latest) {
    return {
      date: 'apologyOn',
      why:
        `văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04) phải gửi chậm nhất 01 ngày làm việc trước hạn trả ${viDate(facts.dueDay)}, ` +
        `tức là chậm nhất ngày ${viDate(latest)}`,
    };
  }
  if (request.newDue <= facts.dueDay) return { date: 'newDue', why: `ngày hẹn mới phải sau hạn trả hiện tại (${viDate(facts.dueDay)})` };
  return null;
}

/** The reason of extensionProblem alone. */
export function extensionRefusal(facts: ExtensionFacts, request: ExtensionRequest, calendar: WorkingCalendar): string | null {
  return extensionProblem(facts, request, calendar)?.why ?? null;
}

/**
 * Stopping at the citizen's request (Mẫu 05) or withdrawing is allowed only while no decision or
 * result exists (Nghị định 118/2025 Điều 21; Thông tư 03/2025/TT-VPCP Điều 7): null when allowed.
 */
export function stopRefusal(facts: Pick<DossierFacts, 'endedOn' | 'ending' | 'returnedOn'>): string | null {
  if (facts.ending === 'giai_quyet' || (facts.endedOn === null && facts.returnedOn !== null)) {
    const on = facts.endedOn ?? facts.returnedOn;
    return `hồ sơ đã có kết quả giải quyết${on === null ? '' : ` ngày ${viDate(on)}`}; chỉ được dừng giải quyết khi chưa có quyết định hoặc kết quả`;
  }
  if (facts.endedOn !== null) return `hồ sơ đã kết thúc ngày ${viDate(facts.endedOn)}`;
  return null;
}
