import { existsSync } from 'node:fs';
import { defaultOfficeName, placeFromUnitName } from '../../../shared/office/office-name';
import { vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { periodRuleOf } from '../period-args';

export function runInit(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      'unit-name': { type: 'string' },
      'unit-code': { type: 'string' },
      'receiving-unit': { type: 'string' },
      'parent-body': { type: 'string' },
      place: { type: 'string' },
      desk: { type: 'string' },
      'extra-days': { type: 'string' },
      'period-rule': { type: 'string' },
      'office-name': { type: 'string' },
      'online-next-day': { type: 'string' },
      force: { type: 'boolean' },
    },
    'init',
  );
  const file = requireString(args, 'db', 'init');
  const unitName = requireString(args, 'unit-name', 'init');
  if (existsSync(file) && !flag(args, 'force')) {
    throw new CliError(`Tệp "${file}" đã có. Không tạo đè lên sổ đang có; hãy chọn tên tệp khác.`);
  }
  const numberOption = (name: string): number | undefined => {
    const text = optionalString(args, name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new CliError(`--${name} phải là số nguyên (đang là "${text}").`, 2);
    return n;
  };
  const periodRule = periodRuleOf(args);
  const onlineNextDay = optionalString(args, 'online-next-day');
  if (onlineNextDay !== undefined && onlineNextDay !== 'on' && onlineNextDay !== 'off') {
    throw new CliError('--online-next-day chỉ nhận on hoặc off.', 2);
  }
  const placeName = optionalString(args, 'place') ?? placeFromUnitName(unitName);
  const officeName = optionalString(args, 'office-name')?.trim() || defaultOfficeName(unitName, placeName, vietnamLocalFromEpoch(io.now()).day);
  const session = openLedgerSession(file, { actor: cliActor(), mustExist: false });
  try {
    const ctx = { actor: session.actor };
    session.settingsRepository.update(
      {
        unitName,
        unitCode: optionalString(args, 'unit-code') ?? '',
        receivingUnit: optionalString(args, 'receiving-unit') ?? '',
        parentBody: optionalString(args, 'parent-body') ?? '',
        placeName,
        officeName,
        ...(onlineNextDay !== undefined ? { onlineNextDayStart: onlineNextDay === 'on' } : {}),
        ...(numberOption('desk') !== undefined ? { deskNumber: numberOption('desk') } : {}),
        ...(numberOption('extra-days') !== undefined ? { extraWorkingDays: numberOption('extra-days') } : {}),
        ...(periodRule ? { periodRule } : {}),
      },
      ctx,
    );
    const seeded = session.catalogue.seedDefault(ctx);
    io.out(`Đã tạo sổ "${file}" cho ${unitName} (${officeName}): ${seeded} thủ tục trong danh mục mặc định, lịch làm việc 2023–2026.`);
  } finally {
    session.close();
  }
}
