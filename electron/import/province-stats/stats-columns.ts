// The columns of the province's statistics table ("tình hình, kết quả giải quyết TTHC"): a header of two
// or three rows, groups "Tiếp nhận", "Đã giải quyết", "Đang giải quyết" over columns such as "Tổng số",
// "Trực tuyến", "Trước hạn", "Quá hạn" — recognised as the figures of our Biểu 06 (shared/report/figures).
import type { FormKey } from '../../../shared/report/figures';
import { foldKey } from '../fold';

type Group = 'received' | 'resolved' | 'pending';

const GROUPS: [Group, RegExp][] = [
  ['pending', /\b(dang giai quyet|dang xu ly|chua giai quyet|chua xu ly)\b/],
  ['resolved', /\b(da giai quyet|da xu ly|giai quyet xong|da co ket qua)\b/],
  ['received', /\b(tiep nhan|so ho so nhan|nhan moi|ho so nhan)\b/],
];

const LEAVES: Record<Group, [FormKey, RegExp][]> = {
  received: [
    ['carried_over', /\b(ky truoc|chuyen qua|chuyen sang|ton)\b/],
    ['new_online', /\btruc tuyen\b/],
    ['new_direct_postal', /\b(truc tiep|buu chinh)\b/],
    ['received', /\b(tong so|tong cong|tong)\b/],
  ],
  resolved: [
    ['early', /\btruoc han\b/],
    ['on_time', /\bdung han\b/],
    ['late', /\b(qua han|tre han|cham)\b/],
    ['resolved', /\b(tong so|tong cong|tong)\b/],
  ],
  pending: [
    ['pending_in_time', /\b(trong han|chua den han|con han|chua qua han)\b/],
    ['pending_overdue', /\b(qua han|tre han)\b/],
    ['pending', /\b(tong so|tong cong|tong)\b/],
  ],
};

/** The figure a header path names ("Đã giải quyết > Trước hạn" → early), or null. */
export function figureOfHeader(path: readonly string[]): FormKey | null {
  const folded = path.map(foldKey);
  const groupAt = folded.findIndex((part) => GROUPS.some(([, re]) => re.test(part)));
  if (groupAt < 0) return null;
  const group = GROUPS.find(([, re]) => re.test(folded[groupAt] ?? ''))?.[0];
  if (!group) return null;
  const below = folded.slice(groupAt + 1);
  // A group column without sub-columns is its total ("Đã giải quyết" alone).
  if (below.length === 0) return LEAVES[group].at(-1)?.[0] ?? null;
  const leaf = below.join(' ');
  for (const [key, re] of LEAVES[group]) if (re.test(leaf)) return key;
  return null;
}

/** The column holding each row's name: "Lĩnh vực", "Đơn vị", "Tên …", "Nội dung". */
export function isLabelHeader(path: readonly string[]): boolean {
  return path.some((part) => /\b(linh vuc|don vi|ten|noi dung|co quan)\b/.test(foldKey(part)));
}
