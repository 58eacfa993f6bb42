// A ledger spread over many months, fields, channels and endings, for the tests of the month counts
// (migration 010) and of deep pages positioned by them.
import type { Channel } from '../../shared/dossier/dossier';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import { ACTOR, sampleDossier } from './helpers';

export const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai'] as const;
export const CHANNELS: readonly Channel[] = ['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'];
export const FIRST_DAY = dayFromIso('2023-11-20');

/** A small deterministic generator (the same ledger in every run). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `n` dossiers over about 14 months, several at the same minute, a third ended, some only returned. */
export function fillLedger(db: LedgerDatabase, n: number, seed = 7, prefix = 'TEST'): DossierRecord[] {
  const repo = createDossierRepository(db);
  const random = lcg(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return db.transaction(() =>
    Array.from({ length: n }, (_, i) => {
      const day = FIRST_DAY + Math.floor(random() * 420);
      const minute = 7 * 60 + 30 * Math.floor(random() * 3); // few distinct minutes: ties broken by row id
      const end = random();
      const ended = end < 0.35 ? { endedOn: day + 3, ending: 'giai_quyet' as const } : end < 0.45 ? { returnedOn: day + 5, ending: 'rut' as const } : {};
      return repo.insert(
        sampleDossier(isoFromDay(day), minute, {
          code: `${prefix}-${String(i).padStart(5, '0')}`,
          field: pick(FIELDS),
          channel: pick(CHANNELS),
          applicantName: i % 5 === 0 ? 'Nguyễn Văn Bình' : 'Trần Thị Hoa',
          ...ended,
        }),
        ACTOR,
      );
    }),
  )();
}

/** The counts as migration 010 defines them, recounted from the dossiers. */
export function recount(db: LedgerDatabase): unknown[] {
  return db
    .prepare(
      `SELECT substr(received_at, 1, 7) AS month, field, channel, (COALESCE(ended_day, returned_day) IS NOT NULL) AS ended, count(*) AS n
       FROM dossiers GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();
}

export function storedCounts(db: LedgerDatabase): unknown[] {
  return db.prepare('SELECT month, field, channel, ended, n FROM dossier_month_counts WHERE n > 0 ORDER BY 1, 2, 3, 4').all();
}
