// The rules of the 2025 one-stop decree kept in shared/ (shared/deadline/README.md): the apology's last day,
// one new date only, stopping before a result, the supplement wording, the office's default name.
import { describe, expect, it } from 'vitest';
import { extensionRefusal, latestApologyDay, stopRefusal } from '../../shared/deadline/extension';
import { PAUSE_RULES, supplementClockSentence } from '../../shared/deadline/supplement-wording';
import { explainTrace } from '../../shared/deadline/explain';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import { communeLevel, defaultOfficeName, placeFromUnitName } from '../../shared/office/office-name';
import { isoFromDay } from '../../shared/time/day';
import { calendar, d, rule } from './helpers';

describe('the apology letter (Mẫu 04): at the latest one working day before the due date', () => {
  it('is the working day before the due date, across weekends and holidays', () => {
    expect(isoFromDay(latestApologyDay(d('2024-03-13'), calendar))).toBe('2024-03-12'); // Wednesday → Tuesday
    expect(isoFromDay(latestApologyDay(d('2024-03-11'), calendar))).toBe('2024-03-08'); // Monday → Friday
    expect(isoFromDay(latestApologyDay(d('2024-02-15'), calendar))).toBe('2024-02-07'); // after Tết 2024 → before it
    expect(isoFromDay(latestApologyDay(d('2024-05-06'), calendar))).toBe('2024-05-04'); // the make-up Saturday 04/05/2024
  });

  const open = { extension: null, dueDay: d('2024-03-11') };
  it('allows the letter on or before that day, with a new date after the due date', () => {
    expect(extensionRefusal(open, { apologyOn: d('2024-03-08'), newDue: d('2024-03-15') }, calendar)).toBeNull();
    expect(extensionRefusal(open, { apologyOn: d('2024-03-05'), newDue: d('2024-03-12') }, calendar)).toBeNull();
  });
  it('refuses a letter after that day, naming it', () => {
    expect(extensionRefusal(open, { apologyOn: d('2024-03-09'), newDue: d('2024-03-15') }, calendar)).toBe(
      'văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04) phải gửi chậm nhất 01 ngày làm việc trước hạn trả 11/03/2024, tức là chậm nhất ngày 08/03/2024',
    );
    expect(extensionRefusal(open, { apologyOn: d('2024-03-11'), newDue: d('2024-03-15') }, calendar)).toMatch(/chậm nhất ngày 08\/03\/2024/);
  });
  it('refuses a second new date and a new date not after the due date', () => {
    const extended = { extension: { newDueDay: d('2024-03-15'), apologyOn: d('2024-03-08') }, dueDay: d('2024-03-11') };
    expect(extensionRefusal(extended, { apologyOn: d('2024-03-08'), newDue: d('2024-03-20') }, calendar)).toBe(
      'hồ sơ đã được hẹn lại ngày trả một lần (ngày hẹn mới 15/03/2024); mỗi hồ sơ chỉ gia hạn một lần',
    );
    expect(extensionRefusal(open, { apologyOn: d('2024-03-08'), newDue: d('2024-03-11') }, calendar)).toBe('ngày hẹn mới phải sau hạn trả hiện tại (11/03/2024)');
    expect(extensionRefusal({ extension: null, dueDay: null }, { apologyOn: d('2024-03-08'), newDue: d('2024-03-15') }, calendar)).toMatch(/đang chờ công dân bổ sung/);
  });
});

describe('stopping at the citizen’s request (Mẫu 05): only while no decision or result exists', () => {
  it('is allowed for a pending dossier, waiting or not', () => {
    expect(stopRefusal({ endedOn: null, ending: null, returnedOn: null })).toBeNull();
  });
  it('is refused once a result exists (recorded, or only its return), and for a dossier already ended', () => {
    expect(stopRefusal({ endedOn: d('2024-03-07'), ending: 'giai_quyet', returnedOn: null })).toBe(
      'hồ sơ đã có kết quả giải quyết ngày 07/03/2024; chỉ được dừng giải quyết khi chưa có quyết định hoặc kết quả',
    );
    expect(stopRefusal({ endedOn: null, ending: null, returnedOn: d('2024-03-08') })).toMatch(/đã có kết quả giải quyết ngày 08\/03\/2024/);
    expect(stopRefusal({ endedOn: d('2024-03-06'), ending: 'rut', returnedOn: null })).toBe('hồ sơ đã kết thúc ngày 06/03/2024');
  });
});

describe('the supplement policy: one sentence per setting, matching what the engine does', () => {
  it('says pause for the default and restart for the other, never both', () => {
    expect(supplementClockSentence('subtract_waiting')).toMatch(/không tính vào thời hạn giải quyết/);
    expect(supplementClockSentence('subtract_waiting')).not.toMatch(/tính lại/);
    expect(supplementClockSentence('restart')).toMatch(/tính lại từ đầu/);
    expect(new Set(PAUSE_RULES.map(supplementClockSentence)).size).toBe(2);
  });
  it('the engine’s explanation uses the same verb as the sentence', () => {
    const pause = { requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') };
    for (const pauseRule of PAUSE_RULES) {
      const lines = explainTrace(effectiveDueDate(d('2024-03-11'), rule(5), [pause], calendar, { pauseRule }).trace).join('\n');
      if (pauseRule === 'restart') expect(lines).toContain('tính lại từ đầu');
      else expect(lines).toContain('lùi hạn 3 ngày làm việc');
    }
  });
});

describe('the office name by set-up date', () => {
  it('is the commune’s public service centre from 1/7/2025, the older name before', () => {
    expect(defaultOfficeName('UBND xã Hương Hữu', '', d('2025-07-01'))).toBe('Trung tâm Phục vụ hành chính công xã Hương Hữu');
    expect(defaultOfficeName('UBND xã Hương Hữu', '', d('2025-06-30'))).toBe('Bộ phận Tiếp nhận và Trả kết quả');
    expect(defaultOfficeName('Ủy ban nhân dân phường Thuận Hóa', '', d('2026-12-03'))).toBe('Trung tâm Phục vụ hành chính công phường Thuận Hóa');
    expect(defaultOfficeName('UBND đặc khu Phú Quốc', 'Phú Quốc', d('2026-12-03'))).toBe('Trung tâm Phục vụ hành chính công đặc khu Phú Quốc');
  });
  it('reads the place and the level from the unit’s name', () => {
    expect(placeFromUnitName('UBND xã Hương Hữu')).toBe('Hương Hữu');
    expect(placeFromUnitName('Trung tâm Phục vụ hành chính công xã Hương Hữu')).toBe('Hương Hữu');
    expect(communeLevel('UBND thị trấn Khe Tre')).toBe('xã'); // no thị trấn since 1/7/2025
    expect(communeLevel('Hương Hữu')).toBe('xã');
  });
});
