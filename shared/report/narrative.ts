// The sentences of the narrative report that come from the ledger (reports.md §2), in the seeds' own style.
// Every number is read from the CompiledReport (rates through the same rounding rule); none is typed.
import { formatIntVi, formatPercentVi } from '../format/vi-number';
import type { CompiledReport } from './compile';
import { percent } from './rates';
import { type Tracking, untracked } from './tracking';

export type NarrativeSentenceKey =
  | 'received'
  | 'resolved'
  | 'pending'
  | 'late'
  | 'online'
  | 'digitisation'
  | 'online_payment'
  | 'satisfaction';

export interface NarrativeSentence {
  key: NarrativeSentenceKey;
  text: string;
}

const n = formatIntVi;

/** ", đạt tỷ lệ 58,97 %" — or nothing when the rate has no denominator (never "đạt tỷ lệ —"). */
function rateClause(value: number | null, verb = 'đạt'): string {
  return value === null ? '' : `, ${verb} tỷ lệ ${formatPercentVi(value)}`;
}

function received(r: CompiledReport): string {
  const t = r.total;
  const fresh = t.new_online + t.new_direct_postal;
  return (
    `Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: ${n(t.received)} hồ sơ, trong đó: ` +
    `số mới tiếp nhận trong kỳ: ${n(fresh)} (trực tuyến: ${n(t.new_online)}; ` +
    `trực tiếp và qua dịch vụ bưu chính: ${n(t.new_direct_postal)}); ` +
    `số từ kỳ trước chuyển qua: ${n(t.carried_over)} hồ sơ.`
  );
}

function resolved(r: CompiledReport): string {
  const t = r.total;
  if (t.resolved === 0) return 'Số lượng hồ sơ đã giải quyết: 0 hồ sơ.';
  return (
    `Số lượng hồ sơ đã giải quyết: ${n(t.resolved)} hồ sơ, trong đó: ` +
    `giải quyết trước hạn: ${n(t.early)} hồ sơ${rateClause(percent(t.early, t.resolved))}; ` +
    `giải quyết đúng hạn: ${n(t.on_time)} hồ sơ${rateClause(percent(t.on_time, t.resolved))}; ` +
    `quá hạn: ${n(t.late)} hồ sơ${rateClause(percent(t.late, t.resolved), 'chiếm')}.` +
    (r.rates.on_time_rate === null ? '' : ` Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): ${formatPercentVi(r.rates.on_time_rate)}.`)
  );
}

function pending(r: CompiledReport): string {
  const t = r.total;
  const waiting = r.extended.total.waiting_supplement;
  const waitingText = waiting > 0 ? ` (có ${n(waiting)} hồ sơ đang chờ bổ sung, hoàn thiện)` : '';
  return (
    `Hồ sơ đang giải quyết: ${n(t.pending)} hồ sơ${waitingText}, trong đó: ` +
    `chưa đến hạn, đang xử lý: ${n(t.pending_in_time)} hồ sơ; quá hạn: ${n(t.pending_overdue)} hồ sơ.`
  );
}

function late(r: CompiledReport): string {
  const t = r.total;
  const all = t.late + t.pending_overdue;
  if (all === 0) return 'Trong kỳ báo cáo không có hồ sơ quá hạn.';
  const apologised = r.late_dossiers.filter((d) => d.apology !== null).length;
  return (
    `Hồ sơ quá hạn: ${n(all)} hồ sơ (đã giải quyết quá hạn: ${n(t.late)}; ` +
    `đang giải quyết quá hạn: ${n(t.pending_overdue)}), trong đó đã có văn bản xin lỗi: ${n(apologised)} hồ sơ.`
  );
}

function online(r: CompiledReport): string {
  const e = r.extended.total;
  const capable =
    r.rates.online_rate_of_online_capable === null
      ? ''
      : `; tính trên số hồ sơ của TTHC nộp được trực tuyến: ${formatPercentVi(r.rates.online_rate_of_online_capable)}`;
  const share = r.rates.online_rate === null ? '' : `${rateClause(r.rates.online_rate)} trên tổng số hồ sơ mới tiếp nhận${capable}`;
  return (
    `Hồ sơ đăng ký trực tuyến: ${n(r.total.new_online)} hồ sơ (trực tuyến toàn trình: ${n(e.new_online_full)}; ` +
    `trực tuyến một phần: ${n(e.new_online_partial)})${share}.`
  );
}

function digitisation(r: CompiledReport, t: Tracking): string | null {
  const e = r.extended.total;
  const parts: string[] = [];
  if (!t.indicators.has('digitised_dossier')) {
    parts.push(`số hóa hồ sơ, giấy tờ khi tiếp nhận: ${n(e.digitised_dossier)} hồ sơ${rateClause(r.rates.digitised_dossier_rate)}`);
  }
  if (!t.indicators.has('digitised_result')) {
    parts.push(`số hóa kết quả giải quyết: ${n(e.digitised_result)} hồ sơ${rateClause(r.rates.digitised_result_rate)}`);
  }
  if (!t.indicators.has('stored_result')) {
    parts.push(`lưu kết quả giải quyết vào kho dữ liệu điện tử: ${n(e.stored_result)} hồ sơ${rateClause(r.rates.stored_result_rate)}`);
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
}

function onlinePayment(r: CompiledReport, t: Tracking): string | null {
  const e = r.extended.total;
  if (t.indicators.has('online_payment') || e.with_fee === 0) return null;
  return (
    `Hồ sơ phải nộp phí, lệ phí: ${n(e.with_fee)} hồ sơ, trong đó thanh toán trực tuyến: ${n(e.paid_online)} hồ sơ` +
    `${rateClause(r.rates.online_payment_rate)}.`
  );
}

function satisfaction(r: CompiledReport, t: Tracking): string | null {
  if (t.indicators.has('satisfaction')) return null;
  const e = r.extended.total;
  const rated = e.rated_very_satisfied + e.rated_satisfied + e.rated_unsatisfied;
  return (
    `Đánh giá mức độ hài lòng: ${n(rated)} lượt đánh giá, trong đó: ` +
    `rất hài lòng: ${n(e.rated_very_satisfied)}${rateClause(r.rates.very_satisfied_share, 'chiếm')}; ` +
    `hài lòng: ${n(e.rated_satisfied)}${rateClause(r.rates.satisfied_share, 'chiếm')}; ` +
    `không hài lòng: ${n(e.rated_unsatisfied)}${rateClause(r.rates.unsatisfied_share, 'chiếm')}.`
  );
}

const BUILDERS: Record<NarrativeSentenceKey, (r: CompiledReport, t: Tracking) => string | null> = {
  received,
  resolved,
  pending,
  late,
  online,
  digitisation,
  online_payment: onlinePayment,
  satisfaction,
};

const ORDER: readonly NarrativeSentenceKey[] = [
  'received',
  'resolved',
  'pending',
  'late',
  'online',
  'digitisation',
  'online_payment',
  'satisfaction',
];

/** The ledger-derived sentences, in the order the seeds write them; indicators not followed are left out. */
export function ledgerSentences(report: CompiledReport): NarrativeSentence[] {
  const tracking = untracked(report);
  const out: NarrativeSentence[] = [];
  for (const key of ORDER) {
    const text = BUILDERS[key](report, tracking);
    if (text !== null) out.push({ key, text });
  }
  return out;
}
