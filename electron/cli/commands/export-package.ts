// `export-package`: the report package for the receiving office (default), or the full encrypted package
// for another desk or a backup (handoff.md).
import { exportFullPackage, exportReportPackage } from '../../handoff';
import { openLedgerSession } from '../../services/ledger-session';
import { resolvePeriodRequest } from '../../services/report-service';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { periodRuleOf } from '../period-args';
import { asCliErrors, passphraseFrom } from './package-options';

export async function runExportPackage(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      period: { type: 'string' },
      'period-rule': { type: 'string' },
      out: { type: 'string' },
      kind: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'no-pdf': { type: 'boolean' },
    },
    'export-package',
  );
  const kind = optionalString(args, 'kind') ?? 'report';
  if (kind !== 'report' && kind !== 'full') throw new CliError('--kind chỉ nhận report (gói báo cáo) hoặc full (gói đầy đủ).', 2);
  const rule = periodRuleOf(args);
  const out = requireString(args, 'out', 'export-package');
  const passphrase = passphraseFrom(args);
  if (kind === 'full' && passphrase === null) {
    throw new CliError('Gói đầy đủ có dữ liệu cá nhân nên luôn được mã hóa: cần --passphrase-file TỆP chứa mật khẩu.', 2);
  }
  if (kind === 'report' && passphrase !== null) {
    throw new CliError('Gói báo cáo không mang dữ liệu cá nhân và không mã hóa: bỏ --passphrase-file, hoặc dùng --kind full.', 2);
  }
  const period = optionalString(args, 'period');
  const session = openLedgerSession(requireString(args, 'db', 'export-package'), { actor: cliActor() });
  try {
    const resolved = period === undefined ? null : resolvePeriodRequest(session, { period, rule });
    const at = new Date(io.now());
    const result = await asCliErrors(() => {
      if (kind === 'full') return exportFullPackage(session, { out, passphrase: passphrase ?? '', at, period: resolved });
      if (resolved === null) throw new CliError('Lệnh "export-package" cần tham số --period cho gói báo cáo.', 2);
      return exportReportPackage(session, { out, period: resolved, at, includePdf: !flag(args, 'no-pdf') });
    });
    const what =
      result.kind === 'full'
        ? `gói đầy đủ (đã mã hóa): ${result.counts.dossiers ?? 0} hồ sơ, ${result.counts.history_events ?? 0} sự kiện lịch sử`
        : `gói báo cáo ${resolved?.label ?? ''}: ${result.counts.received ?? 0} hồ sơ nhận giải quyết, ${result.counts.late_dossiers ?? 0} hồ sơ quá hạn`;
    io.out(`Đã ghi ${what} vào "${result.file}" (${result.size} byte) và đọc lại kiểm tra: tốt.`);
    io.out(`SHA-256 của gói: ${result.sha256}`);
    io.out(`Dấu vân tay khóa của đơn vị: ${result.fingerprint}`);
  } finally {
    session.close();
  }
}
