// Logging a dossier at the desk: the procedure version in force at reception, the office's extra time,
// the due date from the rules module, then the ledger insert (which issues this desk's next code).
import type { Procedure } from '../../shared/catalogue/procedure';
import { procedureLabel } from '../../shared/catalogue/procedure-code';
import type { Channel } from '../../shared/dossier/dossier';
import { viDate } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import { type DossierDocument, type DossierRecord, LedgerValidationError, createInterconnectionRepository } from '../ledger';
import { type ConfirmedNumbers, refuseUnconfirmedNumbers } from './citizen-number-guard';
import { dueDateAtReception, ruleForOffice } from './due-dates';
import { refuseUnconfirmedReception } from './reception-guard';
import type { LedgerSession } from './ledger-session';

export interface IntakeRequest {
  procedureCode: string;
  channel: Channel;
  receivedAt: LocalDateTime;
  applicantName: string;
  idNumber: string;
  phone: string;
  address: string;
  documents: DossierDocument[];
  fee: number;
  digitisedDossier: boolean;
  paidOnline: boolean;
  note: string;
  /** "Liên thông": the level or agency the dossier is sent on to; empty or absent when it is not. */
  interconnection?: string;
  /** The unusual identity number / phone the desk explicitly keeps (otherwise refused). */
  confirmedNumbers?: ConfirmedNumbers;
  /** The desk confirmed a reception later than the clock or more than 30 days ago (otherwise refused). */
  confirmedReception?: boolean;
}

/** The catalogue version in force on the day of reception; a clear message when there is none. */
export function procedureAtReception(session: LedgerSession, code: string, receivedAt: LocalDateTime): Procedure {
  const procedure = session.catalogue.findByCode(code, receivedAt.day);
  if (procedure) return procedure;
  const latest = session.catalogue.findByCode(code);
  if (latest) throw new LedgerValidationError(`Thủ tục ${procedureLabel(latest)} không có hiệu lực vào ngày ${viDate(receivedAt.day)}.`, 'procedureCode');
  throw new LedgerValidationError(`Không có thủ tục mã "${code}" trong danh mục.`, 'procedureCode');
}

/**
 * Logs a dossier received at `request.receivedAt`; one later than `now` (the computer's clock) or more
 * than 30 days before it only when the request confirms it (reception-guard.ts); `at` stamps the history
 * (default: the clock).
 */
export function logDossier(session: LedgerSession, request: IntakeRequest, now: LocalDateTime, at?: Date): DossierRecord {
  refuseUnconfirmedReception(request.receivedAt, now, request.confirmedReception === true);
  refuseUnconfirmedNumbers({ idNumber: request.idNumber, phone: request.phone }, request.confirmedNumbers);
  const procedure = procedureAtReception(session, request.procedureCode, request.receivedAt);
  const rule = ruleForOffice(session, procedure, request.channel);
  const due = dueDateAtReception(session, rule, request.receivedAt);
  const interconnection = request.interconnection?.trim() ?? '';
  // The dossier and its interconnection go in together (the side table of migration 020), the target kept in the first event.
  return session.db
    .transaction(() => {
      const record = session.dossiers.insert(
        {
          procedureCode: procedure.code,
          procedureName: procedure.name,
          field: procedure.field,
          channel: request.channel,
          receivedAt: request.receivedAt,
          rule,
          baseDueDay: due.day,
          dueDay: due.day,
          documents: request.documents,
          applicantName: request.applicantName,
          idNumber: request.idNumber,
          phone: request.phone,
          address: request.address,
          note: request.note,
          fee: request.fee,
          digitisedDossier: request.digitisedDossier,
          paidOnline: request.paidOnline,
        },
        {
          actor: session.actor,
          action: 'create',
          ...(at ? { at } : {}),
          ...(interconnection !== '' ? { details: { interconnection: [null, interconnection] } } : {}),
        },
      );
      if (interconnection !== '') createInterconnectionRepository(session.db).set(record.id, interconnection, { actor: session.actor, ...(at ? { at } : {}) });
      return record;
    })
    .immediate();
}
