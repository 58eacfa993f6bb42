// Privacy by default (handoff.md): what goes to the receiving office carries no citizen's name, identity
// number, phone or address. The report is built from rule facts only, so this holds by construction; the
// free text an officer types (the cause of lateness) could still name a citizen, so before a report
// package is written its text is checked against the personal data of the period's dossiers.
import type Database from 'better-sqlite3';
import { foldedWords } from '../../shared/text/fold';
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
  /**
   * Numbers as their digits only, searched in the text's digits with the separators between them removed
   * (a phone typed "0905 123 456", "0905.123.456", "+84 905 123 456" or "0905123456" is the same number).
   */
  digits: string[];
  /** Text as whole folded words ` word word `: no diacritics, no case ("Nguyễn Thị Hương" = "nguyen thi huong"). */
  words: string[];
}

const SEPARATORS_BETWEEN_DIGITS = /(?<=\d)[\s.\-/()]+(?=\d)/gu;

/** Text as a sequence of folded words with one space around each, for whole-word search. */
const wordsOf = (text: string) => ` ${foldedWords(text).join(' ')} `;

/** Too short or too common to be told apart from other words and numbers: not searched. */
function needlesOf(value: string): Pick<PersonalValue, 'digits' | 'words'> {
  const compact = value.replace(/[\s.\-/()]/g, '');
  if (/^\+?\d+$/.test(compact)) {
    const bare = compact.replace(/^\+/, '');
    if (bare.length < 9) return { digits: [], words: [] };
    // A Vietnamese number is also written with the country code instead of its leading 0, and back.
    const other = bare.startsWith('84') && bare.length >= 11 ? `0${bare.slice(2)}` : bare.startsWith('0') ? `84${bare.slice(1)}` : bare;
    return { digits: [...new Set([bare, other])], words: [] };
  }
  const words = wordsOf(value);
  return { digits: [], words: /\p{L}/u.test(words) && [...words.trim()].length >= 6 ? [words] : [] };
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
      if (needles.digits.length + needles.words.length > 0) values.push({ code: row.code, kind: KIND_LABELS[kind], ...needles });
    }
  }
  return values;
}

/** Refuses to go on when a personal value appears in the text about to leave the unit. */
export function assertNoPersonalData(text: string, values: readonly PersonalValue[]): void {
  const words = wordsOf(text);
  const digits = text.replace(SEPARATORS_BETWEEN_DIGITS, '');
  const found = values.filter((v) => v.words.some((n) => words.includes(n)) || v.digits.some((n) => digits.includes(n)));
  if (found.length === 0) return;
  const list = [...new Set(found.map((v) => `${v.kind} của hồ sơ ${v.code}`))].slice(0, 5).join('; ');
  throw new HandoffError(
    `Không xuất gói báo cáo: số liệu gửi đơn vị nhận báo cáo có chứa dữ liệu cá nhân (${list}), có lẽ trong nguyên nhân quá hạn. ` +
      'Hãy sửa nội dung đó (không ghi tên, số định danh, điện thoại, địa chỉ của người dân) rồi xuất lại.',
  );
}
