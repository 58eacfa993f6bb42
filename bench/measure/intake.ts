// Intake: the desk logs one dossier (logDossier: the catalogue version in force, the due date from the
// rules module, the repository insert with its history event and code, one durable commit with
// synchronous=FULL) — 1,000 times, each timed on its own. The dossiers are logged by a desk the
// generated ledger never used, over the ledger's last working days, so codes never run out.
import type { WorkingCalendar } from '../../shared/calendar/types';
import { CHANNELS } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import { logDossier } from '../../electron/services/dossier-intake';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { applicant } from '../generate/people';
import { createRandom } from '../generate/random';
import { nowMs, percentile } from '../stats';

export interface IntakeTimes {
  p50: number;
  p99: number;
}

export const INTAKE_DESK = 9;
const PER_DAY = 500;

function lastWorkingDays(calendar: WorkingCalendar, asOf: DayNumber, n: number): DayNumber[] {
  const days: DayNumber[] = [];
  for (let d = asOf; days.length < n; d -= 1) if (calendar.isWorkingDay(d)) days.unshift(d);
  return days;
}

export function measureIntake(session: LedgerSession, asOf: DayNumber, commits = 1000): IntakeTimes {
  session.settingsRepository.update({ deskNumber: INTAKE_DESK }, { actor: session.actor });
  session.invalidate();
  const random = createRandom(7);
  const procedures = session.catalogue.listActive(asOf);
  const days = lastWorkingDays(session.calendar(), asOf, Math.ceil(commits / PER_DAY));
  const times: number[] = [];
  for (let i = 0; i < commits; i += 1) {
    const day = days[Math.floor(i / PER_DAY)] ?? asOf;
    const minute = 450 + Math.floor((i % PER_DAY) * (570 / PER_DAY));
    const person = applicant(random, 2026, 'xã Hương Hữu');
    const procedure = random.pick(procedures);
    const request = {
      procedureCode: procedure.code,
      channel: random.pick(CHANNELS),
      receivedAt: { day, minute },
      applicantName: person.name,
      idNumber: person.idNumber,
      phone: person.phone,
      address: person.address,
      documents: [{ name: 'Tờ khai theo mẫu', form: 'Bản chính', quantity: 1 }],
      fee: 0,
      digitisedDossier: true,
      paidOnline: false,
      note: '',
    };
    const start = nowMs();
    logDossier(session, request, { day, minute: 1439 });
    times.push(nowMs() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}
