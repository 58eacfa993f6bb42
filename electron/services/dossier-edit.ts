// Editing a dossier: several fields in one save — one new version, one history event holding every
// column changed and the reason. The procedure may change too: the version in force on the (possibly
// corrected) reception day gives the new rule snapshot, field and name, and the due date at reception is
// computed again from it with the due-date services (due-dates.ts), then the effective due date with
// the supplement pauses, exactly as at intake and after any action. The "liên thông" target lives in its
// side table (migration 020): written in the same transaction, its change kept in the same event.
import { EDIT_REASON_MISSING } from '../../shared/dossier/edit-checks';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { DossierPatch, DossierRecord } from '../ledger';
import { DossierNotFoundError, createInterconnectionRepository } from '../ledger';
import { type CorrectableField, DossierActionError, correction } from './dossier-actions';
import { type ConfirmedNumbers, refuseUnconfirmedNumbers } from './citizen-number-guard';
import { procedureAtReception } from './dossier-intake';
import { dueDateAtReception, effectiveDueDay, ruleForOffice } from './due-dates';
import type { LedgerSession } from './ledger-session';

export type EditableField = CorrectableField | 'procedureCode' | 'interconnection';

export interface DossierEdit {
  changes: Partial<Record<EditableField, string>>;
  reason: string;
  /** The unusual identity number / phone the desk explicitly keeps (otherwise a changed one is refused). */
  confirmedNumbers?: ConfirmedNumbers;
  /** The desk confirmed a new reception later than the clock or more than 30 days ago (otherwise refused). */
  confirmedReception?: boolean;
}

/** The fields given with the value they already have are left out: only real changes are written. */
function currentText(record: DossierRecord, field: CorrectableField): string {
  switch (field) {
    case 'receivedAt':
      return '';
    case 'fee':
      return String(record.fee);
    default:
      return String(record[field]);
  }
}

export function editDossier(session: LedgerSession, id: string, expectedVersion: number, edit: DossierEdit, now: LocalDateTime, at?: Date): DossierRecord {
  const record = session.dossiers.getById(id);
  if (!record) throw new DossierNotFoundError(id);
  const changedNumbers = Object.fromEntries(
    (['idNumber', 'phone'] as const).flatMap((f) => {
      const value = edit.changes[f];
      return value !== undefined && value.trim() !== record[f] ? [[f, value]] : [];
    }),
  );
  refuseUnconfirmedNumbers(changedNumbers, edit.confirmedNumbers); // a number kept as it is stays accepted
  let merged: DossierRecord = record;
  let patch: DossierPatch = {};
  for (const [field, value] of Object.entries(edit.changes) as Array<[EditableField, string]>) {
    if (field === 'procedureCode' || field === 'interconnection' || value.trim() === currentText(record, field)) continue;
    const part = correction(session, merged, field, value, now, edit.confirmedReception === true);
    patch = { ...patch, ...part };
    merged = { ...merged, ...part };
  }
  const code = edit.changes.procedureCode?.trim();
  if (code !== undefined && code !== '' && code !== record.procedureCode) {
    if (record.endedOn !== null || record.returnedOn !== null) {
      throw new DossierActionError('Hồ sơ đã có kết quả hoặc đã kết thúc: không đổi được thủ tục.', 'procedureCode');
    }
    const procedure = procedureAtReception(session, code, merged.receivedAt);
    const rule = ruleForOffice(session, procedure);
    const part: DossierPatch = {
      procedureCode: procedure.code,
      procedureName: procedure.name,
      field: procedure.field,
      rule,
      baseDueDay: dueDateAtReception(session, rule, merged.receivedAt).day,
    };
    patch = { ...patch, ...part };
    merged = { ...merged, ...part };
  }
  const interconnections = createInterconnectionRepository(session.db);
  const target = edit.changes.interconnection?.trim();
  const before = interconnections.targetsOf([id]).get(id) ?? '';
  const retarget = target !== undefined && target !== before;
  if (Object.keys(patch).length === 0 && !retarget) throw new DossierActionError('Không có thông tin nào thay đổi.');
  if (edit.reason.trim() === '') throw new DossierActionError(EDIT_REASON_MISSING, 'reason');
  const stamp = { actor: session.actor, ...(at ? { at } : {}) };
  return session.db
    .transaction(() => {
      const updated = session.dossiers.update(
        id,
        { ...patch, dueDay: effectiveDueDay(session, merged) },
        {
          ...stamp,
          action: 'edit',
          expectedVersion,
          details: { reason: [null, edit.reason.trim()], ...(retarget ? { interconnection: [before || null, target || null] } : {}) },
        },
      );
      if (retarget) interconnections.set(id, target, stamp);
      return updated;
    })
    .immediate();
}
