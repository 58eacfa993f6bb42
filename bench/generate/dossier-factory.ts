// One synthetic dossier as the ledger stores it: a procedure of the catalogue with its real time unit,
// a channel, a reception instant in office hours (online ones at any hour, days off included), the due
// date from the real deadline engine, then what happened to it — supplement pauses, withdrawal, early,
// on-time or late resolution, an apology with a new date, the return to the citizen — as of `asOf`
// (the ledger's "today"): whatever would happen after it has not happened yet.
import type { WorkingCalendar } from '../../shared/calendar/types';
import type { Procedure } from '../../shared/catalogue/procedure';
import { computeDueDate, countForward } from '../../shared/deadline/due-date';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import type { DeadlinePolicy } from '../../shared/deadline/policy';
import { type Channel, type Ending, type Extension, type Rating, type SupplementPause, isOnline } from '../../shared/dossier/dossier';
import { type DayNumber, ymdFromDay } from '../../shared/time/day';
import { type LocalDateTime, VIETNAM_OFFSET_MINUTES } from '../../shared/time/local-time';
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import {
  CHANNEL_ORDER,
  DEFAULT_DOCUMENTS,
  DESK_OFFICERS,
  DOCUMENTS_BY_FIELD,
  FEES_BY_FIELD,
  LATE_CAUSES,
  RATES,
  channelWeights,
  digitisedShare,
} from './mix';
import { applicant } from './people';
import type { Random } from './random';

export interface FactoryContext {
  random: Random;
  calendar: WorkingCalendar;
  policy: DeadlinePolicy;
  procedures: readonly Procedure[];
  procedureWeights: readonly number[];
  /** The ledger's today: nothing happens after the end of this day. */
  asOf: DayNumber;
  communeName: string;
}

const ONLINE_CHANNELS: readonly Channel[] = ['truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'];
const RATINGS: readonly Rating[] = ['rat_hai_long', 'hai_long', 'khong_hai_long'];
const RATING_WEIGHTS: readonly number[] = [70, 28, 2];

/** Working days strictly after `after`, the n-th of them (the deadline engine's own counting). */
function workingDaysAfter(calendar: WorkingCalendar, after: DayNumber, n: number): DayNumber {
  return n <= 0 ? after : countForward(calendar, after, n, []);
}

function workingDayBefore(calendar: WorkingCalendar, day: DayNumber): DayNumber {
  let d = day - 1;
  while (!calendar.isWorkingDay(d)) d -= 1;
  return d;
}

/** ISO 8601 UTC of a Vietnam local instant. */
export function utcStamp(at: LocalDateTime, extraMinutes = 0): string {
  const ms = (at.day * 1440 + at.minute - VIETNAM_OFFSET_MINUTES + extraMinutes) * 60_000;
  return new Date(ms).toISOString();
}

function receptionMinute(random: Random, channel: Channel): number {
  if (isOnline(channel) && random.chance(0.35)) return random.int(0, 1439); // evenings and nights too
  // office hours 07:30–11:30 and 13:30–17:00, mornings busier
  return random.chance(0.6) ? random.int(450, 689) : random.int(810, 1019);
}

function supplementsOf(ctx: FactoryContext, received: DayNumber, procedure: Procedure): SupplementPause[] {
  const { random, calendar, asOf } = ctx;
  if (procedure.rule.timeUnit === 'same_day' || !random.chance(RATES.supplement)) return [];
  const pauses: SupplementPause[] = [];
  let after = received;
  const requests = random.chance(RATES.secondSupplement) ? 2 : 1;
  for (let i = 0; i < requests; i += 1) {
    const requestedOn = workingDaysAfter(calendar, after, random.int(1, 3));
    if (requestedOn > asOf) break;
    const back = workingDaysAfter(calendar, requestedOn, random.int(1, 8));
    const returnedOn = back <= asOf ? back : null;
    pauses.push({ requestedOn, returnedOn });
    if (returnedOn === null) break;
    after = returnedOn;
  }
  return pauses;
}

interface Outcome {
  endedOn: DayNumber | null;
  ending: Ending | null;
  returnedOn: DayNumber | null;
  extension: Extension | null;
  lateCause: string;
}

const OPEN: Outcome = { endedOn: null, ending: null, returnedOn: null, extension: null, lateCause: '' };

