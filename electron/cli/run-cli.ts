// The command line of interchange.md §3. Each command is a module; errors reach the user in Vietnamese
// on stderr with a non-zero exit code.
import { CliError } from './cli-error';
import { runBackup } from './commands/backup';
import { runCheck } from './commands/check';
import { runDeadline } from './commands/deadline';
import { runImport } from './commands/import';
import { runInit } from './commands/init';
import { runReport } from './commands/report';
import type { CliIo } from './io';

type Command = (argv: string[], io: CliIo) => void | Promise<void>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: { run: runInit, usage: 'init --db FILE --unit-name "UBND xã …" [--unit-code MÃ] [--receiving-unit "…"] [--desk N]' },
  import: { run: runImport, usage: 'import --db FILE SỔ.csv|.xlsx [--dry-run] [--update]' },
  deadline: { run: runDeadline, usage: 'deadline --db FILE --procedure MÃ --received "YYYY-MM-DD HH:MM" [--explain]' },
  report: { run: runReport, usage: 'report --db FILE --period 2024-Q1 [--period-rule nd09|calendar] [--format json|pdf|xlsx|docx] [--out FILE] [--personal-data]' },
  backup: { run: runBackup, usage: 'backup --db FILE --out FILE' },
  check: { run: runCheck, usage: 'check --db FILE' },
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
    await command.run(rest, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
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
