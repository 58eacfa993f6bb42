// Privacy by default (handoff.md): what goes to the receiving office carries no citizen's name, identity
// number, phone or address. The report is built from rule facts only, so this holds by construction; the
// free text an officer types (the cause of lateness) could still name a citizen, so before a report
// package is written its text is checked against the personal data of the period's dossiers.
import type Database from 'better-sqlite3';
import { HandoffError } from './errors';

interface PersonalRow {
  code: string;
  applicant_name: string;
  id_number: string;
  phone: string;
  address: string;
}

const KIND_LABELS: Record<Exclude<keyof PersonalRow, 'code'>, string> = {
  applicant_name: 'họ tên người nộp',
  id_number: 'số định danh',
  phone: 'số điện thoại',
  address: 'địa chỉ',
};

export interface PersonalValue {
  code: string;
  kind: string;
  /** Lower-case NFC forms to look for (a phone also without spaces, dots or dashes). */
  needles: string[];
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().trim();

/** Too short or too common to be told apart from other words and numbers: not searched. */
function needlesOf(value: string): string[] {
  const v = fold(value);
  const digits = v.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(digits)) return digits.length >= 9 ? [...new Set([v, digits])] : [];
  return /\p{L}/u.test(v) && [...v].length >= 6 ? [v] : [];
}

/** The personal data of the given dossiers, as needles to search a text for. */
export function personalValuesOf(db: Database.Database, dossierIds: readonly string[]): PersonalValue[] {
  const select = db.prepare<[string], PersonalRow>('SELECT code, applicant_name, id_number, phone, address FROM dossiers WHERE id = ?');
  const values: PersonalValue[] = [];
  for (const id of dossierIds) {
    const row = select.get(id);
    if (!row) continue;
    for (const kind of Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]) {
      const needles = needlesOf(row[kind]);
      if (needles.length > 0) values.push({ code: row.code, kind: KIND_LABELS[kind], needles });
    }
  }
  return values;
}

/** Refuses to go on when a personal value appears in the text about to leave the unit. */
export function assertNoPersonalData(text: string, values: readonly PersonalValue[]): void {
  const haystack = fold(text);
  const found = values.filter((v) => v.needles.some((n) => haystack.includes(n)));
  if (found.length === 0) return;
  const list = [...new Set(found.map((v) => `${v.kind} của hồ sơ ${v.code}`))].slice(0, 5).join('; ');
  throw new HandoffError(
    `Không xuất gói báo cáo: số liệu gửi đơn vị nhận báo cáo có chứa dữ liệu cá nhân (${list}), có lẽ trong nguyên nhân quá hạn. ` +
      'Hãy sửa nội dung đó (không ghi tên, số định danh, điện thoại, địa chỉ của người dân) rồi xuất lại.',
  );
}
