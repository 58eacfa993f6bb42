// Signed periods, the dossiers each one counted, and the corrections recorded afterwards (migration 003);
// a period signed again after its sign-off was lost keeps the earlier one as its revision (migration 018),
// written in the same transaction as the new sign-off.
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from './audit';

export interface SignedPeriod {
  id: number;
  periodKey: string;
  label: string;
  fromDay: number;
  toDay: number;
  /** The report as signed (JSON text of a CompiledReport; parsed by the service that owns its type). */
  figuresJson: string;
  signerName: string;
  signedAt: string;
  signedBy: string;
}

export interface Correction {
  id: number;
  signoffId: number;
  periodLabel: string;
  periodKey: string;
  dossierId: string;
  code: string;
  kind: 'changed' | 'added';
  at: string;
  /** `{ column: [before, after] }` from the history event; empty for an added dossier. */
  changesJson: string;
  actor: string;
  listedIn: number | null;
}

/** The earlier sign-off of a period signed again (it was lost from the ledger), and the cells that differ. */
export interface SignoffRevision {
  previousSigner: string;
  previousSignedAt: string;
  /** The figures as signed the first time (JSON text of a CompiledReport). */
  previousFiguresJson: string;
  /** `[{ row, column, before, after }]` (shared/report/figure-differences), JSON text. */
  differencesJson: string;
}

export interface StoredSignoffRevision extends SignoffRevision {
  recordedAt: string;
}

export interface NewSignoff {
  periodKey: string;
  label: string;
  fromDay: number;
  toDay: number;
  figuresJson: string;
  signerName: string;
  dossierIds: readonly string[];
  /** The period was signed before and that sign-off was lost: recorded with this one, all or nothing. */
  revision?: SignoffRevision | null;
}

export interface SignoffRepository {
  find(periodKey: string): SignedPeriod | null;
  list(): SignedPeriod[];
  /** Freezes a period; corrections of earlier periods not yet listed are marked as listed in it. */
  create(signoff: NewSignoff, ctx: AuditContext): SignedPeriod;
  correctionsOf(signoffId: number): Correction[];
  /** Corrections to periods signed before `beforeDay` that no signed report has listed yet. */
  unlistedCorrectionsBefore(beforeDay: number): Correction[];
  /** The corrections a signed report listed when it was signed. */
  correctionsListedIn(signoffId: number): Correction[];
  /** The earlier sign-offs recorded with this one (a period signed again), oldest first. */
  revisionsOf(signoffId: number): StoredSignoffRevision[];
}

/** A row of period_signoffs as SQLite returns it (also read raw when a restore carries signed periods over). */
export interface SignoffRow {
  id: number;
  period_key: string;
  label: string;
  from_day: number;
  to_day: number;
  figures: string;
  signer_name: string;
  signed_at: string;
  signed_by: string;
}

interface CorrectionRow {
  id: number;
  signoff_id: number;
  label: string;
  period_key: string;
  dossier_id: string;
  code: string;
  kind: 'changed' | 'added';
  at: string;
  changes: string | null;
  actor: string | null;
  listed_in: number | null;
}

const toSigned = (r: SignoffRow): SignedPeriod => ({
  id: r.id,
  periodKey: r.period_key,
  label: r.label,
  fromDay: r.from_day,
  toDay: r.to_day,
  figuresJson: r.figures,
  signerName: r.signer_name,
  signedAt: r.signed_at,
  signedBy: r.signed_by,
});

const toCorrection = (r: CorrectionRow): Correction => ({
  id: r.id,
  signoffId: r.signoff_id,
  periodLabel: r.label,
  periodKey: r.period_key,
  dossierId: r.dossier_id,
  code: r.code,
  kind: r.kind,
  at: r.at,
  changesJson: r.changes ?? '{}',
  actor: r.actor ?? '',
  listedIn: r.listed_in,
});

