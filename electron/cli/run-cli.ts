// The command line of interchange.md §3. Each command is a module; errors reach the user in Vietnamese
// on stderr with a non-zero exit code.
import { CliError } from './cli-error';
import { runBackup } from './commands/backup';
import { runBackupConfig } from './commands/backup-config';
import { runCalendar } from './commands/calendar';
import { runCheck } from './commands/check';
import { runConflicts, runResolveConflict } from './commands/conflicts';
import { runConsolidate, runPeriodStatus } from './commands/consolidate';
import { runExportPackage } from './commands/export-package';
import { FORM_USAGE, runForm } from './commands/form';
import { runImportPackage } from './commands/import-package';
import { runReceivingOffice, runRegisterUnit, runUnitKey } from './commands/receiving-office';
import { runRestorePackage } from './commands/restore-package';
import { runImportRulesUpdate, runMakeRulesUpdate, runRulesSender } from './commands/rules-update';
import { runDeadline } from './commands/deadline';
import { runImport } from './commands/import';
import { runProvincialPending } from './commands/provincial-pending';
import { runReconcile } from './commands/reconcile';
import { runExportList } from './commands/export-list';
import { runInit } from './commands/init';
import { runOperator } from './commands/operator';
import { runReport } from './commands/report';
import { runSetPin, runSignOff } from './commands/signoff';
import { runRestore } from './commands/restore';
import { runStartupCheck } from './commands/startup-check';
import type { CliIo } from './io';
import { dbArgument, preflightLedger } from './ledger-preflight';
import { sqliteErrorText } from '../ledger/sqlite-error-text';

type Command = (argv: string[], io: CliIo) => void | Promise<void>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: { run: runInit, usage: 'init --db FILE --unit-name "UBND xã …" [--unit-code MÃ] [--receiving-unit "…"] [--desk N] [--office-name "Trung tâm Phục vụ hành chính công xã …"] [--online-next-day on|off]' },
  import: { run: runImport, usage: 'import --db FILE SỔ.csv|.xlsx|.xls [--sheet "Tên trang tính"] [--dry-run] [--update] [--profile TÊN | --mapping TỆP.json] [--save-profile TÊN] [--decide DÒNG=MÃ|moi]' },
  deadline: { run: runDeadline, usage: 'deadline --db FILE --procedure MÃ-hoặc-TÊN --received "YYYY-MM-DD HH:MM" [--channel truc_tuyen_toan_trinh] [--explain]' },
  calendar: {
    run: runCalendar,
    usage: 'calendar --db FILE [--year NĂM] | --off|--work YYYY-MM-DD --reason "…" [--dry-run] | --remove-edit SỐ [--dry-run] | --notice "Số, ngày thông báo" --year NĂM',
  },
  'provincial-pending': { run: runProvincialPending, usage: 'provincial-pending --db FILE --period 2024-Q1 [--out DS.xlsx] [--personal-data]' },
  reconcile: { run: runReconcile, usage: 'reconcile --db FILE --period 2024-Q1 BẢNG-TỈNH.xlsx [--sheet TÊN-TRANG] [--format json] [--out GHI-CHU.docx]' },
  'export-list': { run: runExportList, usage: 'export-list --db FILE --period 2024-Q1 --kind ky-truoc|truc-tuyen|truc-tuyen-dung-han|truc-tuyen-qua-han|lien-thong --out DS.xlsx [--personal-data]' },
  report: { run: runReport, usage: 'report --db FILE --period 2024-Q1 [--period-rule nd09|calendar] [--format json|pdf|xlsx|docx] [--out FILE] [--personal-data]' },
  form: { run: runForm, usage: FORM_USAGE },
  backup: { run: runBackup, usage: 'backup --db FILE --out FILE [--passphrase-file TỆP] | --auto | --list' },
  'backup-config': { run: runBackupConfig, usage: 'backup-config --db FILE [--dir THƯ-MỤC]… [--keep N]' },
  restore: { run: runRestore, usage: 'restore --db FILE --from BẢN-SAO-LƯU | --latest [--pin-file TỆP]' },
  'startup-check': { run: runStartupCheck, usage: 'startup-check --db FILE' },
  operator: { run: runOperator, usage: 'operator --db FILE [--add "Tên"] [--retire "Tên"] [--all]' },
  check: { run: runCheck, usage: 'check --db FILE [--acknowledge-missing]' },
  'set-pin': { run: runSetPin, usage: 'set-pin --db FILE --pin-file TỆP [--current-pin-file TỆP]' },
  'sign-off': { run: runSignOff, usage: 'sign-off --db FILE --period 2024-Q1 --pin-file TỆP [--signer "Họ tên"] [--period-rule nd09|calendar]' },
  'export-package': {
    run: runExportPackage,
    usage: 'export-package --db FILE --period 2024-Q1 --out GÓI [--kind report|full] [--passphrase-file TỆP] [--no-pdf]',
  },
  'import-package': { run: runImportPackage, usage: 'import-package --db FILE GÓI [--dry-run] [--passphrase-file TỆP] [--trust-new-unit]' },
  'restore-package': { run: runRestorePackage, usage: 'restore-package --db SỔ-MỚI GÓI --passphrase-file TỆP [--desk N]' },
  conflicts: { run: runConflicts, usage: 'conflicts --db FILE [--all]' },
  'resolve-conflict': { run: runResolveConflict, usage: 'resolve-conflict --db FILE --conflict SỐ --keep local|incoming' },
  'unit-key': { run: runUnitKey, usage: 'unit-key --db FILE' },
  'receiving-office': { run: runReceivingOffice, usage: 'receiving-office --db FILE [--off]' },
  'register-unit': { run: runRegisterUnit, usage: 'register-unit --db FILE --unit-code MÃ --fingerprint XXXX-XXXX-XXXX-XXXX [--unit-name "…"] | --list' },
  'period-status': { run: runPeriodStatus, usage: 'period-status --db FILE --period 2024-Q1 [--period-rule nd09|calendar]' },
  consolidate: { run: runConsolidate, usage: 'consolidate --db FILE --period 2024-Q1 [--format json|pdf|xlsx|docx] [--out FILE]' },
  'make-rules-update': { run: runMakeRulesUpdate, usage: 'make-rules-update --db FILE --from NỘI-DUNG.json --out GÓI' },
  'rules-sender': { run: runRulesSender, usage: 'rules-sender --db FILE --unit-code MÃ --fingerprint XXXX-XXXX-XXXX-XXXX [--unit-name "…"] | --list' },
  'import-rules-update': { run: runImportRulesUpdate, usage: 'import-rules-update --db FILE GÓI [--dry-run]' },
};

export function usage(): string {
  return ['Cách dùng: npm run --silent cli -- <lệnh> …', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Không có lệnh "${name}".\n${usage()}`);
    return 2;
  }
  try {
    await preflightLedger(name, rest, io);
    await command.run(rest, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    const sqliteText = sqliteErrorText(error, dbArgument(rest) ?? undefined);
    if (sqliteText !== null) {
      io.err(sqliteText);
      return 1;
    }
    if (error instanceof Error && /[À-ỹ]/u.test(error.message)) {
      // The ledger, importer and services speak Vietnamese already.
      io.err(error.message);
      return 1;
    }
    io.err(`Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 70;
  }
}
