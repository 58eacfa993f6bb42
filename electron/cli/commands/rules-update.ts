// The rules update from the receiving office (issue 10): `make-rules-update` at the province makes the
// signed package from a JSON file; `rules-sender` registers the province's key fingerprint at a commune;
// `import-rules-update` shows the dry run (days, procedures, moved dossiers) and, without --dry-run,
// imports it in one transaction.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exportRulesUpdate, importRulesUpdate, listRulesAuthorities, parseRulesSource, previewRulesUpdate, registerRulesAuthority } from '../../handoff';
import { rulesPreviewLines } from '../../handoff/rules-update-wording';
import { viInstant } from '../../reliability/vi-time';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { asCliErrors, readPackageFile } from './package-options';

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Không đọc được tệp nội dung "${file}": ${error instanceof Error && 'code' in error ? String(error.code) : 'lỗi hệ thống'}.`);
  }
}

export async function runMakeRulesUpdate(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' } }, 'make-rules-update');
  const db = requireString(args, 'db', 'make-rules-update');
  const source = requireString(args, 'from', 'make-rules-update');
  const out = requireString(args, 'out', 'make-rules-update');
  const content = await asCliErrors(() => parseRulesSource(readSource(source), basename(source)));
  const session = openLedgerSession(db, { actor: cliActor() });
  try {
    const outcome = await asCliErrors(() => exportRulesUpdate(session, content, out, new Date(io.now())));
    io.out(`Đã tạo gói cập nhật quy định ${outcome.file} (${outcome.size} byte): ${outcome.counts.calendar_days} ngày, ${outcome.counts.procedures} thay đổi thủ tục.`);
    io.out(`Dấu vân tay khóa ký: ${outcome.fingerprint}. Hãy ghi dấu vân tay này trong công văn gửi kèm gói để các xã đăng ký (lệnh rules-sender).`);
  } finally {
    session.close();
  }
}

export async function runRulesSender(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, 'unit-code': { type: 'string' }, fingerprint: { type: 'string' }, 'unit-name': { type: 'string' }, list: { type: 'boolean' } },
    'rules-sender',
  );
  const session = openLedgerSession(requireString(args, 'db', 'rules-sender'), { actor: cliActor() });
  try {
    if (!flag(args, 'list')) {
      const registration = {
        unitCode: requireString(args, 'unit-code', 'rules-sender'),
        fingerprint: requireString(args, 'fingerprint', 'rules-sender'),
        unitName: optionalString(args, 'unit-name'),
      };
      const a = await asCliErrors(() => registerRulesAuthority(session.db, registration, { actor: session.actor, at: new Date(io.now()) }));
      io.out(`Đã đăng ký ${a.unitName || `đơn vị mã ${a.unitCode}`} là nơi gửi cập nhật quy định, dấu vân tay khóa ${a.fingerprint}.`);
    }
    for (const a of listRulesAuthorities(session.db)) {
      io.out(`  ${a.unitCode}\t${a.fingerprint}\t${a.unitName}\tđăng ký lúc ${viInstant(Date.parse(a.registeredAt))} (${a.registeredBy})`);
    }
  } finally {
    session.close();
  }
}

export async function runImportRulesUpdate(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, 'dry-run': { type: 'boolean' } }, 'import-rules-update');
  const file = requireString(args, 'db', 'import-rules-update');
  const [packageFile, ...extra] = args.positionals;
  if (!packageFile || extra.length > 0) throw new CliError('Lệnh "import-rules-update" cần đúng một tệp gói.', 2);
  if (!existsSync(file)) throw new CliError(`Không tìm thấy sổ dữ liệu "${file}".`);
  const bytes = readPackageFile(packageFile);
  const session = openLedgerSession(file, { actor: cliActor() });
  try {
    const options = { fileName: basename(packageFile), at: new Date(io.now()) };
    const preview = await asCliErrors(() => previewRulesUpdate(session, bytes, options));
    for (const line of rulesPreviewLines(preview)) io.out(line);
    if (flag(args, 'dry-run')) {
      io.out('Chạy thử (--dry-run): chưa ghi gì vào sổ.');
      return;
    }
    if (!preview.writes) {
      io.out('Không có gì mới để ghi: sổ giữ nguyên.');
      return;
    }
    const outcome = await asCliErrors(() => importRulesUpdate(session, bytes, { ...options, expected: preview.planDigest }));
    const days = outcome.plan.calendar.filter((c) => c.action !== 'unchanged').length;
    const procedures = outcome.plan.procedures.filter((p) => p.action !== 'unchanged').length;
    const ruled = outcome.ruleChanged.length > 0 ? `, ${outcome.ruleChanged.length} hồ sơ áp dụng quy định mới` : '';
    io.out(`Đã nhập gói cập nhật quy định: ${days} ngày, ${procedures} thủ tục${ruled}${outcome.moved.length > 0 ? `, ${outcome.moved.length} hồ sơ đổi hạn trả` : ''}.`);
  } finally {
    session.close();
  }
}
