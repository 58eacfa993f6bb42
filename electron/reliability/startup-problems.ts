// What the start-up check can find, each with a Vietnamese message and at least one way forward.
import type { BackupEntry } from './backup-catalogue';
import type { LatestEntry } from './latest-entry';

export type StartupActionKind =
  | 'restore-backup'
  | 'choose-backup-file'
  | 'restore-encrypted-backup'
  | 'choose-other-ledger'
  | 'create-new-ledger'
  | 'install-newer-app'
  | 'fix-clock'
  | 'confirm-clock'
  | 'read-only'
  | 'connect-backup-drive'
  | 'check-backup-settings'
  | 'free-disk-space'
  | 'check-write-permission'
  | 'recover-wal';

export interface StartupAction {
  kind: StartupActionKind;
  /** Vietnamese, a button or a step. */
  label: string;
  /** For `restore-backup`: the backup to restore. */
  backupFile?: string;
}

/**
 * blocking: the ledger cannot be opened until an action is taken;
 * confirm: it opens, but nothing may be logged until the user confirms;
 * info: shown, nothing waits for it.
 */
export type Severity = 'blocking' | 'confirm' | 'info';

interface ProblemBase {
  severity: Severity;
  message: string;
  actions: StartupAction[];
}

export type DamageKind = 'missing' | 'empty' | 'unreadable' | 'not-a-ledger' | 'corrupt';

export type StartupProblem =
  | (ProblemBase & { kind: DamageKind; detail: string[]; backups: BackupEntry[] })
  | (ProblemBase & { kind: 'too-new'; fileVersion: number; supportedVersion: number; requiredAppVersion: string | null; backups: BackupEntry[] })
  | (ProblemBase & { kind: 'clock-behind'; now: number; latestEntry: LatestEntry })
  | (ProblemBase & { kind: 'upgrade-pending'; from: number; to: number })
  | (ProblemBase & { kind: 'backup-folder-unavailable'; directory: string })
  | (ProblemBase & { kind: 'backup-config-invalid' })
  | (ProblemBase & { kind: 'disk-full' | 'read-only-ledger'; directory: string })
  | (ProblemBase & { kind: 'changes-missing'; missing: number | null });

export type StartupStatus = 'ready' | 'confirm' | 'blocked';

export interface StartupDiagnosis {
  ledgerFile: string;
  /** blocked when any problem is blocking; confirm when any needs confirming; ready otherwise. */
  status: StartupStatus;
  schemaVersion: number | null;
  dossiers: number | null;
  problems: StartupProblem[];
}

export function statusOf(problems: readonly StartupProblem[]): StartupStatus {
  if (problems.some((p) => p.severity === 'blocking')) return 'blocked';
  if (problems.some((p) => p.severity === 'confirm')) return 'confirm';
  return 'ready';
}
