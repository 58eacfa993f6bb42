// `reconcile`: compare the province's statistics table for the commune with our Biểu 06 of the same
// period, cell by cell, with the dossiers behind each difference; --out writes the note (.docx, or .txt).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { renderNoteDocx } from '../../documents/docx/note-docx';
import { openLedgerSession } from '../../services/ledger-session';
import { readProvinceStatsFile, reconcile, reconciliationNote } from '../../services/reconciliation';
import { resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { PERIOD_OPTIONS, RANGE_OPTIONS, periodRequestOf } from '../period-args';

export async function runReconcile(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, ...PERIOD_OPTIONS, ...RANGE_OPTIONS, out: { type: 'string' }, format: { type: 'string' }, sheet: { type: 'string' } },
    'reconcile',
  );
  const [tableFile, ...extra] = args.positionals;
  if (!tableFile || extra.length > 0) throw new CliError('Lệnh "reconcile" cần đúng một tệp bảng thống kê của tỉnh (.xlsx, .xls hoặc .csv).', 2);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(tableFile);
  } catch {
    throw new CliError(`Không đọc được tệp "${tableFile}".`);
  }
  const session = openLedgerSession(requireString(args, 'db', 'reconcile'), { actor: cliActor() });
  try {
    const period = resolvePeriodRequest(session, periodRequestOf(args));
    const table = await readProvinceStatsFile(bytes, basename(tableFile), optionalString(args, 'sheet'));
    if (table.sheets && table.sheets.length > 1) {
      io.err(`Đã đọc bảng ở trang tính "${table.sheet}" (tệp có các trang: ${table.sheets.map((n) => `"${n}"`).join(', ')}); chọn trang khác bằng --sheet "TÊN TRANG".`);
    }
    if (table.problems.length > 0) {
      for (const p of table.problems) io.err(`Dòng ${p.line}, cột "${p.column}" (giá trị "${p.value}"): ${p.reason}`);
      throw new CliError(`Bảng thống kê có ${table.problems.length} ô không đọc được; chưa đối chiếu.`);
    }
    const result = reconcile(session, period, table);
    if (optionalString(args, 'format') === 'json') {
      io.out(JSON.stringify(result, null, 2));
    } else {
      for (const line of reconciliationNote(result, session.settings().unitName)) io.out(line);
    }
    const out = optionalString(args, 'out');
    if (out) {
      const lines = reconciliationNote(result, session.settings().unitName);
      const note = out.toLowerCase().endsWith('.docx') ? await renderNoteDocx(lines) : new TextEncoder().encode(`${lines.join('\n')}\n`);
      writeFileSync(`${out}.tmp`, note);
      renameSync(`${out}.tmp`, out);
      io.out(`Đã ghi ghi chú đối chiếu vào "${out}".`);
    }
  } finally {
    session.close();
  }
}
