// `form`: the one-stop forms of a dossier (Mẫu 01, 02, 04, 05) and the ledger book (Mẫu 07) as PDF files.
import { renameSync, writeFileSync } from 'node:fs';
import { parseIsoDate } from '../../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { apologyLetterPdf, ledgerBookPdf, receiptPdf, stopNoticePdf, supplementRequestPdf } from '../../services/forms-service';
import type { LedgerSession } from '../../services/ledger-session';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { type ParsedArgs, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

const KINDS = ['01', '02', '04', '05', '07'] as const;
type Kind = (typeof KINDS)[number];

export const FORM_USAGE =
  'form --db FILE --kind 01|02|04|05|07 --out FILE.pdf [--code MÃ-HỒ-SƠ] [--date YYYY-MM-DD] [--item "Giấy tờ|Lý do"]… [--reason "…"] [--from D --to D] [--volume SỐ]';

function dayOption(args: ParsedArgs, name: string, fallback: number | null): number {
  const text = optionalString(args, name);
  if (text === undefined) {
    if (fallback === null) throw new CliError(`Lệnh "form" cần tham số --${name} (YYYY-MM-DD).`, 2);
    return fallback;
  }
  const day = parseIsoDate(text);
  if (day === null) throw new CliError(`--${name} "${text}" không phải ngày hợp lệ: dùng YYYY-MM-DD.`, 2);
  return day;
}

function dossierId(session: LedgerSession, args: ParsedArgs): string {
  const code = requireString(args, 'code', 'form').trim();
  const d = session.dossiers.getByCode(code);
  if (!d) throw new CliError(`Không tìm thấy hồ sơ mã "${code}" trong sổ.`);
  return d.id;
}

function items(args: ParsedArgs): { document: string; reason: string }[] {
  const raw = args.values.item;
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return list.map((entry) => {
    const [document = '', ...rest] = entry.split('|');
    const reason = rest.join('|').trim();
    if (document.trim() === '' || reason === '') throw new CliError(`--item "${entry}" cần dạng "Tên giấy tờ|Lý do".`, 2);
    return { document: document.trim(), reason };
  });
}

async function render(session: LedgerSession, kind: Kind, args: ParsedArgs, today: number): Promise<Uint8Array> {
  switch (kind) {
    case '01':
      return receiptPdf(session, dossierId(session, args));
    case '02':
      return supplementRequestPdf(session, dossierId(session, args), { requestedOn: dayOption(args, 'date', today), items: items(args) });
    case '04':
      return apologyLetterPdf(session, dossierId(session, args), dayOption(args, 'date', today));
    case '05':
      return stopNoticePdf(session, dossierId(session, args), dayOption(args, 'date', today), optionalString(args, 'reason'));
    case '07': {
      const from = dayOption(args, 'from', null);
      const to = dayOption(args, 'to', null);
      if (to < from) throw new CliError('--to phải không trước --from.', 2);
      const volume = optionalString(args, 'volume');
      return ledgerBookPdf(session, from, to, volume ? `Quyển số: ${volume}` : '', today);
    }
  }
}

export async function runForm(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      code: { type: 'string' },
      date: { type: 'string' },
      item: { type: 'string', multiple: true },
      reason: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      volume: { type: 'string' },
    },
    'form',
  );
  const kind = requireString(args, 'kind', 'form') as Kind;
  if (!KINDS.includes(kind)) throw new CliError(`--kind chỉ nhận ${KINDS.join(', ')} (Mẫu 01, 02, 04, 05, 07).`, 2);
  const out = requireString(args, 'out', 'form');
  const session = openLedgerSession(requireString(args, 'db', 'form'), { actor: cliActor() });
  try {
    const bytes = await render(session, kind, args, vietnamLocalFromEpoch(io.now()).day);
    const temporary = `${out}.dang-ghi`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, out);
    io.out(`Đã ghi Mẫu ${kind} vào "${out}".`);
  } finally {
    session.close();
  }
}
