// Importing a rules update at a commune: verify the file (container, signature, checksums), accept it
// only from a registered receiving office's key, check the content, then plan it against the ledger.
// The dry run applies the plan inside a transaction — calendar edits, schedule notices, catalogue versions, the new rule for
// open dossiers received since a changed version's first day, the due dates the calendar changes move
// (services/due-date-recompute) — reads back what changed, and rolls it all back; the import does the same
// and commits, recording the package. A package already imported (or whose changes are all already in
// the ledger) writes nothing at all.
import { createHash } from 'node:crypto';
import { type MovedDossier, recomputeDueDates } from '../services/due-date-recompute';
import type { LedgerSession } from '../services/ledger-session';
import { PackageRefusedError } from './errors';
import type { Manifest } from './manifest';
import { partOpener, readPackage } from './package-reader';
import { type RulesAuthority, authorityOf } from './rules-authorities';
import type { RulesUpdateContent } from './rules-update-content';
import { parseRulesPart } from './rules-update-content';
import { RULES_PART } from './rules-update-export';
import { type RuleChangedDossier, applyNewRulesToOpenDossiers } from './rules-update-dossiers';
import { type RulesPlan, applyRulesPlan, planRulesUpdate, planWrites } from './rules-update-plan';
import { readRole } from './unit-identity';

export interface RulesUpdateSummary {
  packageId: string;
  sha256: string;
  fileName: string;
  title: string;
  createdAt: string;
  sender: { unitCode: string; unitName: string; fingerprint: string };
  authority: RulesAuthority;
}

export interface RulesUpdatePreview {
  summary: RulesUpdateSummary;
  /** When this very package was imported already (nothing will be written). */
  alreadyImported: { importedAt: string; importedBy: string } | null;
  plan: RulesPlan;
  /** Open dossiers received on or after a changed version's first day: they take its rule. */
  ruleChanged: RuleChangedDossier[];
  /** Dossiers whose stored due date the calendar changes move (services/due-date-recompute: open ones, and ended ones outside signed periods). */
  moved: MovedDossier[];
  writes: boolean;
  /** Identifies exactly what was previewed: the import refuses when it would do something else. */
  planDigest: string;
}

export interface RulesImportOptions {
  fileName?: string;
  /** Called once the package is opened and checked, just before the writing transaction begins. */
  beforeWrite?: () => void;
}

interface OpenedRulesUpdate {
  manifest: Manifest;
  sha256: string;
  authority: RulesAuthority;
  content: RulesUpdateContent;
}

function openRulesUpdate(session: LedgerSession, bytes: Uint8Array): OpenedRulesUpdate {
  const pkg = readPackage(bytes);
  const m = pkg.manifest;
  if (m.kind !== 'rules_update') {
    throw new PackageRefusedError('wrong_kind', 'Đây không phải gói cập nhật quy định: gói báo cáo và gói đầy đủ được nhập ở Bàn giao USB › Nhập gói (lệnh import-package).');
  }
  if (readRole(session.db) === 'receiving_office') {
    throw new PackageRefusedError('wrong_kind', 'Sổ này là sổ của đơn vị nhận báo cáo: gói cập nhật quy định được nhập ở sổ của các xã.');
  }
  const authority = authorityOf(session.db, m);
  const content = parseRulesPart(partOpener(pkg, null).bytes(RULES_PART));
  return { manifest: m, sha256: pkg.sha256, authority, content };
}

const actorOf = (session: LedgerSession, m: Manifest) => `${session.actor} (gói cập nhật quy định của ${m.sender.unit_name || m.sender.unit_code})`;

function digestOf(plan: RulesPlan): string {
  const essence = {
    calendar: plan.calendar.map((c) => [c.date, c.action, c.kind, c.reason]),
    schedules: plan.schedules.map((n) => [n.year, n.action, n.notice]),
    procedures: plan.procedures.map((p) => [p.code, p.action, p.effectiveFrom]),
  };
  return createHash('sha256').update(JSON.stringify(essence)).digest('hex');
}

