// The trace of a due date as Vietnamese lines, for `deadline --explain` and the reception screen.
import { viDate, weekdayNameVi } from '../time/day';
import { formatMinute } from '../time/local-time';
import type { TraceStep } from './trace';

export function explainStep(step: TraceStep): string {
  const date = `${weekdayNameVi(step.day)} ${viDate(step.day)}`;
  switch (step.kind) {
    case 'reception':
      return `${date} ${formatMinute(step.minute)} — tiếp nhận. ${step.note}`;
    case 'clock_start':
      return `${date} ${formatMinute(step.minute)} — coi như tiếp nhận (hồ sơ trực tuyến). ${step.note}`;
    case 'counted':
      return `${date} — tính: ${step.note}`;
    case 'skipped':
      return `${date} — bỏ qua (nghỉ): ${step.reason}`;
    case 'paused':
      return `${date} — tạm dừng: ${step.note}`;
    case 'rolled':
      return `${date} — rơi vào ngày nghỉ (${step.reason}): chuyển sang ngày làm việc tiếp theo`;
    case 'due':
      return `⇒ ${step.minute === null ? date : `${formatMinute(step.minute)} ${date}`} — ${step.note}`;
  }
}

export function explainTrace(trace: readonly TraceStep[]): string[] {
  return trace.map(explainStep);
}
