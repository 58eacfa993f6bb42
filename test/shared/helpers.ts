// Small builders shared by the rules-module tests.
import { buildWorkingCalendar } from '../../shared/calendar';
import type { ProcedureRule } from '../../shared/catalogue/procedure';
import type { DossierFacts } from '../../shared/dossier/dossier';
import { DEFAULT_DEADLINE_POLICY } from '../../shared/deadline/policy';
import { dayFromIso } from '../../shared/time/day';
import { parseLocalDateTime, type LocalDateTime } from '../../shared/time/local-time';

export const calendar = buildWorkingCalendar({});
export const ctx = { calendar, policy: DEFAULT_DEADLINE_POLICY };
export const d = dayFromIso;

export function at(text: string): LocalDateTime {
  const t = parseLocalDateTime(text);
  if (!t) throw new Error(`bad date-time ${text}`);
  return t;
}

export function rule(timeValue: number, timeUnit: ProcedureRule['timeUnit'] = 'working_days', extra = 0): ProcedureRule {
  return { timeValue, timeUnit, cutoffMinute: timeUnit === 'same_day' ? 15 * 60 : null, extraWorkingDays: extra };
}

export function dossier(over: Partial<DossierFacts> & Pick<DossierFacts, 'receivedAt' | 'baseDueDay'>): DossierFacts {
  return {
    code: 'X-1',
    procedureCode: '1.004873',
    procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    channel: 'truc_tiep',
    rule: rule(3),
    supplements: [],
    endedOn: null,
    ending: null,
    returnedOn: null,
    extension: null,
    lateCause: '',
    digitisedDossier: false,
    digitisedResult: false,
    storedResult: false,
    paidOnline: false,
    fee: 0,
    rating: null,
    ...over,
  };
}
