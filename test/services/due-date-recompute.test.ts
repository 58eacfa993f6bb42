// Stored due dates follow the calendar (issue 10, point 2): a ledger written with the first calendar
// edition (no Ngày Văn hóa, no Quốc khánh 2026 swap) is moved on its first open by this version; an
// office edit moves what it changes; ended dossiers of a signed period keep their dates; a moved dossier
// counted in a signed period is a correction; hand-written due dates are kept; nothing runs twice.
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, firstEditionOptions } from '../../shared/calendar';
import { computeDueDate } from '../../shared/deadline/due-date';
import { DEFAULT_OFFICE_HOURS } from '../../shared/deadline/policy';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import { followCalendar, recomputeDueDates } from '../../electron/services/due-date-recompute';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { periodReportView, signOffPeriod } from '../../electron/services/signoff-service';
import { initLedger, tempFolder } from '../cli/helpers';

const PIN = '583941';
const ACTOR = 'Cán bộ một cửa';
const firstEdition = buildWorkingCalendar(firstEditionOptions());
const q3 = resolvePeriod(parsePeriodSpec('2026-Q3')!, 'nd09'); // 15/06 – 14/09/2026
const q4 = resolvePeriod(parsePeriodSpec('2026-Q4')!, 'nd09'); // 15/09 – 14/12/2026

/** Logs a 3-working-day dossier (1.004873) with the due date the first calendar edition gave. */
function logOld(session: LedgerSession, received: string, over: { endedOn?: string; baseDue?: string } = {}) {
  const procedure = session.catalogue.findByCode('1.004873')!;
  const receivedAt = parseLocalDateTime(received)!;
  const base = over.baseDue ? dayFromIso(over.baseDue) : computeDueDate(procedure.rule, receivedAt, firstEdition, DEFAULT_OFFICE_HOURS).day;
  return session.dossiers.insert(
    {
      procedureCode: procedure.code,
      procedureName: procedure.name,
      field: procedure.field,
      channel: 'truc_tiep',
      receivedAt,
      rule: procedure.rule,
      baseDueDay: base,
      ...(over.endedOn ? { endedOn: dayFromIso(over.endedOn), ending: 'giai_quyet' as const } : {}),
    },
    { actor: ACTOR, at: new Date('2026-11-30T02:00:00Z') },
  );
}

/** A ledger as version 0.1 left it: dossiers due by the first edition, no record of the calendar they follow. */
async function legacyLedger() {
  const file = await initLedger(tempFolder());
  const session = openLedgerSession(file, { actor: ACTOR, followCalendar: false });
  session.db.exec('DELETE FROM calendar_applied');
  setChairmanPin(session.db, PIN, { actor: session.actor });
  const d = {
    open: logOld(session, '2026-11-23 09:00'), // 26/11 → 27/11 (24/11 off)
    endedQ4: logOld(session, '2026-11-23 10:00', { endedOn: '2026-11-27' }), // was "late", is on time
    endedQ3: logOld(session, '2026-08-27 09:00', { endedOn: '2026-09-03' }), // Q3 signed: kept
    pendingAtQ3: logOld(session, '2026-08-27 10:00'), // counted pending in Q3, still open: moves, correction
    handWritten: logOld(session, '2026-11-23 11:00', { baseDue: '2026-11-30' }), // not the engine's date: kept
    untouched: logOld(session, '2026-11-10 09:00'), // 13/11 on both calendars
  };
  signOffPeriod(session, q3, { signerName: 'Hồ Văn Ẩn', pin: PIN, at: new Date('2026-09-20T02:00:00Z') });
  session.close();
  return { file, d };
}

const dueOf = (session: LedgerSession, id: string) => {
  const r = session.dossiers.getById(id)!;
  return { base: isoFromDay(r.baseDueDay), due: r.dueDay === null ? null : isoFromDay(r.dueDay) };
};

