// Cell values as other systems write them, turned into the text our own columns read (columns.ts):
// Excel serial dates, "HH:mm dd/mm/yyyy", dd-mm-yyyy; channel names such as "Bưu chính công ích" or
// "Dịch vụ công"; the status of a dossier ("Đã trả kết quả", "Rút hồ sơ" …). A value not recognised is
// left as written, so that the row check names it with its line and column.
import { CHANNELS, type Channel, type Ending } from '../../../shared/dossier/dossier';
import { isoFromDay } from '../../../shared/time/day';
import { foldKey } from '../fold';

const pad = (n: number) => String(n).padStart(2, '0');

/** Day 0 of Excel's 1900 system is 1899-12-30 (the serial of 1970-01-01 is 25569). */
const EXCEL_EPOCH_SERIAL = 25569;
/** Serials from 1954 to 2119: a plain number outside this range is not taken for a date. */
const SERIAL_RANGE = { min: 20000, max: 80000 };

/** An Excel serial date-time (days since 1899-12-30, fraction = time of day) as `YYYY-MM-DD[ HH:MM]`. */
export function excelSerialText(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const day = Math.floor(minutes / 1440) - EXCEL_EPOCH_SERIAL;
  const minute = minutes % 1440;
  const date = isoFromDay(day);
  return minute === 0 ? date : `${date} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

const SERIAL = /^\d{5}(?:\.\d+)?$/;
const TIME_FIRST = /^(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:,|-)?\s*(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/iu;
const DMY_OTHER = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})(.*)$/;
const DATE_DASH_TIME = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-,]\s*(\d{1,2}:\d{2}(?::\d{2})?)$/;

/** A date or date-time cell of a foreign export, as `YYYY-MM-DD HH:MM` / `DD/MM/YYYY HH:MM` text. */
export function foreignDateText(text: string): string {
  const trimmed = text.trim();
  if (SERIAL.test(trimmed)) {
    const serial = Number(trimmed);
    if (serial >= SERIAL_RANGE.min && serial <= SERIAL_RANGE.max) return excelSerialText(serial);
    return trimmed;
  }
  const timeFirst = TIME_FIRST.exec(trimmed);
  if (timeFirst) return foreignDateText(`${timeFirst[2] ?? ''} ${timeFirst[1] ?? ''}`);
  const dashed = DATE_DASH_TIME.exec(trimmed);
  if (dashed) return `${dashed[1] ?? ''} ${dashed[2] ?? ''}`;
  const other = DMY_OTHER.exec(trimmed);
  if (other) return `${other[1] ?? ''}/${other[2] ?? ''}/${other[3] ?? ''}${other[4] ?? ''}`;
  return trimmed;
}

/** The channel names of the province's system and older ledgers. */
const CHANNEL_TEXTS: Record<string, Channel> = {
  'Trực tiếp': 'truc_tiep',
  'Nộp trực tiếp': 'truc_tiep',
  'Tại quầy': 'truc_tiep',
  'Một cửa': 'truc_tiep',
  'Bưu chính': 'buu_chinh',
  'Bưu chính công ích': 'buu_chinh',
  'Qua bưu chính': 'buu_chinh',
  'Qua bưu chính công ích': 'buu_chinh',
  'Bưu điện': 'buu_chinh',
  'Trực tuyến toàn trình': 'truc_tuyen_toan_trinh',
  'Dịch vụ công trực tuyến toàn trình': 'truc_tuyen_toan_trinh',
  'DVC toàn trình': 'truc_tuyen_toan_trinh',
  'Toàn trình': 'truc_tuyen_toan_trinh',
  'Trực tuyến một phần': 'truc_tuyen_mot_phan',
  'Dịch vụ công trực tuyến một phần': 'truc_tuyen_mot_phan',
  'DVC một phần': 'truc_tuyen_mot_phan',
  'Một phần': 'truc_tuyen_mot_phan',
  // Online without saying which kind: counted online (Biểu 06 column 4) as the partial kind, the
  // cautious reading; a profile may say otherwise for its system.
  'Trực tuyến': 'truc_tuyen_mot_phan',
  'Dịch vụ công': 'truc_tuyen_mot_phan',
  'Dịch vụ công trực tuyến': 'truc_tuyen_mot_phan',
  'Cổng dịch vụ công': 'truc_tuyen_mot_phan',
  'Qua mạng': 'truc_tuyen_mot_phan',
};

/** The status of a dossier in a foreign list: ended one way or another, or still being handled. */
export type StatusMeaning = Ending | 'dang_giai_quyet';
export const STATUS_MEANINGS: readonly StatusMeaning[] = ['giai_quyet', 'rut', 'dung', 'tu_choi', 'dang_giai_quyet'];

const STATUS_TEXTS: Record<string, StatusMeaning> = {
  'Đã trả kết quả': 'giai_quyet',
  'Đã có kết quả': 'giai_quyet',
  'Đã giải quyết': 'giai_quyet',
  'Hoàn thành': 'giai_quyet',
  'Đã hoàn thành': 'giai_quyet',
  'Đã xử lý xong': 'giai_quyet',
  'Chờ trả kết quả': 'giai_quyet',
  'Giải quyết': 'giai_quyet',
  'Đang xử lý': 'dang_giai_quyet',
  'Đang giải quyết': 'dang_giai_quyet',
  'Chờ bổ sung': 'dang_giai_quyet',
  'Yêu cầu bổ sung': 'dang_giai_quyet',
  'Chờ xử lý': 'dang_giai_quyet',
  'Mới tiếp nhận': 'dang_giai_quyet',
  'Đã tiếp nhận': 'dang_giai_quyet',
  'Rút hồ sơ': 'rut',
  'Công dân rút hồ sơ': 'rut',
  'Rút': 'rut',
  'Dừng xử lý': 'dung',
  'Dừng giải quyết': 'dung',
  'Từ chối': 'tu_choi',
  'Từ chối giải quyết': 'tu_choi',
  'Trả lại': 'tu_choi',
  'Trả lại hồ sơ': 'tu_choi',
  'Không giải quyết': 'tu_choi',
};

function foldedTable<T>(table: Record<string, T>, extra: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const [text, value] of Object.entries(table)) map.set(foldKey(text), value);
  for (const [text, value] of Object.entries(extra)) map.set(foldKey(text), value);
  return map;
}

/** A reader of channel cells: the profile's own texts first, then the usual ones, then our codes. */
export function channelReader(extra: Record<string, Channel> = {}): (text: string) => Channel | null {
  const known = foldedTable(CHANNEL_TEXTS, extra);
  for (const code of CHANNELS) known.set(foldKey(code), code);
  return (text) => known.get(foldKey(text)) ?? null;
}

export function statusReader(extra: Record<string, StatusMeaning> = {}): (text: string) => StatusMeaning | null {
  const known = foldedTable(STATUS_TEXTS, extra);
  return (text) => known.get(foldKey(text)) ?? null;
}

/** The usual status texts, for messages. */
export const KNOWN_STATUS_TEXTS = Object.keys(STATUS_TEXTS);
