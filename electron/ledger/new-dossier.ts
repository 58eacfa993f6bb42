// The record of a dossier being logged: what the caller gave, empty values for the rest, version 1 and
// the audit columns. Shared by the repository's insert and the import's bulk writer.
import type { DossierRecord, NewDossier } from './dossier-record';

/** The entries whose value is not undefined (an explicit `undefined` must not erase a default or a stored value). */
export function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

export function newDossierRecord(input: NewDossier, id: string, code: string, desk: number | null, at: string, actor: string): DossierRecord {
  return {
    supplements: [],
    endedOn: null,
    ending: null,
    returnedOn: null,
    extension: null,
    lateCause: '',
    digitisedDossier: false,
    digitisedResult: false,
    storedResult: false,
    paidOnline: false,
    fee: 0,
    rating: null,
    documents: [],
    applicantName: '',
    idNumber: '',
    phone: '',
    address: '',
    note: '',
    dueDay: input.baseDueDay,
    ...definedOnly(input),
    procedureCode: input.procedureCode,
    procedureName: input.procedureName,
    field: input.field,
    channel: input.channel,
    receivedAt: input.receivedAt,
    rule: input.rule,
    baseDueDay: input.baseDueDay,
    id,
    code,
    desk,
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: actor,
    updatedBy: actor,
  };
}
