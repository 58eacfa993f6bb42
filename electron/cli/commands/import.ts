import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyImport } from '../../services/import-apply';
import { type ImportPlan, planImport } from '../../services/import-plan';
import { openLedgerSession } from '../../services/ledger-session';
import { createCommitStamper } from '../../reliability/commit-stamp';
import { type ForeignMapping, parseForeignMapping } from '../../import/foreign';
import { loadImportProfile, mappingOfReading, saveImportProfile } from '../../services/import-profiles';
import { NEW_DOSSIER_DECISION } from '../../services/import-plan-provincial';
import { isNationalProcedureCode } from '../../../shared/catalogue/procedure-code';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { resolveMappingProcedures } from '../mapping-procedures';

/** How a foreign list was read: the header found, what each column became, the procedures to confirm. */
function describeForeign(plan: ImportPlan, io: CliIo): void {
  const foreign = plan.foreign;
  if (!foreign) return;
  const encoding = foreign.encoding === 'windows-1258' ? ' (bảng mã Windows-1258, đã chuyển sang Unicode)' : '';
  io.out(`Tệp không theo mẫu sổ: đọc theo dòng tiêu đề ${foreign.headerLines.join('–')}${encoding}. Ghép cột:`);
  for (const column of foreign.columns) {
    if (column.header === '') continue;
    const target = column.key === null ? 'chưa ghép (bỏ qua)' : column.key;
    io.out(`  - cột ${column.index + 1} "${column.header}" → ${target}${column.samples.length > 0 ? ` — ví dụ: ${column.samples.map((s) => `"${s}"`).join(', ')}` : ''}`);
  }
  for (const suggestion of plan.procedureSuggestions) {
    // A procedure without a national code by its name alone: its key in the ledger is never shown.
    const best = suggestion.candidates.map((c) => (isNationalProcedureCode(c.code) ? `${c.code} "${c.name}"` : `"${c.name}" (chưa có mã quốc gia: ghi tên)`)).join('; ');
    io.out(
      `Thủ tục "${suggestion.name}" (${suggestion.lines.length} dòng) không trùng tên trong danh mục${best ? `; gần nhất: ${best}` : ''}. ` +
        'Xác nhận bằng tệp ghép cột: "procedures": { "tên như trong tệp": "mã TTHC hoặc tên thủ tục trong danh mục" }.',
    );
  }
}

