// An intake as the counter sends it, with every detail a test is not about left empty, so that a test
// names only the procedure, the reception and the applicant (and whatever else it is about).
import type { Channel } from '../../shared/dossier/dossier';

export interface IntakeDetails {
  channel: Channel;
  idNumber: string;
  phone: string;
  address: string;
  documents: { name: string; form: string; quantity: number }[];
  fee: number;
  digitisedDossier: boolean;
  paidOnline: boolean;
  note: string;
}

const EMPTY_DETAILS: IntakeDetails = {
  channel: 'truc_tiep',
  idNumber: '',
  phone: '',
  address: '',
  documents: [],
  fee: 0,
  digitisedDossier: false,
  paidOnline: false,
  note: '',
};

/** `receivedAt` is whatever the caller's layer takes: 'YYYY-MM-DD HH:MM' for the API, a local time for services. */
export function intakeInput<R>(procedureCode: string, receivedAt: R, applicantName: string, details: Partial<IntakeDetails> = {}) {
  return { ...EMPTY_DETAILS, documents: [], ...details, procedureCode, receivedAt, applicantName };
}
