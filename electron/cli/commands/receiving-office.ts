// The identities of the handoff: `unit-key` shows the unit's key fingerprint (creating the key at first
// use) for the receiving office to register; `receiving-office` turns a ledger into the receiving office's;
// `register-unit` registers a unit's fingerprint there (or another desk's key of this unit).
import { ledgerRole, listRegisteredUnits, registerSendingUnit, setReceivingOffice, unitIdentity } from '../../handoff';
import { viInstant } from '../../reliability/vi-time';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';
import { asCliErrors } from './package-options';

export function runUnitKey(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' } }, 'unit-key');
  const session = openLedgerSession(requireString(args, 'db', 'unit-key'), { actor: cliActor() });
  try {
    const identity = unitIdentity(session, { create: true, at: new Date(io.now()) });
    if (!identity) throw new Error('unit key not created');
    io.out(`Đơn vị: ${identity.unitName || '(chưa khai báo tên)'} — mã ${identity.unitCode || '(chưa khai báo)'}`);
    io.out(`Dấu vân tay khóa ký: ${identity.fingerprint}`);
    io.out('Hãy đọc dấu vân tay này cho đơn vị nhận báo cáo để họ đăng ký (lệnh register-unit ở máy của họ).');
  } finally {
    session.close();
  }
}

export function runReceivingOffice(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, off: { type: 'boolean' } }, 'receiving-office');
  const session = openLedgerSession(requireString(args, 'db', 'receiving-office'), { actor: cliActor() });
  try {
    setReceivingOffice(session, !flag(args, 'off'), new Date(io.now()));
    io.out(
      ledgerRole(session) === 'receiving_office'
        ? 'Sổ này nay là sổ của đơn vị nhận báo cáo: nhận gói báo cáo của các đơn vị đã đăng ký và tổng hợp Biểu 06.'
        : 'Sổ này nay là sổ của một đơn vị: nhận gói đầy đủ của các máy cùng đơn vị.',
    );
  } finally {
    session.close();
  }
}

export async function runRegisterUnit(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, 'unit-code': { type: 'string' }, fingerprint: { type: 'string' }, 'unit-name': { type: 'string' }, list: { type: 'boolean' } },
    'register-unit',
  );
  const session = openLedgerSession(requireString(args, 'db', 'register-unit'), { actor: cliActor() });
  try {
    if (!flag(args, 'list')) {
      const unit = await asCliErrors(() =>
        registerSendingUnit(
          session,
          { unitCode: requireString(args, 'unit-code', 'register-unit'), fingerprint: requireString(args, 'fingerprint', 'register-unit'), unitName: optionalString(args, 'unit-name') },
          new Date(io.now()),
        ),
      );
      io.out(`Đã đăng ký đơn vị mã ${unit.unitCode}${unit.unitName ? ` (${unit.unitName})` : ''} với dấu vân tay khóa ${unit.fingerprint}.`);
    }
    for (const u of listRegisteredUnits(session)) {
      io.out(`  ${u.unitCode}\t${u.fingerprint}\t${u.unitName}\t${u.how === 'registered' ? 'đăng ký' : 'tin cậy từ gói đầu tiên'} lúc ${viInstant(Date.parse(u.registeredAt))}`);
    }
  } finally {
    session.close();
  }
}
