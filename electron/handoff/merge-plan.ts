// What merging another desk's dossiers would do, decided without writing (handoff.md): each dossier of the
// package is new, updated, unchanged, conflicting or rejected, with the reason. Dossiers are matched by
// their stable id only — never by a similar code, name or date.
import type Database from 'better-sqlite3';
import type { DossierRow } from '../ledger/dossier-row';
import { createConflictStore } from './conflict-store';
import type { PackageDossier, PackageEvent } from './dossier-content';
import { type DossierDifference, differencesOf, sameContent } from './dossier-differences';
import { createDossierStore } from './dossier-store';
import { type Relation, eventId, lineageHash, lineageOf, relate } from './lineage';

export type DossierAction = 'new' | 'updated' | 'unchanged' | 'conflict' | 'rejected';

export interface DossierPlanItem {
  dossierId: string;
  code: string;
  action: DossierAction;
  /** Why, in Vietnamese. */
  reason: string;
  localVersion: number | null;
  incomingVersion: number;
  /** For `updated` and `conflict`: what differs between the ledger's copy and the package's. */
  differences: DossierDifference[];
  incoming: PackageDossier;
  /** The package's events the ledger does not have, in the package's order. */
  missingEvents: PackageEvent[];
  /** How the package's history relates to the ledger's (null when the ledger does not have the dossier). */
  relation: Relation | null;
  /** For `conflict`: the lineage hash of the package's version, and whether it is already listed. */
  conflict: { lineage: string; alreadyListed: number | null; supersedes: number[] } | null;
}

export type MergeCounts = Record<DossierAction, number>;

function contiguous(d: PackageDossier): boolean {
  const versions = d.events.map((e) => e.version);
  return versions.every((v, i) => v === i + 1) && d.row.version === versions.length;
}

function item(d: PackageDossier, action: DossierAction, reason: string, local: DossierRow | undefined, extra: Partial<DossierPlanItem> = {}): DossierPlanItem {
  return {
    dossierId: d.row.id,
    code: d.row.code,
    action,
    reason,
    localVersion: local?.version ?? null,
    incomingVersion: d.row.version,
    differences: [],
    incoming: d,
    missingEvents: [],
    relation: null,
    conflict: null,
    ...extra,
  };
}

export function planDossierMerge(db: Database.Database, dossiers: readonly PackageDossier[]): DossierPlanItem[] {
  const store = createDossierStore(db);
  const conflicts = createConflictStore(db);

  function codeTakenByOther(d: PackageDossier): DossierRow | undefined {
    const holder = store.rowByCode(d.row.code);
    return holder && holder.id !== d.row.id ? holder : undefined;
  }

  return dossiers.map((raw): DossierPlanItem => {
    const d: PackageDossier = { row: raw.row, events: [...raw.events].sort((a, b) => a.version - b.version) };
    const local = store.row(d.row.id);
    if (!contiguous(d)) {
      return item(d, 'rejected', `Lịch sử của hồ sơ ${d.row.code} trong gói không liền mạch (thiếu hoặc thừa phiên bản); bỏ qua hồ sơ này.`, local);
    }
    const clash = codeTakenByOther(d);
    if (!local) {
      if (clash) {
        return item(
          d,
          'rejected',
          `Mã hồ sơ ${d.row.code} đã có trong sổ ở một hồ sơ khác (khác mã định danh): có thể hai máy đã cùng nhập một hồ sơ riêng rẽ. ` +
            'Không ghép hồ sơ theo nội dung giống nhau; hãy đối chiếu hai hồ sơ và sửa mã của hồ sơ bị nhập trùng.',
          undefined,
        );
      }
      return item(d, 'new', `Hồ sơ mới, chưa có trong sổ (phiên bản ${d.row.version}).`, undefined, { missingEvents: d.events });
    }
    const localEvents = store.events(local.id);
    const mine = lineageOf(local.id, localEvents);
    const theirs = lineageOf(local.id, d.events);
    const relation = relate(mine, theirs);
    const missingEvents = d.events.filter((e) => !mine.has(eventId(local.id, e)));
    if (relation === 'incoming_older' || (relation === 'same' && sameContent(local, d.row))) {
      return item(
        d,
        'unchanged',
        relation === 'same'
          ? 'Giống hệt trong sổ.'
          : `Gói cũ hơn sổ: sổ đã có mọi thay đổi của hồ sơ trong gói (phiên bản trong sổ ${local.version}, trong gói ${d.row.version}); không lùi lại.`,
        local,
        { relation },
      );
    }
    const differences = differencesOf(local, d.row);
    if (relation === 'incoming_newer') {
      if (clash) {
        return item(d, 'rejected', `Bản mới của hồ sơ đổi sang mã ${d.row.code}, nhưng mã này đã thuộc một hồ sơ khác trong sổ.`, local, { differences, relation });
      }
      return item(d, 'updated', `Gói mới hơn: thêm ${missingEvents.length} thay đổi của hồ sơ (phiên bản trong sổ ${local.version}).`, local, {
        differences,
        missingEvents,
        relation,
      });
    }
    const lineage = lineageHash(theirs);
    const listed = conflicts.findByLineage(local.id, lineage);
    const supersedes = conflicts
      .openFor(local.id)
      .filter((c) => c.id !== listed?.id && relate(theirs, lineageOf(local.id, c.incomingEvents)) === 'incoming_older')
      .map((c) => c.id);
    const reason = listed
      ? `Xung đột đã được ghi nhận trước đó (số ${listed.id}); đang chờ người có thẩm quyền chọn bản đúng.`
      : relation === 'same'
        ? 'Cùng lịch sử nhưng nội dung khác nhau: ghi nhận xung đột, giữ nguyên bản trong sổ, lưu bản của gói để người có thẩm quyền chọn.'
        : 'Hồ sơ đã được sửa ở cả hai máy kể từ lần gặp trước: ghi nhận xung đột, giữ nguyên bản trong sổ, lưu bản của gói để người có thẩm quyền chọn.';
    return item(d, 'conflict', reason, local, {
      differences,
      missingEvents,
      relation,
      conflict: { lineage, alreadyListed: listed?.id ?? null, supersedes: listed ? [] : supersedes },
    });
  });
}

export function countActions(items: readonly { action: DossierAction }[]): MergeCounts {
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0, conflict: 0, rejected: 0 };
  for (const i of items) counts[i.action] += 1;
  return counts;
}

/** Whether applying the plan writes anything. */
export function planWrites(items: readonly DossierPlanItem[]): boolean {
  return items.some((i) => i.action === 'new' || i.action === 'updated' || (i.action === 'conflict' && i.conflict?.alreadyListed === null));
}
