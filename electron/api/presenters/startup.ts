// The desk's start-up state and its backups as the API answers them (shared/api/startup-schemas).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupEntryView, BackupSettingsView, IntegrityCheckView, StartupProblemView, StartupView } from '../../../shared/api/startup-schemas';
import type { BackupEntry } from '../../reliability/backup-catalogue';
import { listBackups } from '../../reliability/backup-catalogue';
import { loadBackupConfig, resolvedDirectories } from '../../reliability/backup-config';
import type { StartupProblem } from '../../reliability/startup-problems';
import { viInstant } from '../../reliability/vi-time';
import type { DeskLedger, IntegrityCheck } from '../../desk/desk-ledger';

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
      return { ...base, phase: 'blocked', problems: state.diagnosis.problems.map(problemView), failure: state.failure, notes: [], lossWarnings: [] };
    case 'open': {
      const waiting = state.clock !== null && !state.clockConfirmed;
      const lossWarnings = state.losses.map((w) => ({ foundAtText: w.at > 0 ? viInstant(w.at) : '', message: w.message }));
      return { ...base, phase: waiting ? 'confirm' : 'ready', problems: state.clock && waiting ? [problemView(state.clock)] : [], failure: null, notes: state.notes, lossWarnings };
    }
    case 'upgrading':
      return { ...base, phase: 'upgrading', problems: [], failure: null, notes: [], lossWarnings: [], work: state.work };
    case 'opening':
    case 'closed':
      return { ...base, phase: 'blocked', problems: [], failure: state.kind === 'closed' ? 'Sổ dữ liệu đã đóng.' : 'Sổ dữ liệu đang được mở.', notes: [], lossWarnings: [] };
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
    lastIntegrity: integrityCheckViewOf(desk.lastIntegrityCheck()),
  };
}

export function integrityCheckViewOf(check: IntegrityCheck | null): IntegrityCheckView | null {
  if (!check) return null;
  const seconds = Math.round(check.ms / 100) / 10;
  const summary = check.ok
    ? 'Tốt: mọi trang và mọi chỉ mục của sổ đều đọc đúng.'
    : 'Sổ bị hỏng ở phần kiểm tra nhanh lúc khởi động không thấy: sổ đã tạm khóa, hãy xem hướng xử lý trên màn hình khởi động (thường là khôi phục từ bản sao lưu).';
  return { atText: viInstant(check.at), ok: check.ok, summary, detail: check.detail, seconds };
}
