// Procedures as the screens show them: the statutory time in words.
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import { DEFAULT_CUTOFF_MINUTE, type Procedure, type ProcedureRule } from '../../../shared/catalogue/procedure';
import { formatMinute } from '../../../shared/time/local-time';

/** "3 ngày làm việc", "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)", "+ 10 ngày làm việc tăng thêm". */
export function statutoryTimeVi(rule: ProcedureRule): string {
  let base: string;
  switch (rule.timeUnit) {
    case 'same_day':
      base = `Trong ngày (nhận sau ${formatMinute(rule.cutoffMinute ?? DEFAULT_CUTOFF_MINUTE)} trả trong ngày làm việc tiếp theo)`;
      break;
    case 'working_days':
      base = rule.timeValue === 0 ? 'Trong ngày làm việc' : `${rule.timeValue} ngày làm việc`;
      break;
    case 'calendar_days':
      base = `${rule.timeValue} ngày`;
      break;
    case 'working_hours':
      base = `${rule.timeValue} giờ làm việc`;
      break;
  }
  return rule.extraWorkingDays > 0 ? `${base}, thêm ${rule.extraWorkingDays} ngày làm việc (xã miền núi, hải đảo)` : base;
}

export function procedureView(p: Procedure): ProcedureView {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    timeValue: p.rule.timeValue,
    timeUnit: p.rule.timeUnit,
    cutoff: p.rule.cutoffMinute === null ? null : formatMinute(p.rule.cutoffMinute),
    timeLabel: statutoryTimeVi(p.rule),
    note: p.note,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
  };
}
