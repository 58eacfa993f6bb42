// The "Liên thông" column of a province's list lands in the dossier's history: in the first event of a
// dossier it brings, in an event of its own for a dossier logged here that the list is matched with;
// importing the same list again adds nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../electron/api/presenters/timeline';
import { createInterconnectionRepository } from '../../electron/ledger';
import { logDossier } from '../../electron/services/dossier-intake';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { dayFromIso } from '../../shared/time/day';
import { cli, initLedger, tempFolder } from '../cli/helpers';
import { intakeInput } from '../support/intake-input';

const LIST = [
  'DANH SÁCH HỒ SƠ',
  'STT;Số hồ sơ;Mã TTHC;Kênh tiếp nhận;Ngày nhận;Tình trạng;Chủ hồ sơ;Số CCCD;Liên thông',
  '1;000.00.21.H57-240305-0201;1.001193;Trực tiếp;05/03/2024 09:00;Đang xử lý;Nguyễn Văn An;001090000001;Công an huyện',
  '2;000.00.21.H57-240305-0202;1.004873;Trực tiếp;05/03/2024 10:00;Đang xử lý;Trần Thị Bình;001090000002;Bảo hiểm xã hội huyện',
].join('\r\n');

describe('liên thông from a province list, in the history', () => {
  it('keeps the target in the first event of a new dossier and in an event of a matched one', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const session = openLedgerSession(db, { actor: 'Bàn 1' });
    const logged = logDossier(
      session,
      intakeInput('1.001193', { day: dayFromIso('2024-03-05'), minute: 9 * 60 }, 'Nguyễn Văn An', { idNumber: '001090000001' }),
      { day: dayFromIso('2024-03-05'), minute: 17 * 60 },
    );
    session.close();

    const file = join(folder, 'tinh.csv');
    writeFileSync(file, LIST);
    const run = await cli('import', '--db', db, file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ghép với hồ sơ đã có 1');
    const again = await cli('import', '--db', db, file);
    expect(again.code, again.stderr).toBe(0);

    const s = openLedgerSession(db, { actor: 't' });
    try {
      const matched = s.dossiers.getById(logged.id);
      const fresh = s.dossiers.getByCode('000.00.21.H57-240305-0202');
      expect(matched && fresh).toBeTruthy();
      if (!matched || !fresh) return;
      const targets = createInterconnectionRepository(s.db).targetsOf([matched.id, fresh.id]);
      expect(targets.get(matched.id)).toBe('Công an huyện');
      expect(targets.get(fresh.id)).toBe('Bảo hiểm xã hội huyện');

      const freshTimeline = timelineOf(s.history.listForDossier(fresh.id));
      expect(freshTimeline).toHaveLength(1);
      expect(freshTimeline[0]?.details).toContain('Liên thông đến: Bảo hiểm xã hội huyện');

      const matchedTimeline = timelineOf(s.history.listForDossier(matched.id));
      const events = matchedTimeline.filter((e) => e.details.some((d) => d.startsWith('Liên thông đến')));
      // one event only, although the list was imported twice
      expect(events.map((e) => [e.action, e.details.filter((d) => d.startsWith('Liên thông'))])).toEqual([['import_update', ['Liên thông đến: Công an huyện']]]);
    } finally {
      s.close();
    }
  });
});
