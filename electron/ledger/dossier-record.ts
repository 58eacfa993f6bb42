// A dossier as the ledger stores it: the rule facts (shared DossierFacts), its identity and version,
// the effective due date, the documents handed in and the applicant's personal data.
import type { DossierFacts } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { Channel, Ending } from '../../shared/dossier/dossier';

/** A paper handed in at the desk, as listed on the receipt (Mẫu 01). */
export interface DossierDocument {
  name: string;
  /** "Bản chính", "Bản sao", "Bản chụp" … as written on the receipt. */
  form: string;
  quantity: number;
}

/** Personal data: kept in the ledger, never sent to the receiving office. */
export interface DossierPersonalData {
  applicantName: string;
  idNumber: string;
  phone: string;
  address: string;
  note: string;
}

export interface DossierRecord extends DossierFacts, DossierPersonalData {
  /** Stable unique id (a UUID: time-ordered v7 since dossier-id.ts, random v4 before) from the moment the dossier is logged (handoff.md). */
  id: string;
  /** 1 at creation, +1 on every change. */
  version: number;
  /** The desk that issued the code, when known. */
  desk: number | null;
  /** The effective due date (pause-adjusted), as computed by the caller; null while waiting for the citizen. */
  dueDay: DayNumber | null;
  documents: DossierDocument[];
  /** ISO 8601 UTC instants and actors of the first and the last change. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
}

/** What a caller may write: everything but identity, version and audit columns. */
export type DossierContent = Omit<DossierRecord, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

type RequiredOnInsert = 'procedureCode' | 'procedureName' | 'field' | 'channel' | 'receivedAt' | 'rule' | 'baseDueDay';

/**
 * A dossier to log. Without `code` the next code of this desk is issued (rules.md §9); without `id` a
 * new UUID is made (an id is given only when the dossier comes from another ledger). `dueDay` defaults to
 * `baseDueDay`; everything else to empty.
 */
export type NewDossier = Pick<DossierContent, RequiredOnInsert> &
  Partial<Omit<DossierContent, RequiredOnInsert>> & { id?: string };

export type DossierPatch = Partial<DossierContent>;

/** What the report needs of a dossier: the rule facts, no personal data. */
export interface ReportRow extends DossierFacts {
  id: string;
  dueDay: DayNumber | null;
}

/** One line of the ledger page or of the search results. */
export interface DossierListItem {
  id: string;
  code: string;
  version: number;
  procedureCode: string;
  procedureName: string;
  field: string;
  channel: Channel;
  receivedAt: LocalDateTime;
  baseDueDay: DayNumber;
  dueDay: DayNumber | null;
  extensionDueDay: DayNumber | null;
  endedOn: DayNumber | null;
  ending: Ending | null;
  returnedOn: DayNumber | null;
  awaitingSupplement: boolean;
  applicantName: string;
  phone: string;
}