function alreadyImported(session: LedgerSession, packageId: string): RulesUpdatePreview['alreadyImported'] {
  const row = session.db
    .prepare<[string], { imported_at: string; imported_by: string }>('SELECT imported_at, imported_by FROM rules_updates WHERE package_id = ?')
    .get(packageId);
  return row ? { importedAt: row.imported_at, importedBy: row.imported_by } : null;
}

class DryRun {
  constructor(readonly preview: RulesUpdatePreview) {}
}

function run(session: LedgerSession, bytes: Uint8Array, options: RulesImportOptions & { at: Date }, commit: boolean, expected?: string): RulesUpdatePreview {
  const opened = openRulesUpdate(session, bytes);
  const m = opened.manifest;
  const summary: RulesUpdateSummary = {
    packageId: m.package_id,
    sha256: opened.sha256,
    fileName: options.fileName ?? '',
    title: opened.content.title,
    createdAt: m.created_at,
    sender: { unitCode: m.sender.unit_code, unitName: m.sender.unit_name, fingerprint: m.sender.fingerprint },
    authority: opened.authority,
  };
  const work = session.db.transaction((): RulesUpdatePreview => {
    const already = alreadyImported(session, m.package_id);
    const planned = planRulesUpdate(session, opened.content);
    const planDigest = digestOf(planned);
    if (expected !== undefined && expected !== planDigest) {
      throw new PackageRefusedError('invalid_content', 'Sổ đã thay đổi từ lúc xem trước: những gì gói sẽ làm nay khác với bản xem trước. Hãy xem trước lại.');
    }
    const writes = already === null && planWrites(planned);
    if (!writes) return { summary, alreadyImported: already, plan: planned, ruleChanged: [], moved: [], writes, planDigest };
    const plan = applyRulesPlan(session, planned, actorOf(session, m), options.at);
    const cause = `gói cập nhật quy định "${opened.content.title}" của ${m.sender.unit_name || m.sender.unit_code}`;
    const ruleChanged = applyNewRulesToOpenDossiers(session, plan.procedures, cause, { actor: session.actor, at: options.at });
    const moved = recomputeDueDates(session, { cause, at: options.at }).moved;
    const preview = { summary, alreadyImported: already, plan, ruleChanged, moved, writes, planDigest };
    if (!commit) throw new DryRun(preview);
    session.db
      .prepare(
        `INSERT INTO rules_updates(package_id, package_sha256, package_created_at, title, sender_unit_code, sender_unit_name, fingerprint, changes, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.package_id,
        opened.sha256,
        m.created_at,
        opened.content.title,
        m.sender.unit_code,
        m.sender.unit_name,
        m.sender.fingerprint,
        JSON.stringify({ calendar: plan.calendar, schedules: plan.schedules, procedures: plan.procedures.map(({ version: _v, ...rest }) => rest), ruleChanged, moved }),
        options.at.toISOString(),
        session.actor,
      );
    return preview;
  });
  if (commit) options.beforeWrite?.();
  try {
    return work.immediate();
  } catch (error) {
    if (error instanceof DryRun) return error.preview;
    throw error;
  } finally {
    session.invalidate();
  }
}

/** The dry run: everything the import would do, computed in a transaction that is rolled back. */
export function previewRulesUpdate(session: LedgerSession, bytes: Uint8Array, options: RulesImportOptions & { at?: Date } = {}): RulesUpdatePreview {
  return run(session, bytes, { ...options, at: options.at ?? new Date() }, false);
}

/**
 * Imports the package in one transaction. With `expected` (the preview's planDigest) it refuses when the
 * ledger changed since the preview so that the import would do something else.
 */
export function importRulesUpdate(
  session: LedgerSession,
  bytes: Uint8Array,
  options: RulesImportOptions & { at?: Date; expected?: string } = {},
): RulesUpdatePreview {
  return run(session, bytes, { ...options, at: options.at ?? new Date() }, true, options.expected);
}
