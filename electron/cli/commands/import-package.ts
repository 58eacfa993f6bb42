// `import-package`: verify a package, show what importing it would do, and (without --dry-run) import it
// in one transaction (handoff.md).
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { importPackage, previewPackageImport } from '../../handoff';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { asCliErrors, passphraseFrom, readPackageFile } from './package-options';
import { previewLines } from './package-preview-text';

export async function runImportPackage(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'passphrase-file': { type: 'string' }, 'trust-new-unit': { type: 'boolean' } },
    'import-package',
  );
  const file = requireString(args, 'db', 'import-package');
  const [packageFile, ...extra] = args.positionals;
  if (!packageFile || extra.length > 0) throw new CliError('Lệnh "import-package" cần đúng một tệp gói.', 2);
  if (!existsSync(file)) {
    throw new CliError(`Không tìm thấy sổ dữ liệu "${file}". Để dựng sổ mới từ một gói đầy đủ (máy mới), dùng lệnh restore-package.`);
  }
  const bytes = readPackageFile(packageFile);
  const options = { fileName: basename(packageFile), passphrase: passphraseFrom(args), trustNewUnit: flag(args, 'trust-new-unit') };
  const session = openLedgerSession(file, { actor: cliActor() });
  try {
    const preview = await asCliErrors(() => previewPackageImport(session, bytes, options));
    for (const line of previewLines(preview)) io.out(line);
    if (flag(args, 'dry-run')) {
      io.out('Chạy thử (--dry-run): chưa ghi gì vào sổ.');
      return;
    }
    const outcome = await asCliErrors(() => importPackage(session, bytes, { ...options, expected: preview.counts, at: new Date(io.now()) }));
    if (outcome.batchId === null) {
      io.out('Không có gì mới để ghi: sổ giữ nguyên.');
      return;
    }
    const c = outcome.counts;
    io.out(`Đã nhập gói: thêm mới ${c.new}, cập nhật ${c.updated}, không đổi ${c.unchanged}, xung đột ${c.conflict}, từ chối ${c.rejected}.`);
    if (c.conflict > 0) {
      io.out('Các hồ sơ xung đột giữ nguyên bản trong sổ; bản của gói được lưu lại. Xem bằng lệnh conflicts và chọn bằng lệnh resolve-conflict.');
    }
  } finally {
    session.close();
  }
}
