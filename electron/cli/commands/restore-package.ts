// `restore-package`: a new ledger from a full package (a new PC, or a PC that died).
import { restoreFromPackage } from '../../handoff';
import { cliActor } from '../actor';
import { optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { asCliErrors, passphraseFrom, readPackageFile } from './package-options';

export async function runRestorePackage(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, 'passphrase-file': { type: 'string' }, desk: { type: 'string' } }, 'restore-package');
  const target = requireString(args, 'db', 'restore-package');
  const [packageFile, ...extra] = args.positionals;
  if (!packageFile || extra.length > 0) throw new CliError('Lệnh "restore-package" cần đúng một tệp gói đầy đủ.', 2);
  const passphrase = passphraseFrom(args);
  if (passphrase === null) throw new CliError('Gói đầy đủ được mã hóa: cần --passphrase-file TỆP chứa mật khẩu.', 2);
  const deskText = optionalString(args, 'desk');
  const deskNumber = deskText === undefined ? undefined : Number(deskText);
  if (deskNumber !== undefined && !Number.isInteger(deskNumber)) throw new CliError(`--desk phải là số nguyên (đang là "${deskText}").`, 2);
  const bytes = readPackageFile(packageFile);
  const result = await asCliErrors(() => restoreFromPackage(bytes, { target, passphrase, actor: cliActor(), at: new Date(io.now()), deskNumber }));
  io.out(`Đã khôi phục sổ "${result.file}" cho ${result.unitName || result.unitCode}: ${result.dossiers} hồ sơ, ${result.historyEvents} sự kiện lịch sử.`);
  io.out(`Khóa ký của đơn vị được giữ nguyên: dấu vân tay ${result.fingerprint}.`);
}