function outcomeOf(ctx: FactoryContext, received: DayNumber, procedure: Procedure, dueDay: DayNumber | null): Outcome {
  const { random, calendar, asOf } = ctx;
  if (dueDay === null) return OPEN; // waiting for the citizen
  const r = random.next();
  let ending: Ending = 'giai_quyet';
  let endedOn: DayNumber;
  let extension: Extension | null = null;
  let lateCause = '';
  const sameDay = procedure.rule.timeUnit === 'same_day';
  if (r < RATES.stuck) return OPEN;
  if (r < RATES.stuck + RATES.withdrawn + RATES.stopped + RATES.rejected) {
    const e = r - RATES.stuck;
    ending = e < RATES.withdrawn ? 'rut' : e < RATES.withdrawn + RATES.stopped ? 'dung' : 'tu_choi';
    endedOn = workingDaysAfter(calendar, received, random.int(0, 4));
  } else if (random.chance(sameDay ? RATES.lateSameDay : RATES.lateMultiDay)) {
    const late = random.int(1, sameDay ? 3 : 12);
    endedOn = workingDaysAfter(calendar, dueDay, late);
    lateCause = random.pick(LATE_CAUSES);
    if (random.chance(RATES.apology)) {
      const apologyOn = Math.max(received, workingDayBefore(calendar, dueDay));
      extension = { newDueDay: workingDaysAfter(calendar, dueDay, late + random.int(0, 3)), apologyOn };
    }
  } else if (!sameDay && random.chance(RATES.earlyMultiDay)) {
    const span = Math.max(0, dueDay - received - 1);
    endedOn = Math.max(received, Math.min(dueDay - 1, received + random.int(0, span)));
    while (!calendar.isWorkingDay(endedOn) && endedOn < dueDay - 1) endedOn += 1;
  } else {
    endedOn = dueDay;
  }
  if (endedOn > asOf) return extension !== null && extension.apologyOn !== null && extension.apologyOn <= asOf ? { ...OPEN, extension, lateCause } : OPEN;
  const returned = ending === 'giai_quyet' ? workingDaysAfter(calendar, endedOn, random.int(0, 3)) : endedOn;
  const returnedOn = returned <= asOf ? returned : null;
  if (returnedOn !== null && random.chance(RATES.onlyReturnDate)) {
    return { endedOn: null, ending, returnedOn, extension, lateCause };
  }
  return { endedOn, ending, returnedOn, extension, lateCause };
}

function feeOf(random: Random, field: string): number {
  const fees = FEES_BY_FIELD[field];
  return fees && random.chance(fees.share) ? random.pick(fees.amounts) : 0;
}

/** A dossier received on `day` (code and identity filled in by the caller's code issuer). */
export function makeDossier(ctx: FactoryContext, day: DayNumber, working: boolean, code: string, desk: number): DossierRecord {
  const { random, calendar, policy } = ctx;
  const { year } = ymdFromDay(day);
  const procedure = random.weighted(ctx.procedures, ctx.procedureWeights);
  const channel: Channel = working ? random.weighted(CHANNEL_ORDER, channelWeights(year)) : random.pick(ONLINE_CHANNELS);
  const receivedAt: LocalDateTime = { day, minute: receptionMinute(random, channel) };
  const rule = procedure.rule;
  const baseDueDay = computeDueDate(rule, receivedAt, calendar, policy.officeHours).day;
  const supplements = supplementsOf(ctx, day, procedure);
  const dueDay = effectiveDueDate(baseDueDay, rule, supplements, calendar, policy).day;
  const outcome = outcomeOf(ctx, day, procedure, dueDay);
  const resolved = outcome.ending === 'giai_quyet' && (outcome.endedOn ?? outcome.returnedOn) !== null;
  const digitised = digitisedShare(year);
  const fee = feeOf(random, procedure.field);
  const person = applicant(random, year, ctx.communeName);
  const papers = DOCUMENTS_BY_FIELD[procedure.field] ?? DEFAULT_DOCUMENTS;
  const officer = random.pick(DESK_OFFICERS);
  const created = utcStamp(receivedAt, random.int(1, 15));
  const lastDay = outcome.returnedOn ?? outcome.endedOn;
  const updated = lastDay === null ? created : utcStamp({ day: lastDay, minute: 16 * 60 });
  return {
    id: random.uuid(),
    code,
    version: 1,
    desk,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    field: procedure.field,
    channel,
    receivedAt,
    rule,
    baseDueDay,
    dueDay,
    supplements,
    ...outcome,
    digitisedDossier: random.chance(digitised),
    digitisedResult: resolved && random.chance(digitised),
    storedResult: resolved && random.chance(digitised * 0.8),
    paidOnline: fee > 0 && isOnline(channel) && random.chance(RATES.paidOnline),
    fee,
    rating: resolved && isOnline(channel) && random.chance(RATES.rated) ? random.weighted(RATINGS, RATING_WEIGHTS) : null,
    documents: papers.slice(0, random.int(1, papers.length)).map((name, i) => ({ name, form: i === 0 ? 'Bản chính' : 'Bản sao', quantity: random.int(1, 2) })),
    applicantName: person.name,
    idNumber: person.idNumber,
    phone: person.phone,
    address: person.address,
    note: random.chance(0.02) ? 'Công dân hẹn nhận kết quả qua bưu điện' : '',
    createdAt: created,
    updatedAt: updated,
    createdBy: officer,
    updatedBy: officer,
  };
}
