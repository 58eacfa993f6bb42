import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyImport } from '../../services/import-apply';
import { type ImportPlan, planImport } from '../../services/import-plan';
import { openLedgerSession } from '../../services/ledger-session';
import { createCommitStamper } from '../../reliability/commit-stamp';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

function describePlan(plan: ImportPlan, io: CliIo): void {
  for (const warning of plan.warnings) io.err(`Cảnh báo: ${warning}`);
  for (const item of plan.items.filter((i) => i.action === 'conflict')) {
    io.out(`Xung đột dòng ${item.line}: hồ sơ ${item.code} đã có trong sổ với nội dung khác:`);
    for (const d of item.differences) io.out(`  - ${d.column}: trong sổ "${d.ledger}", trong tệp "${d.file}"`);
  }
  const c = plan.counts;
  io.out(`Tệp ${plan.fileName}: ${plan.items.length + c.rejected} dòng — mới ${c.new}, không đổi ${c.unchanged}, xung đột ${c.conflict}, lỗi ${c.rejected}.`);
}

export async function runImport(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, update: { type: 'boolean' }, sheet: { type: 'string' } }, 'import');
  const sheet = optionalString(args, 'sheet');
  const file = requireString(args, 'db', 'import');
  const [ledgerFile, ...extra] = args.positionals;
  if (!ledgerFile || extra.length > 0) throw new CliError('Lệnh "import" cần đúng một tệp sổ (.csv hoặc .xlsx).', 2);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(ledgerFile);
  } catch {
    throw new CliError(`Không đọc được tệp "${ledgerFile}".`);
  }
  const session = openLedgerSession(file, { actor: cliActor() });
  try {
    const plan = await planImport(session, bytes, basename(ledgerFile), sheet === undefined ? {} : { sheet });
    describePlan(plan, io);
    if (plan.problems.length > 0) {
      for (const p of plan.problems) io.err(`Dòng ${p.line}, cột "${p.column}" (giá trị "${p.value}"): ${p.reason}`);
      throw new CliError(`Tệp có ${plan.problems.length} lỗi; không ghi hồ sơ nào vào sổ. Sửa các dòng trên rồi nhập lại.`);
    }
    if (flag(args, 'dry-run')) {
      io.out('Chạy thử (--dry-run): chưa ghi gì vào sổ.');
      return;
    }
    const stamper = createCommitStamper(session.db, file);
    const outcome = applyImport(session, plan, { update: flag(args, 'update') });
    // The mark of the last acknowledged change (reliability/commit-stamp), before the import is reported done.
    stamper.afterCommit(io.now());
    io.out(`Đã ghi: thêm mới ${outcome.inserted}, cập nhật ${outcome.updated}, không đổi ${outcome.unchanged}.`);
    if (outcome.skippedConflicts > 0) {
      io.out(`${outcome.skippedConflicts} hồ sơ xung đột chưa được cập nhật; dùng --update để ghi nội dung của tệp (lịch sử hồ sơ giữ giá trị cũ).`);
    }
  } finally {
    session.close();
  }
}
