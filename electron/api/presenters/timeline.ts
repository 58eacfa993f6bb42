// A dossier's history (append-only events of { column: [before, after] }) as the Hồ sơ screen's
// timeline: a Vietnamese title per event and one line per change that a person cares about.
import { CHANNEL_LABELS_VI, ENDING_LABELS_VI, RATING_LABELS_VI, type Channel, type Ending, type Rating } from '../../../shared/dossier/dossier';
import { viDate } from '../../../shared/time/day';
import { formatMinute, parseLocalDateTime, vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import type { HistoryEvent, JsonValue } from '../../ledger';

const TITLES: Record<string, string> = {
  create: 'Tiếp nhận hồ sơ',
  import: 'Nhập vào sổ từ tệp',
  import_update: 'Cập nhật từ tệp nhập',
  update: 'Cập nhật hồ sơ',
  hand_over: 'Chuyển hồ sơ cho người xử lý',
  supplement_request: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  supplement_return: 'Nhận hồ sơ bổ sung',
  result_ready: 'Có kết quả giải quyết',
  returned: 'Trả kết quả cho công dân',
  end_rut: 'Công dân rút hồ sơ',
  end_dung: 'Dừng giải quyết hồ sơ',
  end_tu_choi: 'Từ chối giải quyết hồ sơ',
  extension: 'Xin lỗi và gia hạn thời gian giải quyết (Mẫu 04)',
  correct: 'Sửa thông tin hồ sơ',
  edit: 'Sửa thông tin hồ sơ (nhiều mục)',
  recompute_due: 'Tính lại hạn trả theo lịch nghỉ mới',
  rules_update: 'Áp dụng quy định mới của thủ tục (gói cập nhật quy định)',
};

type Kind = 'text' | 'datetime' | 'day' | 'channel' | 'ending' | 'rating' | 'flag' | 'money' | 'supplements' | 'documents' | 'items';

const LABELS: Record<string, [string, Kind]> = {
  code: ['Mã hồ sơ', 'text'],
  procedure_name: ['Thủ tục', 'text'],
  channel: ['Hình thức nộp', 'channel'],
  received_at: ['Thời điểm tiếp nhận', 'datetime'],
  base_due_day: ['Hạn trả khi tiếp nhận', 'day'],
  due_day: ['Hạn trả', 'day'],
  supplements: ['Bổ sung hồ sơ', 'supplements'],
  ended_day: ['Ngày có kết quả / kết thúc', 'day'],
  ending: ['Kết thúc', 'ending'],
  returned_day: ['Ngày trả kết quả', 'day'],
  extension_due_day: ['Ngày hẹn mới', 'day'],
  apology_day: ['Ngày văn bản xin lỗi', 'day'],
  late_cause: ['Nguyên nhân quá hạn', 'text'],
  digitised_dossier: ['Số hóa hồ sơ', 'flag'],
  digitised_result: ['Số hóa kết quả', 'flag'],
  stored_result: ['Lưu kho dữ liệu điện tử', 'flag'],
  paid_online: ['Thanh toán trực tuyến', 'flag'],
  fee: ['Phí, lệ phí', 'money'],
  rating: ['Đánh giá', 'rating'],
  documents: ['Giấy tờ đã nhận', 'documents'],
  applicant_name: ['Người nộp', 'text'],
  id_number: ['Số định danh', 'text'],
  phone: ['Điện thoại', 'text'],
  address: ['Địa chỉ', 'text'],
  note: ['Ghi chú', 'text'],
  handed_over_on: ['Ngày chuyển', 'day'],
  handed_to: ['Chuyển cho', 'text'],
  reason: ['Lý do', 'text'],
  supplement_items: ['Giấy tờ cần bổ sung', 'items'],
  import_file: ['Tệp nhập', 'text'],
  import_line: ['Dòng trong tệp', 'text'],
  interconnection: ['Liên thông đến', 'text'],
};

/** On reception only the essentials; the rest is empty then. An import also names its file and line. */
const CREATE_KEYS = ['procedure_name', 'channel', 'received_at', 'base_due_day', 'applicant_name', 'interconnection', 'import_file', 'import_line'];

function isRecord(v: JsonValue): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(value: JsonValue, kind: Kind): string {
  if (value === null || value === '') return '—';
  switch (kind) {
    case 'day':
      return typeof value === 'number' ? viDate(value) : String(value);
    case 'channel':
      return CHANNEL_LABELS_VI[value as Channel] ?? String(value);
    case 'ending':
      return ENDING_LABELS_VI[value as Ending] ?? String(value);
    case 'rating':
      return RATING_LABELS_VI[value as Rating] ?? String(value);
    case 'flag':
      return value === 1 || value === true ? 'có' : 'không';
    case 'money':
      return `${Number(value).toLocaleString('vi-VN')} đồng`;
    case 'documents':
      return Array.isArray(value) ? `${value.length} loại giấy tờ` : '—';
    case 'supplements': {
      if (!Array.isArray(value) || value.length === 0) return 'không có';
      const last = value[value.length - 1];
      if (last === undefined || !isRecord(last)) return `${value.length} lần`;
      const req = typeof last.requestedOn === 'number' ? viDate(last.requestedOn) : '?';
      const back = typeof last.returnedOn === 'number' ? `, nhận đủ ngày ${viDate(last.returnedOn)}` : ', đang chờ công dân';
      return `${value.length} lần; lần cuối yêu cầu ngày ${req}${back}`;
    }
    case 'items':
      return Array.isArray(value)
        ? value.map((i) => (isRecord(i) ? `${String(i.document ?? '')}${i.reason ? ` (${String(i.reason)})` : ''}` : String(i))).join('; ')
        : String(value);
    case 'datetime': {
      const t = parseLocalDateTime(String(value));
      return t ? `${formatMinute(t.minute)} ${viDate(t.day)}` : String(value);
    }
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export function localStamp(isoInstant: string): string {
  const t = vietnamLocalFromEpoch(Date.parse(isoInstant));
  return `${formatMinute(t.minute)} ngày ${viDate(t.day)}`;
}

export interface TimelineEntry {
  at: string;
  atText: string;
  actor: string;
  action: string;
  title: string;
  details: string[];
}

export function timelineOf(events: readonly HistoryEvent[]): TimelineEntry[] {
  return events.map((e) => {
    const keys = Object.keys(e.changes).filter((k) => LABELS[k] && (e.action !== 'create' && e.action !== 'import' ? true : CREATE_KEYS.includes(k)));
    const details = keys.map((k) => {
      const [label, kind] = LABELS[k] ?? [k, 'text'];
      const [before, after] = e.changes[k] ?? [null, null];
      const isNew = before === null || e.action === 'create' || e.action === 'import';
      return isNew ? `${label}: ${show(after, kind)}` : `${label}: ${show(before, kind)} → ${show(after, kind)}`;
    });
    return { at: e.at, atText: localStamp(e.at), actor: e.actor, action: e.action, title: TITLES[e.action] ?? e.action, details };
  });
}
