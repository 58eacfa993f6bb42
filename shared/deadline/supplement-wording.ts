// What every document and screen says about a supplement request during processing: one office setting
// (DeadlinePolicy.pauseRule), one wording — the engine (pauses.ts), Mẫu 02, the action form and the
// settings say the same thing (shared/deadline/README.md, "Supplement requests").
import type { DeadlinePolicy } from './policy';

export type PauseRule = DeadlinePolicy['pauseRule'];

export const PAUSE_RULES: readonly PauseRule[] = ['subtract_waiting', 'restart'];

/** The short name of each choice, for the settings. */
export const PAUSE_RULE_LABELS_VI: Record<PauseRule, string> = {
  subtract_waiting: 'Tạm dừng: lùi hạn bằng số ngày chờ bổ sung (hệ thống 766)',
  restart: 'Tính lại từ đầu từ ngày nhận đủ hồ sơ bổ sung (NĐ 297/2025)',
};

/** The sentence printed on Mẫu 02 and shown where a supplement is requested. */
export function supplementClockSentence(rule: PauseRule): string {
  return rule === 'restart'
    ? 'Thời hạn giải quyết được tính lại từ đầu kể từ ngày nhận đủ hồ sơ bổ sung, hoàn thiện.'
    : 'Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết: thời hạn tạm dừng từ ngày sau ngày yêu cầu và được tính tiếp từ ngày nhận đủ hồ sơ bổ sung.';
}
