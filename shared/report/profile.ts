// The report profile as data: the statistical form's code, title and columns, the extended table's labels,
// the narrative headings and the grading bands. A new circular is a new profile value, not new code.
import type { ExtendedKey, FormKey } from './figures';
import type { Rates } from './rates';

/** One figure column of the form; `group`/`subgroup` are the merged header cells above the label. */
export interface FormColumn {
  /** The column number printed in the numbers row (1–13 for Biểu 06). */
  no: number;
  key: FormKey;
  label: string;
  group: string;
  /** A second header level inside the group (merged over the columns that share it), or null. */
  subgroup: string | null;
}

export interface ExtendedRowLabel {
  key: ExtendedKey;
  label: string;
}

export interface ExtendedGroup {
  heading: string;
  rows: ExtendedRowLabel[];
}

export interface RateLabel {
  key: keyof Rates;
  label: string;
  /** How the rate is computed, printed beside it. */
  formula: string;
}

export interface GradeBand {
  /** Inclusive lower bound of the score. */
  min: number;
  grade: string;
}

export interface GradingScale {
  name: string;
  maxScore: number;
  bands: GradeBand[];
  confidence: 'law' | 'practice' | 'unverified';
}

export interface ReportProfile {
  formCode: string;
  formBasis: string;
  formTitle: string;
  /** Labels of the two leading columns (STT and the field column). */
  leadColumns: { no: string; field: string };
  columns: FormColumn[];
  totalLabel: string;
  unitOfMeasure: string;
  extendedTitle: string;
  extendedGroups: ExtendedGroup[];
  lateListTitle: string;
  lateListColumns: string[];
  ratesTitle: string;
  rates: RateLabel[];
  narrative: {
    /** The subject line under "BÁO CÁO"; `{period}` becomes "quý I năm 2024". */
    subject: string;
    /** The heading of the section the app fills from the ledger. */
    ledgerSection: string;
    /** The closing line of that section. */
    ledgerSectionNote: string;
    /** The chairman's sections for a first report (later ones start from the previous period's text). */
    defaultSections: { heading: string; text: string }[];
    /** The part heading the numbered items fall under when the chairman's text leaves it out. */
    firstPartHeading: string;
  };
  nineIndicators: { names: string[]; pointsEach: number; scale: GradingScale };
  scorecard766: { groups: { name: string; points: number }[]; scale: GradingScale };
}

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const PENDING = 'Số hồ sơ đang giải quyết';

