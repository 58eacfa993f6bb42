// The shares that make a synthetic ledger look like a commune's: which procedures are asked for, through
// which channel (online grows year after year), how often the clock is paused, how dossiers end. Rough
// figures from the seeds' reports and national scorecards; a benchmark needs the right shape, not
// exact values.
import type { Procedure } from '../../shared/catalogue/procedure';
import type { Channel } from '../../shared/dossier/dossier';

/** Relative demand per field: certification and civil status make most of a commune's work. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Chứng thực': 46,
  'Hộ tịch': 30,
  'Đất đai': 9,
  'Bảo trợ xã hội': 4,
  'Thành lập và hoạt động của hộ kinh doanh': 3,
  'Đăng ký biện pháp bảo đảm': 2,
  'Giảm nghèo': 1.5,
  'Giáo dục và Đào tạo': 1.5,
  'Tín ngưỡng, tôn giáo': 0.3,
  'Nuôi con nuôi': 0.2,
};
const OTHER_FIELD_WEIGHT = 0.5;

/** Each procedure's weight: its field's demand shared out, same-day procedures asked for most. */
export function procedureWeights(procedures: readonly Procedure[]): number[] {
  const raw = procedures.map((p) => (p.rule.timeUnit === 'same_day' ? 6 : 1));
  const perField = new Map<string, number>();
  procedures.forEach((p, i) => perField.set(p.field, (perField.get(p.field) ?? 0) + (raw[i] ?? 0)));
  return procedures.map((p, i) => ((FIELD_WEIGHTS[p.field] ?? OTHER_FIELD_WEIGHT) * (raw[i] ?? 0)) / (perField.get(p.field) ?? 1));
}

export const CHANNEL_ORDER: readonly Channel[] = ['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'];

/** Channel shares on a working day of `year`: online rises from ~3 % (2016) to ~60 % (2025 on). */
export function channelWeights(year: number): number[] {
  const online = Math.min(0.6, Math.max(0.03, 0.03 + (year - 2016) * 0.065));
  const postal = 0.03;
  const full = online * Math.min(0.6, Math.max(0.1, (year - 2019) * 0.1));
  return [1 - online - postal, postal, online - full, full];
}

/** Share of new dossiers digitised at reception, and of results digitised (Đề án 06 from 2022). */
export function digitisedShare(year: number): number {
  return Math.min(0.9, Math.max(0, (year - 2020) * 0.18));
}

/** Demand by month: the rush before Tết, the quiet after it. */
export const MONTH_FACTOR: readonly number[] = [1.25, 0.8, 1.0, 1.0, 0.95, 1.0, 1.05, 1.0, 1.0, 1.05, 1.1, 1.2];
/** Yearly growth of demand. */
export const YEARLY_GROWTH = 1.07;
/** Demand on a day off (online submissions only), relative to a working day. */
export const DAY_OFF_FACTOR = 0.08;

export const RATES = {
  /** Of dossiers with a multi-day time: one supplement request. */
  supplement: 0.07,
  /** Of those: a second request (late by the 766 rule). */
  secondSupplement: 0.08,
  withdrawn: 0.012,
  stopped: 0.003,
  rejected: 0.006,
  /** Resolved after the due date (before the pause rule), multi-day procedures. */
  lateMultiDay: 0.045,
  lateSameDay: 0.012,
  /** Resolved before the due date, multi-day procedures (the rest: on the due date). */
  earlyMultiDay: 0.7,
  /** Of late dossiers: an apology letter with a new date (Mẫu 04). */
  apology: 0.55,
  /** Forgotten in a drawer: never ended (pending overdue ever after). */
  stuck: 0.0015,
  /** Only the return date was recorded, not the result date. */
  onlyReturnDate: 0.01,
  /** Of online resolved dossiers: a satisfaction rating. */
  rated: 0.35,
  /** Of online dossiers with a fee: paid online. */
  paidOnline: 0.45,
} as const;

export const LATE_CAUSES: readonly string[] = [
  'Phải xác minh thông tin tại nơi cư trú trước đây',
  'Chờ ý kiến của cơ quan phối hợp',
  'Cán bộ thụ lý nghỉ ốm, chưa bố trí người thay',
  'Hệ thống phần mềm bị lỗi, không truy cập được',
  'Hồ sơ phức tạp, phải đo đạc lại thửa đất',
  'Mất điện, mất mạng kéo dài do mưa bão',
];

export const DESK_OFFICERS: readonly string[] = ['Trần Thị Thu Hà', 'Lê Văn Đức', 'Nguyễn Thị Ánh', 'Phạm Quốc Việt'];

/** Papers handed in, by field (as listed on the receipt). */
export const DOCUMENTS_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  'Chứng thực': ['Bản chính giấy tờ cần chứng thực', 'Bản sao cần chứng thực', 'Dự thảo hợp đồng, giao dịch'],
  'Hộ tịch': ['Tờ khai theo mẫu', 'Giấy chứng sinh', 'Giấy tờ tùy thân', 'Giấy xác nhận tình trạng hôn nhân'],
  'Đất đai': ['Đơn đăng ký biến động', 'Giấy chứng nhận quyền sử dụng đất', 'Hợp đồng chuyển nhượng', 'Sơ đồ thửa đất'],
};
export const DEFAULT_DOCUMENTS: readonly string[] = ['Đơn đề nghị', 'Giấy tờ tùy thân', 'Giấy tờ chứng minh'];

/** The fee (đồng) of one dossier of this field, or 0. */
export const FEES_BY_FIELD: Readonly<Record<string, { share: number; amounts: readonly number[] }>> = {
  'Chứng thực': { share: 0.95, amounts: [2_000, 4_000, 6_000, 10_000, 20_000, 50_000] },
  'Hộ tịch': { share: 0.3, amounts: [8_000, 8_000, 15_000] },
  'Đất đai': { share: 0.9, amounts: [50_000, 100_000, 150_000] },
  'Đăng ký biện pháp bảo đảm': { share: 1, amounts: [80_000] },
  'Thành lập và hoạt động của hộ kinh doanh': { share: 1, amounts: [100_000] },
};
