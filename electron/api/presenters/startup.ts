// The desk's start-up state and its backups as the API answers them (shared/api/startup-schemas).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupEntryView, BackupSettingsView, StartupProblemView, StartupView } from '../../../shared/api/startup-schemas';
import type { BackupEntry } from '../../reliability/backup-catalogue';
import { listBackups } from '../../reliability/backup-catalogue';
import { loadBackupConfig, resolvedDirectories } from '../../reliability/backup-config';
import type { StartupProblem } from '../../reliability/startup-problems';
import { viInstant } from '../../reliability/vi-time';
import type { DeskLedger } from '../../desk/desk-ledger';

export function backupEntryView(b: BackupEntry): BackupEntryView {
  return { file: b.file, directory: b.directory, reasonLabel: b.reasonLabel, takenAtText: b.takenAtText, good: b.good, integrity: b.integrity, dossiers: b.dossiers, problem: b.problem };
}

function problemView(p: StartupProblem): StartupProblemView {
  return {
    kind: p.kind,
    severity: p.severity,
    message: p.message,
    actions: p.actions.map((a) => ({ kind: a.kind, label: a.label, backupFile: a.backupFile ?? null })),
    backups: 'backups' in p ? p.backups.map(backupEntryView) : [],
    requiredAppVersion: p.kind === 'too-new' ? p.requiredAppVersion : null,
  };
}

export function startupViewOf(desk: DeskLedger, appVersion: string): StartupView {
  const state = desk.state();
  const base = { ledgerFile: desk.file, appVersion, work: null };
  switch (state.kind) {
    case 'blocked':
      return { ...base, phase: 'blocked', problems: state.diagnosis.problems.map(problemView), failure: state.failure, notes: [] };
    case 'open': {
      const waiting = state.clock !== null && !state.clockConfirmed;
      return { ...base, phase: waiting ? 'confirm' : 'ready', problems: state.clock && waiting ? [problemView(state.clock)] : [], failure: null, notes: state.notes };
    }
    case 'upgrading':
      return { ...base, phase: 'upgrading', problems: [], failure: null, notes: [], work: state.work };
    case 'opening':
    case 'closed':
      return { ...base, phase: 'blocked', problems: [], failure: state.kind === 'closed' ? 'Sổ dữ liệu đã đóng.' : 'Sổ dữ liệu đang được mở.', notes: [] };
  }
}

export function backupSettingsViewOf(desk: DeskLedger): BackupSettingsView {
  const { config, problem } = loadBackupConfig(desk.file);
  const last = desk.lastAutomaticBackup();
  // A folder whose parent exists is created at the next backup; a missing drive is not.
  return {
    directories: config.directories,
    folders: resolvedDirectories(desk.file, config).map((path) => ({ path, available: existsSync(path) || existsSync(dirname(path)) })),
    keep: config.keep,
    problem,
    backups: listBackups(desk.file, config).map(backupEntryView),
    lastAutomatic: last ? { atText: viInstant(last.at), ok: last.ok, lines: last.lines } : null,
  };
}
