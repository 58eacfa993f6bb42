// After a restore made from a screen of the open app (Thiết lập › Sao lưu, the first-run wizard): the ledger
// was reopened through the start-up check, so everything shown is read again.
import type { RestoreOutcomeView } from '../../shared/api/startup-schemas';
import { notify, useApp } from '../app/app-store';
import { useOperators } from '../operators/operator-store';
import { useStartup } from '../startup/startup-store';
import { useBackups } from './backup-store';

export function afterRestore(outcome: RestoreOutcomeView): void {
  useStartup.getState().restoredWith(outcome);
  void useApp.getState().load();
  void useOperators.getState().load();
  void useBackups.getState().load();
  notify(`Đã khôi phục sổ: ${outcome.dossiers} hồ sơ.`);
}
