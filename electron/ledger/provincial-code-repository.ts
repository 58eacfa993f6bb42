// The dossiers' codes in the province's one-stop system (migration 020): lookups for an import's plan,
// the candidates an offline-logged dossier may be in the province's list, the links an import writes,
// and the dossiers the province does not have yet.
import type Database from 'better-sqlite3';
import { isoFromDay, type DayNumber } from '../../shared/time/day';
import { type AuditContext, stampOf } from './audit';
import { PROVINCIAL_CODES_TABLE } from './migrations/020-provincial-codes';

export interface UnlinkedDossier {
  id: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  receivedAt: string;
  applicantName: string;
  idNumber: string;
}

export interface ProvincialCodeRepository {
  /** Dossier id by provincial code, for the codes given (one statement). */
  dossiersOf(codes: readonly string[]): Map<string, string>;
  /** Provincial code by dossier id, for the ids given. */
  codesOf(ids: readonly string[]): Map<string, string>;
  /** Dossiers without a provincial code received on that day for that procedure. */
  unlinkedOn(day: DayNumber, procedureCode: string): UnlinkedDossier[];
  link(dossierId: string, provincialCode: string, batchId: number | null, ctx: AuditContext): void;
  /** Dossiers without a provincial code, received between the two days (inclusive), oldest first. */
  listUnlinked(fromDay: DayNumber, toDay: DayNumber): UnlinkedDossier[];
}

interface UnlinkedRow {
  id: string;
  code: string;
  procedure_code: string;
  procedure_name: string;
  received_at: string;
  applicant_name: string;
  id_number: string;
}

const toUnlinked = (r: UnlinkedRow): UnlinkedDossier => ({
  id: r.id,
  code: r.code,
  procedureCode: r.procedure_code,
  procedureName: r.procedure_name,
  receivedAt: r.received_at,
  applicantName: r.applicant_name,
  idNumber: r.id_number,
});

// By reception time: a day holds a few hundred dossiers at most. Left to itself the planner may pick the
// procedure index instead, which reads every dossier of the procedure for each row of an import (quadratic).
const UNLINKED = `SELECT d.id, d.code, d.procedure_code, d.procedure_name, d.received_at, d.applicant_name, d.id_number
  FROM dossiers d INDEXED BY dossiers_received_at WHERE d.received_at >= ? AND d.received_at < ?`;
const NOT_LINKED = `NOT EXISTS (SELECT 1 FROM ${PROVINCIAL_CODES_TABLE} p WHERE p.dossier_id = d.id)`;

export function createProvincialCodeRepository(db: Database.Database): ProvincialCodeRepository {
  const byCodes = db.prepare<[string], { dossier_id: string; provincial_code: string }>(
    `SELECT dossier_id, provincial_code FROM ${PROVINCIAL_CODES_TABLE} WHERE provincial_code IN (SELECT value FROM json_each(?))`,
  );
  const byIds = db.prepare<[string], { dossier_id: string; provincial_code: string }>(
    `SELECT dossier_id, provincial_code FROM ${PROVINCIAL_CODES_TABLE} WHERE dossier_id IN (SELECT value FROM json_each(?))`,
  );
  const onDay = db.prepare<[string, string, string], UnlinkedRow>(`${UNLINKED} AND d.procedure_code = ? AND ${NOT_LINKED} ORDER BY d.received_at, d.code`);
  const between = db.prepare<[string, string], UnlinkedRow>(`${UNLINKED} AND ${NOT_LINKED} ORDER BY d.received_at, d.code`);
  const insert = db.prepare<[string, string, number | null, string, string]>(
    `INSERT INTO ${PROVINCIAL_CODES_TABLE}(dossier_id, provincial_code, batch_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)`,
  );
  const dayStart = (day: DayNumber) => isoFromDay(day);
  return {
    dossiersOf: (codes) => new Map(byCodes.all(JSON.stringify(codes)).map((r) => [r.provincial_code, r.dossier_id])),
    codesOf: (ids) => new Map(byIds.all(JSON.stringify(ids)).map((r) => [r.dossier_id, r.provincial_code])),
    unlinkedOn: (day, procedureCode) => onDay.all(dayStart(day), dayStart(day + 1), procedureCode).map(toUnlinked),
    link: (dossierId, provincialCode, batchId, ctx) => {
      insert.run(dossierId, provincialCode.trim(), batchId, stampOf(ctx), ctx.actor);
    },
    listUnlinked: (fromDay, toDay) => between.all(dayStart(fromDay), dayStart(toDay + 1)).map(toUnlinked),
  };
}
