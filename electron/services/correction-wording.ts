// Corrections worded for print: "Ngày có kết quả: — → 13/03/2024".
import { CHANNEL_LABELS_VI, type Channel, ENDING_LABELS_VI, type Ending } from '../../shared/dossier/dossier';
import { viDate } from '../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';
import type { ReportCorrection } from '../documents';
import type { CorrectionView } from './signoff-service';

const COLUMN_LABELS_VI: Record<string, string> = {
  procedure_code: 'Mã thủ tục',
  procedure_name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  channel: 'Hình thức nộp',
  received_at: 'Thời điểm tiếp nhận',
  base_due_day: 'Ngày hẹn trả',
  due_day: 'Hạn giải quyết',
  supplements: 'Yêu cầu bổ sung',
  ended_day: 'Ngày có kết quả',
  ending: 'Kết thúc',
  returned_day: 'Ngày trả kết quả',
  extension_due_day: 'Ngày hẹn mới',
  apology_day: 'Ngày văn bản xin lỗi',
  late_cause: 'Nguyên nhân quá hạn',
};

// Personal data never appears in a report, not even as a correction.
const PERSONAL = new Set(['applicant_name', 'id_number', 'phone', 'address', 'note']);

function valueText(column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (column.endsWith('_day') && typeof value === 'number') return viDate(value);
  if (column === 'channel' && typeof value === 'string') return CHANNEL_LABELS_VI[value as Channel] ?? value;
  if (column === 'ending' && typeof value === 'string') return ENDING_LABELS_VI[value as Ending] ?? value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function describeCorrection(c: CorrectionView): string {
  if (c.kind === 'added') return 'Hồ sơ được vào sổ sau khi kỳ báo cáo đã ký';
  const parts = Object.entries(c.changes)
    .filter(([column]) => !PERSONAL.has(column) && column in COLUMN_LABELS_VI)
    .map(([column, [before, after]]) => `${COLUMN_LABELS_VI[column]}: ${valueText(column, before)} → ${valueText(column, after)}`);
  return parts.length > 0 ? parts.join('; ') : 'Sửa thông tin không ảnh hưởng số liệu';
}

export function printableCorrections(corrections: readonly CorrectionView[]): ReportCorrection[] {
  return corrections.map((c) => ({
    period: c.period,
    code: c.code,
    description: describeCorrection(c),
    at: viDate(vietnamLocalFromEpoch(Date.parse(c.at)).day),
  }));
}