describe('stored due dates follow the calendar', () => {
  it('the first open by this version moves the due dates the new calendar data changes, with history', async () => {
    const { file, d } = await legacyLedger();
    const before = openLedgerSession(file, { actor: ACTOR, followCalendar: false });
    const lateBefore = periodReportView(before, q4).report.total.late;
    const signedBefore = periodReportView(before, q3).report;
    before.close();

    const session = openLedgerSession(file, { actor: 'Sổ Một Cửa' });
    try {
      expect(dueOf(session, d.open.id)).toEqual({ base: '2026-11-27', due: '2026-11-27' });
      expect(dueOf(session, d.endedQ4.id)).toEqual({ base: '2026-11-27', due: '2026-11-27' });
      expect(dueOf(session, d.pendingAtQ3.id)).toEqual({ base: '2026-09-04', due: '2026-09-04' });
      expect(dueOf(session, d.endedQ3.id)).toEqual({ base: '2026-09-01', due: '2026-09-01' }); // signed: kept
      expect(dueOf(session, d.handWritten.id)).toEqual({ base: '2026-11-30', due: '2026-11-30' });
      expect(dueOf(session, d.untouched.id)).toEqual({ base: '2026-11-13', due: '2026-11-13' });

      const events = session.history.listForDossier(d.open.id);
      const last = events[events.length - 1]!;
      expect(last.action).toBe('recompute_due');
      expect(last.actor).toBe('Sổ Một Cửa');
      expect(last.changes.due_day).toEqual([dayFromIso('2026-11-26'), dayFromIso('2026-11-27')]);
      expect(String(last.changes.reason?.[1])).toBe(
        'Hạn trả đổi từ 26/11/2026 sang 27/11/2026 do cập nhật lịch nghỉ: 24/11/2026 thành ngày nghỉ (Ngày Văn hóa Việt Nam)',
      );
      expect(session.history.listForDossier(d.untouched.id)).toHaveLength(1);

      // Q4 counts the dossier resolved on 27/11 on time now; the signed Q3 stays as signed, with one correction.
      expect(periodReportView(session, q4).report.total.late).toBe(lateBefore - 1);
      const signed = periodReportView(session, q3);
      expect(signed.report).toEqual(signedBefore);
      expect(signed.corrections.map((c) => c.code)).toEqual([d.pendingAtQ3.code]);

      // Nothing to do the second time.
      expect(followCalendar(session)).toBeNull();
    } finally {
      session.close();
    }
  });

  it('an office edit moves the open dossiers it changes; a dry run writes nothing; removing it moves them back', async () => {
    const file = await initLedger(tempFolder());
    const session = openLedgerSession(file, { actor: ACTOR });
    try {
      const a = logOld(session, '2026-12-01 09:00'); // Tue → Fri 04/12 on every edition
      const ended = logOld(session, '2026-11-30 09:00', { endedOn: '2026-12-01' });
      expect(dueOf(session, a.id).due).toBe('2026-12-04');
      const edit = session.calendarEdits.add({ date: '2026-12-03', kind: 'off', reason: 'Nghỉ do bão số 15' }, { actor: ACTOR });
      session.invalidate();
      const preview = recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan', dryRun: true });
      expect(preview.moved.map((m) => [m.code, isoFromDay(m.newDue!)])).toEqual([
        [a.code, '2026-12-07'],
        [ended.code, '2026-12-04'],
      ]);
      expect(dueOf(session, a.id).due).toBe('2026-12-04');

      const applied = recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' });
      expect(applied.moved).toHaveLength(2);
      expect(dueOf(session, a.id)).toEqual({ base: '2026-12-07', due: '2026-12-07' });
      const reason = session.history.listForDossier(a.id).at(-1)?.changes.reason?.[1];
      expect(reason).toBe('Hạn trả đổi từ 04/12/2026 sang 07/12/2026 do thay đổi lịch làm việc của cơ quan: 03/12/2026 thành ngày nghỉ (Nghỉ do bão số 15)');
      expect(followCalendar(session)).toBeNull();

      session.calendarEdits.remove(edit.id, { actor: ACTOR });
      session.invalidate();
      expect(recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' }).moved).toHaveLength(2);
      expect(dueOf(session, a.id).due).toBe('2026-12-04');
    } finally {
      session.close();
    }
  });

  it('a pause is recounted on the new calendar, and a dossier waiting for the citizen keeps no date', async () => {
    const file = await initLedger(tempFolder());
    const session = openLedgerSession(file, { actor: ACTOR });
    try {
      const paused = logOld(session, '2026-11-30 09:00'); // due Thu 03/12
      // Asked on Tue 01/12, documents back Fri 04/12: 3 working days waited → Tue 08/12.
      session.dossiers.update(paused.id, { supplements: [{ requestedOn: dayFromIso('2026-12-01'), returnedOn: dayFromIso('2026-12-04') }], dueDay: dayFromIso('2026-12-08') }, { actor: ACTOR });
      const waiting = logOld(session, '2026-11-30 10:00');
      session.dossiers.update(waiting.id, { supplements: [{ requestedOn: dayFromIso('2026-12-01'), returnedOn: null }], dueDay: null }, { actor: ACTOR });
      session.calendarEdits.add({ date: '2026-12-02', kind: 'off', reason: 'Nghỉ do bão' }, { actor: ACTOR });
      session.invalidate();
      const result = recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' });
      // 02/12 off: base Thu 03/12 → Fri 04/12; waited 03, 04 (2 working days) → Tue 08/12.
      expect(dueOf(session, paused.id)).toEqual({ base: '2026-12-04', due: '2026-12-08' });
      expect(dueOf(session, waiting.id)).toEqual({ base: '2026-12-04', due: null });
      expect(result.moved.map((m) => m.code).sort()).toEqual([paused.code, waiting.code].sort());
    } finally {
      session.close();
    }
  });
});
