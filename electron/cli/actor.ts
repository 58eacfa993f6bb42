// Who the command line acts as, recorded in the history of every change it makes: the desk operator
// named in SO_MOT_CUA_CAN_BO (checked against the ledger's list before the command runs), otherwise the
// computer's user name.
import { userInfo } from 'node:os';

export const OPERATOR_ENV = 'SO_MOT_CUA_CAN_BO';

export function cliActor(): string {
  const operator = process.env[OPERATOR_ENV]?.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (operator) return `${operator} (dòng lệnh)`;
  try {
    return `dòng lệnh (${userInfo().username})`;
  } catch {
    return 'dòng lệnh';
  }
}