const CORRECTION_SELECT = `
  SELECT c.id, c.signoff_id, s.label, s.period_key, c.dossier_id, d.code, c.kind, c.at, h.changes, h.actor, c.listed_in
  FROM report_corrections c
  JOIN period_signoffs s ON s.id = c.signoff_id
  JOIN dossiers d ON d.id = c.dossier_id
  LEFT JOIN dossier_history h ON h.seq = c.history_seq`;

export function createSignoffRepository(db: Database.Database): SignoffRepository {
  const findStmt = db.prepare<[string], SignoffRow>('SELECT * FROM period_signoffs WHERE period_key = ?');
  const byId = db.prepare<[number], SignoffRow>('SELECT * FROM period_signoffs WHERE id = ?');
  const listStmt = db.prepare<[], SignoffRow>('SELECT * FROM period_signoffs ORDER BY from_day, id');
  const insert = db.prepare(
    `INSERT INTO period_signoffs (period_key, label, from_day, to_day, figures, signer_name, signed_at, signed_by)
     VALUES (@periodKey, @label, @fromDay, @toDay, @figuresJson, @signerName, @signedAt, @signedBy)`,
  );
  const counted = db.prepare('INSERT INTO signoff_dossiers (signoff_id, dossier_id, version) SELECT ?, id, version FROM dossiers WHERE id = ?');
  const unlisted = db.prepare<[number], CorrectionRow>(`${CORRECTION_SELECT} WHERE s.to_day < ? AND c.listed_in IS NULL ORDER BY c.id`);
  const markListed = db.prepare(
    'UPDATE report_corrections SET listed_in = ? WHERE listed_in IS NULL AND signoff_id IN (SELECT id FROM period_signoffs WHERE to_day < ?)',
  );
  const ofSignoff = db.prepare<[number], CorrectionRow>(`${CORRECTION_SELECT} WHERE c.signoff_id = ? ORDER BY c.id`);
  const listedIn = db.prepare<[number], CorrectionRow>(`${CORRECTION_SELECT} WHERE c.listed_in = ? ORDER BY c.id`);
  const insertRevision = db.prepare<[number, string, string, string, string, string]>(
    'INSERT INTO signoff_revisions (signoff_id, previous_signer, previous_signed_at, previous_figures, differences, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const revisions = db.prepare<[number], { previous_signer: string; previous_signed_at: string; previous_figures: string; differences: string; recorded_at: string }>(
    'SELECT previous_signer, previous_signed_at, previous_figures, differences, recorded_at FROM signoff_revisions WHERE signoff_id = ? ORDER BY id',
  );

  const createTx = db.transaction((s: NewSignoff, ctx: AuditContext): SignedPeriod => {
    const signedAt = stampOf(ctx);
    const info = insert.run({ ...s, signedAt, signedBy: ctx.actor });
    const id = Number(info.lastInsertRowid);
    for (const dossierId of s.dossierIds) counted.run(id, dossierId);
    markListed.run(id, s.fromDay);
    const r = s.revision;
    if (r) insertRevision.run(id, r.previousSigner, r.previousSignedAt, r.previousFiguresJson, r.differencesJson, signedAt);
    const row = byId.get(id);
    if (!row) throw new Error('signed period vanished inside its own transaction');
    return toSigned(row);
  });

  return {
    find: (key) => {
      const row = findStmt.get(key);
      return row ? toSigned(row) : null;
    },
    list: () => listStmt.all().map(toSigned),
    create: (s, ctx) => createTx.immediate(s, ctx),
    correctionsOf: (id) => ofSignoff.all(id).map(toCorrection),
    unlistedCorrectionsBefore: (day) => unlisted.all(day).map(toCorrection),
    correctionsListedIn: (id) => listedIn.all(id).map(toCorrection),
    revisionsOf: (id) =>
      revisions.all(id).map((r) => ({
        previousSigner: r.previous_signer,
        previousSignedAt: r.previous_signed_at,
        previousFiguresJson: r.previous_figures,
        differencesJson: r.differences,
        recordedAt: r.recorded_at,
      })),
  };
}