function readMappingFile(path: string): ForeignMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Không đọc được tệp ghép cột "${path}".`);
  }
  const parsed = parseForeignMapping(text, basename(path));
  if (!parsed.ok) throw new CliError(parsed.reason);
  return parsed.mapping;
}

/** Rows of the province's list matched with dossiers logged here, and those waiting for a decision. */
function describeMatches(plan: ImportPlan, io: CliIo): void {
  for (const item of plan.items) {
    const candidates = item.candidates ?? [];
    if (item.action === 'linked') {
      const existing = candidates[0]?.code ?? '';
      io.out(`Dòng ${item.line}: hồ sơ ${item.code} của hệ thống tỉnh là hồ sơ đã ghi tại đây${existing ? ` ${existing}` : ''}: ghi mã tỉnh, không ghi thêm hồ sơ.`);
      if (item.differences.length > 0) io.out('  Nội dung khác nhau (giữ bản trong sổ; dùng --update để ghi theo tệp):');
      for (const d of item.differences) io.out(`  - ${d.column}: trong sổ "${d.ledger}", trong tệp "${d.file}"`);
    }
    if (item.action !== 'undecided') continue;
    io.out(`Dòng ${item.line}: hồ sơ ${item.code} có thể là hồ sơ đã ghi tại đây — cần quyết định:`);
    for (const c of candidates) {
      const by = c.by === 'so_dinh_danh' ? 'trùng số định danh' : 'chỉ trùng họ tên';
      io.out(`  - ${c.code}, tiếp nhận ${c.receivedAt}, người nộp "${c.applicantName}" (${by})`);
    }
    io.out(`  Chọn bằng --decide ${item.line}=MÃ_HỒ_SƠ (cùng một hồ sơ) hoặc --decide ${item.line}=${NEW_DOSSIER_DECISION} (hồ sơ khác).`);
  }
}

function decisionsOf(values: string[] | undefined): Record<string, string> {
  const decisions: Record<string, string> = {};
  for (const value of values ?? []) {
    const match = /^(\d+)=(.+)$/.exec(value.trim());
    if (!match) throw new CliError(`--decide "${value}" không đúng dạng DÒNG=MÃ_HỒ_SƠ hoặc DÒNG=${NEW_DOSSIER_DECISION}.`, 2);
    decisions[match[1] ?? ''] = (match[2] ?? '').trim();
  }
  return decisions;
}

function describePlan(plan: ImportPlan, io: CliIo): void {
  describeForeign(plan, io);
  describeMatches(plan, io);
  for (const warning of plan.warnings) io.err(`Cảnh báo: ${warning}`);
  for (const item of plan.items.filter((i) => i.action === 'conflict')) {
    io.out(`Xung đột dòng ${item.line}: hồ sơ ${item.code} đã có trong sổ với nội dung khác:`);
    for (const d of item.differences) io.out(`  - ${d.column}: trong sổ "${d.ledger}", trong tệp "${d.file}"`);
  }
  const c = plan.counts;
  const matched = c.linked + c.undecided > 0 ? `, ghép với hồ sơ đã có ${c.linked}, chờ quyết định ${c.undecided}` : '';
  io.out(`Tệp ${plan.fileName}: ${plan.items.length + c.rejected} dòng — mới ${c.new}, không đổi ${c.unchanged}, xung đột ${c.conflict}${matched}, lỗi ${c.rejected}.`);
}

export async function runImport(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      'dry-run': { type: 'boolean' },
      update: { type: 'boolean' },
      profile: { type: 'string' },
      mapping: { type: 'string' },
      'save-profile': { type: 'string' },
      decide: { type: 'string', multiple: true },
      sheet: { type: 'string' },
    },
    'import',
  );
  const profileName = optionalString(args, 'profile');
  const mappingFile = optionalString(args, 'mapping');
  if (profileName !== undefined && mappingFile !== undefined) throw new CliError('Chỉ dùng một trong hai: --profile hoặc --mapping.', 2);
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
    const mapping =
      mappingFile !== undefined
        ? resolveMappingProcedures(session, readMappingFile(mappingFile), basename(mappingFile))
        : profileName !== undefined
          ? loadImportProfile(session, profileName)
          : null;
    const decisions = decisionsOf(args.values.decide as string[] | undefined);
    const plan = await planImport(session, bytes, basename(ledgerFile), { mapping, decisions, ...(sheet === undefined ? {} : { sheet }) });
    describePlan(plan, io);
    const saveAs = optionalString(args, 'save-profile');
    if (saveAs !== undefined) {
      if (!plan.foreign) throw new CliError('Tệp theo đúng mẫu sổ nên không cần lưu mẫu ghép cột.');
      saveImportProfile(session, saveAs, mappingOfReading(plan.foreign, mapping));
      io.out(`Đã lưu mẫu ghép cột "${saveAs}": lần sau dùng --profile "${saveAs}".`);
    }
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
    const linked = outcome.linked > 0 ? `, ghép với hồ sơ đã có ${outcome.linked}` : '';
    io.out(`Đã ghi: thêm mới ${outcome.inserted}, cập nhật ${outcome.updated}, không đổi ${outcome.unchanged}${linked}.`);
    if (outcome.undecided > 0) io.out(`${outcome.undecided} dòng chờ quyết định chưa được ghi; nhập lại với --decide.`);
    if (outcome.skippedConflicts > 0) {
      io.out(`${outcome.skippedConflicts} hồ sơ xung đột chưa được cập nhật; dùng --update để ghi nội dung của tệp (lịch sử hồ sơ giữ giá trị cũ).`);
    }
  } finally {
    session.close();
  }
}
