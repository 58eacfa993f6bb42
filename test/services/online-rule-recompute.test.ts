// The online clock start is part of each dossier's rule snapshot: when the calendar changes and stored due
// dates are recomputed (due-date-recompute.ts), a dossier received under the online rule is recounted with
// it, and one received before the rule (no snapshot) is recounted as it was given — whatever the setting says.
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../shared/time/day';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { logDossier } from '../../electron/services/dossier-intake';
import { dueDateAtReception, ruleForOffice } from '../../electron/services/due-dates';
import { recomputeDueDates } from '../../electron/services/due-date-recompute';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { initLedger, tempFolder } from '../cli/helpers';
import { intakeInput } from '../support/intake-input';

const ACTOR = 'Cán bộ một cửa';
const at = (text: string) => parseLocalDateTime(text)!;

// 1.004873: 3 working days.
const intake = (received: string) => intakeInput('1.004873', at(received), 'Nguyễn Thị Hoà', { channel: 'truc_tuyen_toan_trinh' });

describe('recomputing stored due dates keeps each dossier’s online rule', () => {
  it('recounts a dossier received under the rule with it, and one received before without it', async () => {
    const session = openLedgerSession(await initLedger(tempFolder()), { actor: ACTOR });
    try {
      // Online, Fri 20/11/2026 18:00: counts from Mon 23/11 07:30; Tue 24/11 is Ngày Văn hóa → 25, 26, 27/11.
      const underRule = logDossier(session, intake('2026-11-20 18:00'), at('2026-11-23 08:00'));
      expect(underRule.rule.onlineCutoffMinute).toBe(17 * 60);
      expect(isoFromDay(underRule.baseDueDay)).toBe('2026-11-27');
      // The same reception logged before migration 012: no online rule in its snapshot → 23, 25, 26/11.
      const procedure = session.catalogue.findByCode('1.004873')!;
      const rule = ruleForOffice(session, procedure);
      const before = session.dossiers.insert(
        {
          procedureCode: procedure.code,
          procedureName: procedure.name,
          field: procedure.field,
          channel: 'truc_tuyen_toan_trinh',
          receivedAt: at('2026-11-20 18:00'),
          rule,
          baseDueDay: dueDateAtReception(session, rule, at('2026-11-20 18:00')).day,
        },
        { actor: ACTOR },
      );
      expect(isoFromDay(before.baseDueDay)).toBe('2026-11-26');

      // A typhoon closes the office on Thu 26/11/2026.
      session.calendarEdits.add({ date: '2026-11-26', kind: 'off', reason: 'Nghỉ do bão' }, { actor: ACTOR });
      session.invalidate();
      const moved = recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' }).moved;
      expect(moved.map((m) => [m.code, isoFromDay(m.newBaseDue)]).sort()).toEqual(
        [
          [underRule.code, '2026-11-30'], // 25, 27, 30/11
          [before.code, '2026-11-27'], // 23, 25, 27/11
        ].sort(),
      );
      expect(session.dossiers.getById(before.id)?.rule.onlineCutoffMinute).toBeUndefined();
    } finally {
      session.close();
    }
  });
});
