// What desk officers type into the search box, keystroke by keystroke, without diacritics: the start of
// a name ("ng", "nguyen v", "tran thi h"), of a phone number ("0912", "0912345"), of an identity number,
// or a piece of a dossier code ("260612-1", "2606"); the last digits of a phone or identity number, as
// citizens give them ("5678", "000123"), the middle digits of a phone, identity number or code ("345 67",
// "19000", "0307-10"), and the start of a procedure name ("khai sinh", "chung thuc ban").
// Built from dossiers actually in the ledger, so the prefixes hit realistic numbers of rows.
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import { foldText } from '../../shared/text/fold';
import type { Random } from '../generate/random';

interface Sampled {
  applicant_name: string;
  procedure_name: string;
  phone: string;
  id_number: string;
  code: string;
}

function cut(random: Random, text: string, min: number): string {
  const length = random.int(Math.min(min, text.length), text.length);
  return text.slice(0, length).trimEnd();
}

function tail(random: Random, digits: string, min: number, max: number): string {
  return digits.slice(-random.int(min, Math.min(max, digits.length)));
}

/** 3–6 characters from inside the text (neither its start nor its end), at times typed in two groups. */
function middle(random: Random, text: string): string {
  if (text.length < 5) return '';
  const length = random.int(3, Math.min(6, text.length - 2));
  const start = random.int(1, text.length - length - 1);
  const part = text.slice(start, start + length);
  return random.chance(0.3) && part.length >= 5 ? `${part.slice(0, 3)} ${part.slice(3)}` : part;
}

function codeFragment(random: Random, code: string): string {
  const m = /-(\d{6})-(\d{4})$/.exec(code);
  if (!m) return cut(random, foldText(code), 4);
  const [, date = '', sequence = ''] = m;
  return random.chance(0.5) ? `${date}-${sequence.slice(0, random.int(1, 4))}` : date.slice(0, random.int(4, 6));
}

export function searchPrefixes(db: LedgerDatabase, random: Random, count = 200): string[] {
  const maxRow = db.prepare<[], number>('SELECT max(row_id) FROM dossiers').pluck().get() ?? 0;
  const byRow = db.prepare<[number], Sampled>('SELECT applicant_name, procedure_name, phone, id_number, code FROM dossiers WHERE row_id = ?');
  const prefixes: string[] = [];
  while (prefixes.length < count && maxRow > 0) {
    const row = byRow.get(random.int(1, maxRow));
    if (!row) continue;
    const kind = random.next();
    let prefix: string;
    const phone = row.phone.replace(/[ .]/g, '');
    if (kind < 0.36) prefix = cut(random, foldText(row.applicant_name), 2);
    else if (kind < 0.48) prefix = phone === '' ? '' : cut(random, phone, 4);
    else if (kind < 0.55) prefix = cut(random, row.id_number, 4);
    else if (kind < 0.63) prefix = phone === '' ? '' : tail(random, phone, 3, 6);
    else if (kind < 0.70) prefix = row.id_number === '' ? '' : tail(random, row.id_number, 4, 6);
    else if (kind < 0.77) prefix = middle(random, phone);
    else if (kind < 0.82) prefix = middle(random, row.id_number);
    else if (kind < 0.86) prefix = middle(random, row.code.slice(-11)); // the date and sequence part
    else if (kind < 0.91) prefix = cut(random, foldText(row.procedure_name), 6);
    else prefix = codeFragment(random, row.code);
    if (prefix.length >= 2) prefixes.push(prefix);
  }
  return prefixes;
}
