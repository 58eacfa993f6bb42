// The sentences of the narrative report that come from the ledger (reports.md §2), in the seeds' own style.
// Every number is read from the CompiledReport (rates through the same rounding rule); none is typed.
import { formatIntVi, formatPercentVi } from '../format/vi-number';
import type { CompiledReport } from './compile';
import { percent } from './rates';

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
const pct = formatPercentVi;

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
  return (
    `Số lượng hồ sơ đã giải quyết: ${n(t.resolved)} hồ sơ, trong đó: ` +
    `giải quyết trước hạn: ${n(t.early)} hồ sơ, đạt tỷ lệ ${pct(percent(t.early, t.resolved))}; ` +
    `giải quyết đúng hạn: ${n(t.on_time)} hồ sơ, đạt tỷ lệ ${pct(percent(t.on_time, t.resolved))}; ` +
    `quá hạn: ${n(t.late)} hồ sơ, chiếm tỷ lệ ${pct(percent(t.late, t.resolved))}. ` +
    `Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): ${pct(r.rates.on_time_rate)}.`
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
      : `; tính trên số hồ sơ của TTHC nộp được trực tuyến: ${pct(r.rates.online_rate_of_online_capable)}`;
  return (
    `Hồ sơ đăng ký trực tuyến: ${n(r.total.new_online)} hồ sơ (trực tuyến toàn trình: ${n(e.new_online_full)}; ` +
    `trực tuyến một phần: ${n(e.new_online_partial)}), đạt tỷ lệ ${pct(r.rates.online_rate)} ` +
    `trên tổng số hồ sơ mới tiếp nhận${capable}.`
  );
}

function digitisation(r: CompiledReport): string {
  const e = r.extended.total;
  return (
    `Số hóa hồ sơ, giấy tờ khi tiếp nhận: ${n(e.digitised_dossier)} hồ sơ, đạt tỷ lệ ${pct(r.rates.digitised_dossier_rate)}; ` +
    `số hóa kết quả giải quyết: ${n(e.digitised_result)} hồ sơ, đạt tỷ lệ ${pct(r.rates.digitised_result_rate)}; ` +
    `lưu kết quả giải quyết vào kho dữ liệu điện tử: ${n(e.stored_result)} hồ sơ, đạt tỷ lệ ${pct(r.rates.stored_result_rate)}.`
  );
}

function onlinePayment(r: CompiledReport): string {
  const e = r.extended.total;
  return (
    `Hồ sơ phải nộp phí, lệ phí: ${n(e.with_fee)} hồ sơ, trong đó thanh toán trực tuyến: ${n(e.paid_online)} hồ sơ, ` +
    `đạt tỷ lệ ${pct(r.rates.online_payment_rate)}.`
  );
}

function satisfaction(r: CompiledReport): string {
  const e = r.extended.total;
  const rated = e.rated_very_satisfied + e.rated_satisfied + e.rated_unsatisfied;
  return (
    `Đánh giá mức độ hài lòng: ${n(rated)} lượt đánh giá, trong đó: ` +
    `rất hài lòng: ${n(e.rated_very_satisfied)}, chiếm tỷ lệ ${pct(r.rates.very_satisfied_share)}; ` +
    `hài lòng: ${n(e.rated_satisfied)}, chiếm tỷ lệ ${pct(r.rates.satisfied_share)}; ` +
    `không hài lòng: ${n(e.rated_unsatisfied)}, chiếm tỷ lệ ${pct(r.rates.unsatisfied_share)}.`
  );
}

const BUILDERS: Record<NarrativeSentenceKey, (r: CompiledReport) => string> = {
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

/** The ledger-derived sentences, in the order the seeds write them. */
export function ledgerSentences(report: CompiledReport): NarrativeSentence[] {
  return ORDER.map((key) => ({ key, text: BUILDERS[key](report) }));
}
