// Who the command line acts as, recorded in the history of every change it makes.
import { userInfo } from 'node:os';

export function cliActor(): string {
  try {
    return `dòng lệnh (${userInfo().username})`;
  } catch {
    return 'dòng lệnh';
  }
}
