// Dossier codes (rules.md §9): `<unit code>-YYMMDD-XXXX`, the date of reception and a 4-digit sequence of
// the day. Several desks log dossiers offline at once, so each desk owns a disjoint block of the sequence
// and the block is visible in the code: the first digit of XXXX is the desk number. Desk 1 issues
// 1001–1999, desk 2 issues 2001–2999 … desk 9 issues 9001–9999, so two desks can never collide.
import { type DayNumber, dayFromYmd, isValidYmd, ymdFromDay } from '../time/day';

export const MIN_DESK = 1;
export const MAX_DESK = 9;
/** Codes one desk can issue in one day. */
export const MAX_CODES_PER_DESK_PER_DAY = 999;

export interface DossierCodeParts {
  unitCode: string;
  /** Day of reception. */
  day: DayNumber;
  desk: number;
  /** 1…999: the n-th code the desk issued that day. */
  sequence: number;
}

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-([1-9])(\d{3})$/;

export function isValidDesk(desk: number): boolean {
  return Number.isInteger(desk) && desk >= MIN_DESK && desk <= MAX_DESK;
}

/** A unit code usable in dossier codes: letters, digits, `.`, `_`, `-`, no spaces (e.g. 000.00.12.H40). */
export function isValidUnitCode(unitCode: string): boolean {
  return UNIT_CODE.test(unitCode);
}

/** The first and last 4-digit numbers a desk may issue in a day (desk 2 → 2001–2999). */
export function deskNumberRange(desk: number): { first: number; last: number } {
  return { first: desk * 1000 + 1, last: desk * 1000 + MAX_CODES_PER_DESK_PER_DAY };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatDossierCode(parts: DossierCodeParts): string {
  const { unitCode, day, desk, sequence } = parts;
  if (!isValidUnitCode(unitCode)) throw new RangeError(`Invalid unit code: "${unitCode}"`);
  if (!isValidDesk(desk)) throw new RangeError(`Invalid desk: ${desk}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CODES_PER_DESK_PER_DAY) {
    throw new RangeError(`Invalid sequence: ${sequence}`);
  }
  const { year, month, day: d } = ymdFromDay(day);
  if (year < 2000 || year > 2099) throw new RangeError(`Year out of range for YYMMDD: ${year}`);
  return `${unitCode}-${pad2(year % 100)}${pad2(month)}${pad2(d)}-${desk}${String(sequence).padStart(3, '0')}`;
}

/** The parts of a code that follows the desk scheme, or null (codes from other systems are kept as they are). */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const unitCode = m[1] ?? '';
  const [yy, mo, d, desk, seq] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  if (!isValidUnitCode(unitCode) || seq < 1 || !isValidYmd(2000 + yy, mo, d)) return null;
  return { unitCode, day: dayFromYmd(2000 + yy, mo, d), desk, sequence: seq };
}
