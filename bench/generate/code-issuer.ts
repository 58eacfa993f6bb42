// Dossier codes as the desks issue them (rules.md §9): `<unit>-YYMMDD-<desk><seq>`, each desk counting
// its own sequence of the day, busier desks first. Remembers the last number of every (day, desk) so the
// ledger's day_sequences can continue from it when a real dossier is logged afterwards.
import { MAX_CODES_PER_DESK_PER_DAY, formatDossierCode } from '../../shared/dossier/dossier-code';
import type { DayNumber } from '../../shared/time/day';
import type { Random } from './random';

const DESKS = [1, 2, 3] as const;
const DESK_WEIGHTS = [50, 30, 20];

export interface IssuedCode {
  code: string;
  desk: number;
}

export interface CodeIssuer {
  issue(day: DayNumber): IssuedCode;
  /** The last sequence issued per day and desk. */
  lastSequences(): { day: DayNumber; desk: number; last: number }[];
}

export function createCodeIssuer(unitCode: string, random: Random): CodeIssuer {
  const last = new Map<string, { day: DayNumber; desk: number; last: number }>();
  return {
    issue(day) {
      let desk: number = random.weighted(DESKS, DESK_WEIGHTS);
      for (let tries = 0; tries < 9; tries += 1) {
        const key = `${day}:${desk}`;
        const entry = last.get(key) ?? { day, desk, last: 0 };
        if (entry.last < MAX_CODES_PER_DESK_PER_DAY) {
          entry.last += 1;
          last.set(key, entry);
          return { code: formatDossierCode({ unitCode, day, desk, sequence: entry.last }), desk };
        }
        desk = (desk % 9) + 1; // this desk's numbers of the day are used up: the next desk takes over
      }
      throw new RangeError(`More than ${9 * MAX_CODES_PER_DESK_PER_DAY} dossiers on day ${day}`);
    },
    lastSequences: () => [...last.values()],
  };
}
