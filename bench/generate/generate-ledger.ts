// A synthetic ledger file of a given size: a commune set up as `init` does (settings, the default
// catalogue, the shipped calendar), then `dossiers` dossiers spread over the span ending on `asOf`.
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { type DayNumber, dayFromYmd } from '../../shared/time/day';
import { createCodeIssuer } from './code-issuer';
import { type FactoryContext, makeDossier } from './dossier-factory';
import { createBulkWriter } from './ledger-writer';
import { procedureWeights } from './mix';
import { createRandom } from './random';
import { dailyLoad } from './timeline';

export const BENCH_ACTOR = 'bench';
/** The ledger's "today" unless told otherwise: a working day (Tuesday) at the end of a calendar quarter. */
export const DEFAULT_AS_OF: DayNumber = dayFromYmd(2026, 6, 30);

export const BENCH_UNIT = {
  unitName: 'UBND xã Hương Hữu',
  unitCode: '000.00.21.H57',
  receivingUnit: 'UBND tỉnh Thừa Thiên Huế',
  parentBody: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
  placeName: 'Hương Hữu',
} as const;

export interface LedgerSpec {
  file: string;
  dossiers: number;
  seed?: number;
  asOf?: DayNumber;
  /** Length of the span in years; default by size (1 below 10k, 2 at 10k, 5 at 100k, 10 at 1M). */
  years?: number;
}

export interface GeneratedLedger {
  file: string;
  dossiers: number;
  from: DayNumber;
  asOf: DayNumber;
  unitCode: string;
  milliseconds: number;
}

export function defaultYears(dossiers: number): number {
  if (dossiers >= 1_000_000) return 10;
  if (dossiers >= 100_000) return 5;
  if (dossiers >= 10_000) return 2;
  return 1;
}

export interface DossierStreamSpec {
  dossiers: number;
  seed: number;
  from: DayNumber;
  asOf: DayNumber;
  unitCode: string;
}

/** Generates the dossiers in order of reception and hands each to `sink`; returns the desks' last sequences. */
export function streamDossiers(
  spec: DossierStreamSpec,
  base: Omit<FactoryContext, 'random' | 'procedureWeights' | 'asOf' | 'communeName'>,
  sink: (record: DossierRecord) => void,
): { day: DayNumber; desk: number; last: number }[] {
  const random = createRandom(spec.seed);
  const ctx: FactoryContext = {
    ...base,
    random,
    procedureWeights: procedureWeights(base.procedures),
    asOf: spec.asOf,
    communeName: `xã ${BENCH_UNIT.placeName}`,
  };
  const issuer = createCodeIssuer(spec.unitCode, random);
  for (const { day, working, count } of dailyLoad(spec.from, spec.asOf, spec.dossiers, base.calendar)) {
    for (let i = 0; i < count; i += 1) {
      const { code, desk } = issuer.issue(day);
      sink(makeDossier(ctx, day, working, code, desk));
    }
  }
  return issuer.lastSequences();
}

export function generateLedger(spec: LedgerSpec): GeneratedLedger {
  const started = performance.now();
  const asOf = spec.asOf ?? DEFAULT_AS_OF;
  const years = spec.years ?? defaultYears(spec.dossiers);
  const from = asOf - Math.round(years * 365.25) + 1;
  const session = openLedgerSession(spec.file, { actor: BENCH_ACTOR, mustExist: false });
  try {
    const ctx = { actor: BENCH_ACTOR };
    session.settingsRepository.update({ ...BENCH_UNIT, deskNumber: 1 }, ctx);
    session.catalogue.seedDefault(ctx);
    const base = { calendar: session.calendar(), policy: session.policy(), procedures: session.catalogue.listActive(asOf) };
    const writer = createBulkWriter(session.db);
    const sequences = streamDossiers(
      { dossiers: spec.dossiers, seed: spec.seed ?? 20_240_307, from, asOf, unitCode: BENCH_UNIT.unitCode },
      base,
      (record) => writer.add(record),
    );
    writer.finish(sequences);
  } finally {
    session.close();
  }
  return { file: spec.file, dossiers: spec.dossiers, from, asOf, unitCode: BENCH_UNIT.unitCode, milliseconds: performance.now() - started };
}
