// `calendar`: the year's days off with the text each comes from and whether the year has an official
// schedule; an office edit (a day off or a make-up working day) with the due dates it moves (--dry-run
// shows them first); the notice of a year's schedule, so its due dates stop being provisional.
import { dayFromIso, dayFromYmd, isoFromDay, viDate, weekdayNameVi } from '../../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { yearOfDay } from '../../../shared/calendar';
import { changeCalendar } from '../../services/calendar-service';
import { type RecomputeResult, summariseMovesVi } from '../../services/due-date-recompute';
import { type LedgerSession, openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { CliError } from '../cli-error';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';

function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new CliError(`Năm "${text}" không hợp lệ (2000–2099).`, 2);
  return year;
}

function printYear(session: LedgerSession, year: number, io: CliIo): void {
  const calendar = session.calendar();
  const schedule = calendar.scheduleOf?.(year) ?? null;
  io.out(schedule ? `Lịch nghỉ chính thức năm ${year}: ${schedule.source}` : `Chưa có lịch nghỉ chính thức năm ${year}: hạn trả tính qua năm này là tạm tính.`);
  for (let d = dayFromYmd(year, 1, 1); d < dayFromYmd(year + 1, 1, 1); d += 1) {
    const s = calendar.describe(d);
    if (s.source === 'weekday' || s.source === 'weekend') continue;
    io.out(`${isoFromDay(d)}\t${weekdayNameVi(d)}\t${s.working ? 'làm việc' : 'nghỉ'}\t${s.reason}${s.basis ? `\t(${s.basis})` : ''}`);
  }
}

function printMoves(result: RecomputeResult, dryRun: boolean, io: CliIo): void {
  const verb = dryRun ? 'sẽ đổi' : 'đã đổi';
  io.out(`${result.moved.length} hồ sơ ${verb} hạn trả.`);
  for (const line of summariseMovesVi(result.moved)) io.out(`  ${line}`);
  const corrections = result.moved.filter((m) => m.correction).length;
  if (corrections > 0) io.out(`  ${corrections} hồ sơ thuộc kỳ báo cáo đã ký: ghi đính chính, liệt kê trong báo cáo kỳ sau.`);
  if (result.keptSigned > 0) io.out(`  ${result.keptSigned} hồ sơ đã kết thúc trong kỳ đã ký: giữ nguyên hạn trả.`);
}

export function runCalendar(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      year: { type: 'string' },
      off: { type: 'string' },
      work: { type: 'string' },
      reason: { type: 'string' },
      'remove-edit': { type: 'string' },
      notice: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    'calendar',
  );
  const session = openLedgerSession(requireString(args, 'db', 'calendar'), { actor: cliActor() });
  try {
    const dryRun = flag(args, 'dry-run');
    const off = optionalString(args, 'off');
    const work = optionalString(args, 'work');
    const removeEdit = optionalString(args, 'remove-edit');
    const notice = optionalString(args, 'notice');
    const year = yearOf(optionalString(args, 'year'));
    if (off !== undefined || work !== undefined) {
      const entry = { date: (off ?? work) as string, kind: off !== undefined ? ('off' as const) : ('work' as const), reason: requireString(args, 'reason', 'calendar') };
      const result = changeCalendar(session, { kind: 'add', entry }, { dryRun });
      io.out(`${dryRun ? 'Sẽ ghi' : 'Đã ghi'}: ${viDate(dayFromIso(entry.date))} là ${entry.kind === 'off' ? 'ngày nghỉ' : 'ngày làm việc'} (${entry.reason}).`);
      printMoves(result.recompute, dryRun, io);
    } else if (removeEdit !== undefined) {
      const id = Number(removeEdit);
      if (!Number.isInteger(id) || id < 1) throw new CliError(`Mã thay đổi lịch "${removeEdit}" không hợp lệ.`, 2);
      const result = changeCalendar(session, { kind: 'remove', id }, { dryRun });
      if (!result.removed) throw new CliError(`Không có thay đổi lịch số ${id} đang có hiệu lực.`, 1);
      printMoves(result.recompute, dryRun, io);
    } else if (notice !== undefined) {
      if (year === null) throw new CliError('Ghi thông báo lịch nghỉ cần --year NĂM.', 2);
      session.calendarNotices.add({ year, source: notice }, { actor: session.actor });
      session.invalidate();
      io.out(`Đã ghi thông báo lịch nghỉ năm ${year}: ${notice.trim()}`);
    } else {
      printYear(session, year ?? yearOfDay(vietnamLocalFromEpoch(io.now()).day), io);
    }
  } finally {
    session.close();
  }
}
