// Cross-field checks of one row, on the values that parsed: dates in a possible order, supplement
// requests and returns paired, an ending only with an end date, an apology only with a new date.
import type { DayNumber } from '../../shared/time/day';
import { showDay } from './date-cell';
import type { RowCells } from './row-cells';
import type { RowIssue } from './row-issue';

function receptionOrder(row: RowCells): RowIssue[] {
  const received = row.values.ngay_nhan?.day;
  if (received === undefined) return [];
  const issues: RowIssue[] = [];
  const since = `(${showDay(received)})`;
  const { han_tra, ngay_co_ket_qua, ngay_tra_ket_qua, ngay_yeu_cau_bo_sung } = row.values;
  if (han_tra !== undefined && han_tra < received) {
    issues.push({ key: 'han_tra', reason: `Ngày hẹn trả trước ngày tiếp nhận ${since}` });
  }
  if (ngay_co_ket_qua !== undefined && ngay_co_ket_qua < received) {
    issues.push({ key: 'ngay_co_ket_qua', reason: `Ngày có kết quả trước ngày tiếp nhận ${since}` });
  }
  if (ngay_tra_ket_qua !== undefined && ngay_tra_ket_qua < received) {
    issues.push({ key: 'ngay_tra_ket_qua', reason: `Ngày trả kết quả trước ngày tiếp nhận ${since}` });
  }
  (ngay_yeu_cau_bo_sung ?? []).forEach((requested, i) => {
    if (requested < received) {
      issues.push({
        key: 'ngay_yeu_cau_bo_sung',
        reason: `Ngày yêu cầu bổ sung lần ${i + 1} (${showDay(requested)}) trước ngày tiếp nhận ${since}`,
      });
    }
  });
  return issues;
}

function returnAfterResult(row: RowCells): RowIssue[] {
  const { ngay_co_ket_qua: ended, ngay_tra_ket_qua: returned } = row.values;
  if (ended === undefined || returned === undefined || returned >= ended) return [];
  return [{ key: 'ngay_tra_ket_qua', reason: `Ngày trả kết quả trước ngày có kết quả (${showDay(ended)})` }];
}

function supplementCount(requests: number, returns: number): string | null {
  if (returns === requests || returns === requests - 1) return null;
  if (requests === 0) return 'Có ngày bổ sung xong nhưng không có ngày yêu cầu bổ sung';
  const allowed = requests === 1 ? '1 ngày (hoặc để trống nếu công dân chưa bổ sung)' : `${requests} hoặc ${requests - 1} ngày`;
  return `Có ${requests} ngày yêu cầu bổ sung nên phải có ${allowed} bổ sung xong, nhưng có ${returns} ngày`;
}

function supplementOrder(requests: readonly DayNumber[], returns: readonly DayNumber[]): RowIssue[] {
  const issues: RowIssue[] = [];
  returns.forEach((returned, i) => {
    const requested = requests[i];
    if (requested !== undefined && returned < requested) {
      issues.push({
        key: 'ngay_bo_sung_xong',
        reason: `Ngày bổ sung xong lần ${i + 1} (${showDay(returned)}) trước ngày yêu cầu bổ sung lần ${i + 1} (${showDay(requested)})`,
      });
    }
    const next = requests[i + 1];
    if (next !== undefined && next < returned) {
      issues.push({
        key: 'ngay_yeu_cau_bo_sung',
        reason: `Ngày yêu cầu bổ sung lần ${i + 2} (${showDay(next)}) trước ngày bổ sung xong lần ${i + 1} (${showDay(returned)})`,
      });
    }
  });
  return issues;
}

function supplements(row: RowCells): RowIssue[] {
  // Only when both lists are readable (an unreadable cell is already reported).
  if (!cellReadable(row, 'ngay_yeu_cau_bo_sung') || !cellReadable(row, 'ngay_bo_sung_xong')) return [];
  const requests = row.values.ngay_yeu_cau_bo_sung ?? [];
  const returns = row.values.ngay_bo_sung_xong ?? [];
  const count = supplementCount(requests.length, returns.length);
  if (count !== null) return [{ key: 'ngay_bo_sung_xong', reason: count }];
  return supplementOrder(requests, returns);
}

/** The cell is empty or parsed (not an invalid value). */
function cellReadable(row: RowCells, key: 'ngay_yeu_cau_bo_sung' | 'ngay_bo_sung_xong'): boolean {
  return (row.texts[key] ?? '') === '' || row.values[key] !== undefined;
}

function endingNeedsDate(row: RowCells): RowIssue[] {
  if (row.values.ket_thuc === undefined) return [];
  const hasEnd = (row.texts.ngay_co_ket_qua ?? '') !== '' || (row.texts.ngay_tra_ket_qua ?? '') !== '';
  return hasEnd ? [] : [{ key: 'ket_thuc', reason: 'Có giá trị Kết thúc nhưng không có Ngày có kết quả' }];
}

function apologyNeedsNewDate(row: RowCells): RowIssue[] {
  if (row.values.ngay_xin_loi === undefined || (row.texts.han_gia_han ?? '') !== '') return [];
  return [{ key: 'ngay_xin_loi', reason: 'Có ngày văn bản xin lỗi nhưng thiếu Ngày hẹn mới' }];
}

export function checkRow(row: RowCells): RowIssue[] {
  return [
    ...receptionOrder(row),
    ...returnAfterResult(row),
    ...supplements(row),
    ...endingNeedsDate(row),
    ...apologyNeedsNewDate(row),
  ];
}
