// Cells that hold one of a few values, written as the code (`truc_tiep`) or the Vietnamese label
// (`Trực tiếp`), compared without case or diacritics.
import {
  type Channel,
  type Ending,
  type Rating,
  CHANNELS,
  CHANNEL_LABELS_VI,
  ENDINGS,
  ENDING_LABELS_VI,
  RATINGS,
  RATING_LABELS_VI,
} from '../../shared/dossier/dossier';
import { foldKey } from './fold';
import { type ParseResult, fail, ok } from './parse-result';

function choiceParser<T extends string>(
  codes: readonly T[],
  labelTables: readonly Record<T, string>[],
  reason: string,
): (text: string) => ParseResult<T> {
  const byKey = new Map<string, T>();
  for (const code of codes) {
    byKey.set(foldKey(code), code);
    for (const labels of labelTables) byKey.set(foldKey(labels[code]), code);
  }
  return (text) => {
    const code = byKey.get(foldKey(text));
    return code === undefined ? fail(reason) : ok(code);
  };
}

const list = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} hoặc ${words.at(-1) ?? ''}`;

const ENDING_SHORT_LABELS: Record<Ending, string> = {
  giai_quyet: 'Giải quyết',
  rut: 'Rút',
  dung: 'Dừng',
  tu_choi: 'Từ chối',
};

export const CHANNEL_REASON = `Hình thức nộp không hợp lệ: dùng ${CHANNELS.join(', ')} hoặc ${CHANNELS.map((c) => CHANNEL_LABELS_VI[c]).join(', ')}`;
export const ENDING_REASON = `Kết thúc không hợp lệ: dùng ${ENDINGS.join(', ')} hoặc ${ENDINGS.map((e) => ENDING_SHORT_LABELS[e]).join(', ')}`;
export const RATING_REASON = `Đánh giá không hợp lệ: dùng ${RATINGS.join(', ')} hoặc ${RATINGS.map((r) => RATING_LABELS_VI[r]).join(', ')}`;
export const FLAG_REASON = `Giá trị không hợp lệ: dùng ${list(['1/0', 'có/không', 'x/để trống'])}`;

export const parseChannel = choiceParser<Channel>(CHANNELS, [CHANNEL_LABELS_VI], CHANNEL_REASON);
export const parseEnding = choiceParser<Ending>(ENDINGS, [ENDING_LABELS_VI, ENDING_SHORT_LABELS], ENDING_REASON);
export const parseRating = choiceParser<Rating>(RATINGS, [RATING_LABELS_VI], RATING_REASON);

const FLAG_TRUE = new Set(['1', 'co', 'x', 'true']);
const FLAG_FALSE = new Set(['', '0', 'khong', 'false']);

/** `1`/`0`, `có`/`không`, `x`/empty (and Excel's TRUE/FALSE). */
export function parseFlag(text: string): ParseResult<boolean> {
  const key = foldKey(text);
  if (FLAG_TRUE.has(key)) return ok(true);
  if (FLAG_FALSE.has(key)) return ok(false);
  return fail(FLAG_REASON);
}
