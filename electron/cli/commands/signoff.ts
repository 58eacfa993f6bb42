// `set-pin` and `sign-off`: the chairman's PIN and the sign-off that freezes a period's figures.
import { readFileSync } from 'node:fs';
import { hasChairmanPin, setChairmanPin } from '../../security/chairman-pin';
import { checkChairmanPin } from '../../security/pin-lockout';
import { openLedgerSession } from '../../services/ledger-session';
import { resolvePeriodRequest } from '../../services/report-service';
import { viInstant } from '../../reliability/vi-time';
import { revisionCells } from '../../services/correction-wording';
import { emptyHeadingsOf } from '../../services/report-documents-service';
import { signOffPeriod, signoffRefusal, signoffRevisions } from '../../services/signoff-service';
import { vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, periodRuleOf } from '../period-args';

/** A PIN is read from a file (never typed on the command line, where it would stay in the shell history). */
export function readPin(file: string, label: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new CliError(`Không đọc được ${label} từ tệp "${file}".`);
  }
}

export function runSetPin(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, 'pin-file': { type: 'string' }, 'current-pin-file': { type: 'string' } }, 'set-pin');
  const session = openLedgerSession(requireString(args, 'db', 'set-pin'), { actor: cliActor() });
  try {
    const pin = readPin(requireString(args, 'pin-file', 'set-pin'), 'mã PIN mới');
    if (hasChairmanPin(session.db)) {
      const currentFile = optionalString(args, 'current-pin-file');
      if (!currentFile) throw new CliError('Đã có mã PIN: cần --current-pin-file với mã PIN hiện tại để đổi.', 2);
      // The same lock as at sign-off: five wrong PINs in a row and changing it waits five minutes.
      checkChairmanPin({
        db: session.db,
        ledgerFile: session.file,
        pin: readPin(currentFile, 'mã PIN hiện tại'),
        now: io.now(),
        refusal: 'mã PIN chưa được đổi',
      });
    }
    setChairmanPin(session.db, pin, { actor: session.actor });
    io.out('Đã đặt mã PIN của Chủ tịch.');
  } finally {
    session.close();
  }
}

export function runSignOff(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, ...PERIOD_OPTIONS, signer: { type: 'string' }, 'pin-file': { type: 'string' } },
    'sign-off',
  );
  const rule = periodRuleOf(args);
  const session = openLedgerSession(requireString(args, 'db', 'sign-off'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, { period: requireString(args, 'period', 'sign-off'), rule });
    const signer = optionalString(args, 'signer') ?? session.settings().signer.name;
    const at = new Date(io.now());
    // Refused before the PIN file is even read: a period not ended has only provisional figures.
    const refusal = signoffRefusal(period, vietnamLocalFromEpoch(at.getTime()).day);
    if (refusal) throw new CliError(refusal);
    const empty = emptyHeadingsOf(session, period);
    if (empty.length > 0) io.err(`Lưu ý: các mục chưa có nội dung sẽ không in trong báo cáo: ${empty.join('; ')}.`);
    const signed = signOffPeriod(session, period, { signerName: signer, pin: readPin(requireString(args, 'pin-file', 'sign-off'), 'mã PIN'), at });
    io.out(`Đã ký duyệt ${signed.label} (người ký: ${signed.signerName}). Số liệu kỳ này đã khóa; thay đổi sau sẽ được ghi là đính chính.`);
    for (const revision of signoffRevisions(session, signed.id)) {
      io.out(
        `Kỳ này đã được ${revision.previousSigner} ký duyệt trước đây (${viInstant(Date.parse(revision.previousSignedAt))}) nhưng chữ ký đó không còn trong sổ; ` +
          `đã ghi lần ký trước và ${revision.differences.length} ô số liệu khác nhau thành đính chính của kỳ (in trong báo cáo của kỳ).`,
      );
      for (const c of revisionCells(signed.label, revision).slice(0, 20)) io.out(`  - ${c.row}, cột ${c.column}: ${c.before} → ${c.after}`);
    }
  } finally {
    session.close();
  }
}
