// Who the one-stop office is by default (shared/deadline/README.md, "The office's name"): since the
// two-level local government of 1/7/2025 (Nghị định 118/2025) a commune's one-stop office is the
// "Trung tâm Phục vụ hành chính công" of the commune; an office set up before keeps its older name.
import { type DayNumber, dayFromIso } from '../time/day';

/** The day the Nghị định 118/2025 one-stop offices started (1/7/2025). */
export const PUBLIC_SERVICE_CENTRE_FROM: DayNumber = dayFromIso('2025-07-01');

/** The name of offices set up before 1/7/2025 (Nghị định 61/2018). */
export const LEGACY_OFFICE_NAME = 'Bộ phận Tiếp nhận và Trả kết quả';

const UNIT_PREFIX = /^(UBND|Ủy ban nhân dân|Trung tâm Phục vụ hành chính công)\s+(xã|phường|thị trấn|đặc khu)\s+/iu;

/** "UBND xã Hương Hữu" → "Hương Hữu", for the date line of documents. */
export function placeFromUnitName(unitName: string): string {
  return unitName.trim().replace(UNIT_PREFIX, '').trim();
}

/** "xã", "phường" or "đặc khu" as the unit's name says; "xã" when it does not say. */
export function communeLevel(unitName: string): string {
  const level = UNIT_PREFIX.exec(unitName.trim())?.[2]?.toLowerCase();
  return level === undefined || level === 'thị trấn' ? 'xã' : level;
}

/** The office name an office set up on `setUpOn` gets unless it gives one. */
export function defaultOfficeName(unitName: string, placeName: string, setUpOn: DayNumber): string {
  if (setUpOn < PUBLIC_SERVICE_CENTRE_FROM) return LEGACY_OFFICE_NAME;
  const place = placeName.trim() || placeFromUnitName(unitName);
  return `Trung tâm Phục vụ hành chính công ${communeLevel(unitName)} ${place}`.trim();
}
