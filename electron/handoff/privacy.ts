// Privacy by default (handoff.md): what goes to the receiving office carries no citizen's name, identity
// number, phone or address. The report is built from rule facts only, so this holds by construction; the
// free text people type (the causes of lateness, the chairman's sections, the corrections) could still
// name a citizen, so before a report package is written each such text is checked against the personal
// data of the period's dossiers, and the refusal names the section with the offending text masked.
import type Database from 'better-sqlite3';
import { foldText, foldedWords } from '../../shared/text/fold';
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

/** A free text that goes into some part of a report package, and where it is printed. */
export interface FreeText {
  /** Vietnamese: `mục "II. ĐÁNH GIÁ CHUNG"`, `nguyên nhân quá hạn của hồ sơ …`. */
  section: string;
  text: string;
}

interface Span {
  start: number;
  end: number;
}

/** Runs of digits with separators between them, as a number is written ("0912.345.678", "+84 905 123 456"). */
const NUMBER_RUNS = /\+?\d(?:[\s.\-/()]*\d)*/gu;
const WORD_TOKENS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Where each personal value appears in the text (positions in the text as typed), and whose it is. */
function locate(text: string, values: readonly PersonalValue[]): { spans: Span[]; found: PersonalValue[] } {
  const spans: Span[] = [];
  const found = new Set<PersonalValue>();
  for (const run of text.matchAll(NUMBER_RUNS)) {
    const digits = run[0].replace(/\D/g, '');
    const owner = values.find((v) => v.digits.some((n) => digits.includes(n)));
    if (!owner) continue;
    found.add(owner);
    spans.push({ start: run.index, end: run.index + run[0].length });
  }
  const tokens = [...text.matchAll(WORD_TOKENS)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldText(m[0]) }));
  for (const value of values) {
    for (const needle of value.words) {
      const words = needle.trim().split(' ');
      for (let i = 0; i + words.length <= tokens.length; i += 1) {
        if (!words.every((w, j) => tokens[i + j]?.folded === w)) continue;
        found.add(value);
        spans.push({ start: tokens[i]?.start ?? 0, end: tokens[i + words.length - 1]?.end ?? 0 });
      }
    }
  }
  return { spans: spans.sort((a, b) => a.start - b.start), found: [...found] };
}

/** "0912.345.678" → "09••.•••.•••"; "Nguyen Thi Huong" → "N••••• T•• H••••". */
function mask(part: string): string {
  if (/^\+?\d/.test(part)) {
    let kept = 0;
    return part.replace(/\d/g, (d) => (kept++ < 2 ? d : '•'));
  }
  return part.replace(WORD_TOKENS, (w) => `${[...w][0] ?? ''}${'•'.repeat(Math.max(0, [...w.normalize('NFC')].length - 1))}`);
}

const EXCERPT_SIDE = 40;

/** Overlapping or touching spans as one. */
function merged(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** The text around the first personal value (whole values kept whole), every personal value in it masked. */
function maskedExcerpt(text: string, found: readonly Span[]): string {
  const spans = merged(found);
  const first = spans[0] ?? { start: 0, end: 0 };
  let from = Math.max(0, first.start - EXCERPT_SIDE);
  let to = Math.min(text.length, first.end + EXCERPT_SIDE);
  for (const s of spans) {
    if (s.start < from && s.end > from) from = s.start;
    if (s.start < to && s.end > to) to = s.end;
  }
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    out += text.slice(at, s.start) + mask(text.slice(s.start, s.end));
    at = s.end;
  }
  out += text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Refuses a report package when any of its free texts holds a citizen's personal data: names the section
 * and shows the text around it, masked, so the officer knows what to rewrite; nothing has been written.
 */
export function assertNoPersonalDataInTexts(texts: readonly FreeText[], values: readonly PersonalValue[]): void {
  const hits = texts.flatMap((t) => {
    const { spans, found } = locate(t.text, values);
    return found.length === 0 ? [] : [{ ...t, spans, found }];
  });
  if (hits.length === 0) return;
  const lines = hits.slice(0, 3).map((h) => {
    const whose = [...new Set(h.found.map((v) => `${v.kind} của hồ sơ ${v.code}`))].slice(0, 3).join('; ');
    return h.spans.length === 0 ? `${h.section} có ${whose}` : `${h.section} có ${whose}: "${maskedExcerpt(h.text, h.spans)}"`;
  });
  const more = hits.length > 3 ? ` (và ${hits.length - 3} chỗ khác)` : '';
  throw new HandoffError(
    `Không xuất gói báo cáo: nội dung gửi đơn vị nhận báo cáo có dữ liệu cá nhân của người dân — ${lines.join('; ')}${more}. ` +
      'Hãy sửa các nội dung đó (không ghi tên, số định danh, điện thoại, địa chỉ của người dân) rồi xuất lại; chưa ghi tệp nào.',
  );
}
