// `conflicts` lists the dossiers changed on two desks since they last met, with both versions;
// `resolve-conflict` settles one with the version a person chose.
import { listConflicts, resolveConflict } from '../../handoff';
import { viInstant } from '../../reliability/vi-time';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { asCliErrors } from './package-options';

export function runConflicts(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, all: { type: 'boolean' } }, 'conflicts');
  const session = openLedgerSession(requireString(args, 'db', 'conflicts'), { actor: cliActor() });
  try {
    const list = listConflicts(session, { includeResolved: flag(args, 'all') });
    if (list.length === 0) {
      io.out('Không có xung đột nào đang chờ chọn.');
      return;
    }
    for (const c of list) {
      const state = c.resolution === null ? 'đang chờ chọn' : `đã giải quyết (${c.resolution === 'local' ? 'giữ bản trong sổ' : c.resolution === 'incoming' ? 'lấy bản của gói' : 'bản mới hơn đã thay'})`;
      io.out(`Xung đột số ${c.id} — hồ sơ ${c.code}, ${state}; phát hiện lúc ${viInstant(Date.parse(c.detectedAt))} khi nhập gói của ${c.source}.`);
      for (const d of c.differences) io.out(`    ${d.label}: trong sổ "${d.local}" | bản kia "${d.incoming}"`);
    }
    io.out('Chọn bằng: resolve-conflict --db SỔ --conflict SỐ --keep local (giữ bản trong sổ) | incoming (lấy bản kia).');
  } finally {
    session.close();
  }
}

export async function runResolveConflict(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, conflict: { type: 'string' }, keep: { type: 'string' } }, 'resolve-conflict');
  const id = Number(requireString(args, 'conflict', 'resolve-conflict'));
  if (!Number.isInteger(id) || id < 1) throw new CliError('--conflict phải là số của xung đột (xem lệnh conflicts).', 2);
  const keep = requireString(args, 'keep', 'resolve-conflict');
  if (keep !== 'local' && keep !== 'incoming') throw new CliError('--keep chỉ nhận local (giữ bản trong sổ) hoặc incoming (lấy bản kia).', 2);
  const session = openLedgerSession(requireString(args, 'db', 'resolve-conflict'), { actor: cliActor() });
  try {
    const record = await asCliErrors(() => resolveConflict(session, id, keep, new Date(io.now())));
    io.out(`Đã giải quyết xung đột số ${id}: hồ sơ ${record.code} ${keep === 'local' ? 'giữ bản trong sổ' : 'lấy bản kia'}, nay ở phiên bản ${record.version}; lịch sử giữ cả hai.`);
  } finally {
    session.close();
  }
}