/** Biểu số 06/VPCP/KSTT of Thông tư 01/2020/TT-VPCP (reports.md §1). */
export const BIEU_06_PROFILE: ReportProfile = {
  formCode: 'Biểu số 06/VPCP/KSTT',
  formBasis: 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ',
  formTitle:
    'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  leadColumns: { no: 'STT', field: 'Lĩnh vực, công việc giải quyết theo cấp' },
  columns: [
    { no: 3, key: 'received', label: 'Tổng số', group: RECEIVED, subgroup: null },
    { no: 4, key: 'new_online', label: 'Trực tuyến', group: RECEIVED, subgroup: 'Trong đó: số mới tiếp nhận' },
    { no: 5, key: 'new_direct_postal', label: 'Trực tiếp, dịch vụ bưu chính', group: RECEIVED, subgroup: 'Trong đó: số mới tiếp nhận' },
    { no: 6, key: 'carried_over', label: 'Từ kỳ trước', group: RECEIVED, subgroup: null },
    { no: 7, key: 'resolved', label: 'Tổng số', group: RESOLVED, subgroup: null },
    { no: 8, key: 'early', label: 'Trước hạn', group: RESOLVED, subgroup: null },
    { no: 9, key: 'on_time', label: 'Đúng hạn', group: RESOLVED, subgroup: null },
    { no: 10, key: 'late', label: 'Quá hạn', group: RESOLVED, subgroup: null },
    { no: 11, key: 'pending', label: 'Tổng số', group: PENDING, subgroup: null },
    { no: 12, key: 'pending_in_time', label: 'Trong hạn', group: PENDING, subgroup: null },
    { no: 13, key: 'pending_overdue', label: 'Quá hạn', group: PENDING, subgroup: null },
  ],
  totalLabel: 'Tổng cộng',
  unitOfMeasure: 'Đơn vị tính: Số hồ sơ TTHC',
  extendedTitle: 'CHI TIẾT BỔ SUNG (theo Biểu số II.06a/VPCP/KSTT)',
  extendedGroups: [
    {
      heading: 'Hồ sơ mới tiếp nhận theo hình thức',
      rows: [
        { key: 'new_online_full', label: 'Trực tuyến toàn trình' },
        { key: 'new_online_partial', label: 'Trực tuyến một phần' },
        { key: 'new_postal', label: 'Qua dịch vụ bưu chính' },
        { key: 'new_direct', label: 'Trực tiếp' },
      ],
    },
    {
      heading: 'Hồ sơ kết thúc không có kết quả',
      rows: [
        { key: 'withdrawn', label: 'Rút hồ sơ' },
        { key: 'stopped', label: 'Dừng giải quyết' },
        { key: 'rejected', label: 'Từ chối giải quyết' },
      ],
    },
    { heading: 'Hồ sơ đang giải quyết', rows: [{ key: 'waiting_supplement', label: 'Chờ bổ sung, hoàn thiện' }] },
    {
      heading: 'Hồ sơ giải quyết quá hạn',
      rows: [
        { key: 'late_with_apology', label: 'Có văn bản xin lỗi' },
        { key: 'late_without_apology', label: 'Không có văn bản xin lỗi' },
      ],
    },
    {
      heading: 'Số hóa',
      rows: [
        { key: 'digitised_dossier', label: 'Số hóa hồ sơ khi tiếp nhận' },
        { key: 'digitised_result', label: 'Số hóa kết quả giải quyết' },
        { key: 'stored_result', label: 'Lưu kết quả vào kho dữ liệu điện tử' },
      ],
    },
    {
      heading: 'Phí, lệ phí',
      rows: [
        { key: 'with_fee', label: 'Hồ sơ có phí, lệ phí' },
        { key: 'paid_online', label: 'Thanh toán trực tuyến' },
      ],
    },
    {
      heading: 'Đánh giá mức độ hài lòng',
      rows: [
        { key: 'rated_very_satisfied', label: 'Rất hài lòng' },
        { key: 'rated_satisfied', label: 'Hài lòng' },
        { key: 'rated_unsatisfied', label: 'Không hài lòng' },
      ],
    },
  ],
  lateListTitle: 'DANH SÁCH HỒ SƠ QUÁ HẠN',
  lateListColumns: [
    'STT',
    'Mã hồ sơ',
    'Thủ tục',
    'Lĩnh vực',
    'Ngày nhận',
    'Hạn trả',
    'Ngày có kết quả',
    'Số ngày làm việc quá hạn',
    'Nguyên nhân quá hạn',
    'Đơn vị/người chịu trách nhiệm',
    'Đã có văn bản xin lỗi (ngày)',
  ],
  ratesTitle: 'CÁC TỶ LỆ',
  rates: [
    { key: 'on_time_rate', label: 'Tỷ lệ giải quyết đúng hạn', formula: '(Trước hạn + Đúng hạn) / Đã giải quyết' },
    { key: 'online_rate', label: 'Tỷ lệ tiếp nhận trực tuyến', formula: 'Trực tuyến / Mới tiếp nhận' },
    {
      key: 'online_rate_of_online_capable',
      label: 'Tỷ lệ tiếp nhận trực tuyến (TTHC có dịch vụ công trực tuyến)',
      formula: 'Trực tuyến / Mới tiếp nhận của TTHC nộp được trực tuyến',
    },
    { key: 'digitised_dossier_rate', label: 'Tỷ lệ số hóa hồ sơ', formula: 'Số hóa khi tiếp nhận / Mới tiếp nhận' },
    { key: 'digitised_result_rate', label: 'Tỷ lệ số hóa kết quả', formula: 'Kết quả được số hóa / Đã giải quyết' },
    { key: 'stored_result_rate', label: 'Tỷ lệ lưu kết quả điện tử', formula: 'Kết quả lưu kho dữ liệu / Đã giải quyết' },
    { key: 'online_payment_rate', label: 'Tỷ lệ thanh toán trực tuyến', formula: 'Thanh toán trực tuyến / Hồ sơ có phí, lệ phí' },
    { key: 'very_satisfied_share', label: 'Rất hài lòng', formula: 'Rất hài lòng / Lượt đánh giá' },
    { key: 'satisfied_share', label: 'Hài lòng', formula: 'Hài lòng / Lượt đánh giá' },
    { key: 'unsatisfied_share', label: 'Không hài lòng', formula: 'Không hài lòng / Lượt đánh giá' },
  ],
  narrative: {
    subject: 'Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông {period}',
    ledgerSection: '4. Tình hình, kết quả giải quyết thủ tục hành chính',
    ledgerSectionNote: '(Chi tiết tại Biểu số 06/VPCP/KSTT và Danh sách hồ sơ quá hạn kèm theo.)',
    // The structure of the commune reports in seeds 002 and 003.
    defaultSections: [
      { heading: '1. Công tác chỉ đạo, điều hành', text: '' },
      { heading: '2. Về thực hiện niêm yết, công khai thủ tục hành chính', text: '' },
      { heading: '3. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, thủ tục hành chính', text: '' },
      { heading: '5. Triển khai cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', text: '' },
      { heading: 'II. ĐÁNH GIÁ CHUNG', text: '' },
      { heading: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', text: '' },
      { heading: 'IV. ĐỀ XUẤT, KIẾN NGHỊ', text: '' },
    ],
    firstPartHeading: 'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
  },
  nineIndicators: {
    names: [
      'Tổng thời gian giải quyết so với quy định',
      'Thời gian của từng cơ quan tham gia',
      'Số lần phải liên hệ để hoàn thiện hồ sơ',
      'Số cơ quan phải liên hệ',
      'Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa',
      'Công khai TTHC',
      'Thái độ cán bộ',
      'Tiếp thu, giải trình phản ánh, kiến nghị',
      'Dịch vụ công trực tuyến',
    ],
    pointsEach: 2,
    scale: {
      name: 'Chín chỉ số chất lượng giải quyết TTHC (18 điểm)',
      maxScore: 18,
      bands: [
        { min: 16, grade: 'Xuất sắc' },
        { min: 13, grade: 'Tốt' },
        { min: 10, grade: 'Khá' },
        { min: 7, grade: 'Trung bình' },
        { min: 0, grade: 'Yếu' },
      ],
      confidence: 'unverified',
    },
  },
  scorecard766: {
    groups: [
      { name: 'Công khai, minh bạch', points: 18 },
      { name: 'Tiến độ giải quyết', points: 20 },
      { name: 'Số hóa hồ sơ', points: 22 },
      { name: 'Cung cấp dịch vụ trực tuyến', points: 22 },
      { name: 'Mức độ hài lòng', points: 18 },
    ],
    scale: {
      name: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg, 100 điểm)',
      maxScore: 100,
      bands: [
        { min: 90, grade: 'Xuất sắc' },
        { min: 80, grade: 'Tốt' },
        { min: 70, grade: 'Khá' },
        { min: 50, grade: 'Trung bình' },
        { min: 0, grade: 'Yếu' },
      ],
      confidence: 'unverified',
    },
  },
};

/** The grade of a score on a scale (bands are read from the highest bound down). */
export function gradeOf(score: number, scale: GradingScale): string | null {
  const bands = [...scale.bands].sort((a, b) => b.min - a.min);
  return bands.find((b) => score >= b.min)?.grade ?? null;
}

/** "Quý I năm 2024" → "quý I năm 2024" for use inside a sentence. */
export function periodInSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}

export function subjectLine(profile: ReportProfile, periodLabel: string): string {
  return profile.narrative.subject.replace('{period}', periodInSentence(periodLabel));
}
