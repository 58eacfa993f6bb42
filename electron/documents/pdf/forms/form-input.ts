// Inputs of the one-stop forms (reports.md §4). Plain data from the settings and the ledger.
import type { DayNumber } from '../../../../shared/time/day';
import type { LocalDateTime } from '../../../../shared/time/local-time';
import type { Signer } from '../../report-input';

/** The office from the settings. */
export interface OfficeInfo {
  /** "Ủy ban nhân dân huyện Nam Đông", or empty. */
  parentBody: string;
  /** "UBND xã Hương Hữu". */
  unitName: string;
  /** "Bộ phận Tiếp nhận và Trả kết quả". */
  officeName: string;
  /** "Hương Hữu" (the date line). */
  place: string;
  phone: string;
}

export interface Applicant {
  name: string;
  address: string;
  phone: string;
  email: string;
}

export interface ReceivedDocument {
  name: string;
  /** "Bản chính", "Bản sao", "Bản sao có chứng thực". */
  form: string;
  count: number;
}

/** A time that may have no minute (a due day without an hour). */
export interface DueTime {
  day: DayNumber;
  minute: number | null;
}

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceptionReceipt {
  code: string;
  procedureName: string;
  /** "Nội dung yêu cầu giải quyết"; defaults to the procedure name. */
  request: string;
  applicant: Applicant;
  documents: ReceivedDocument[];
  sets: number;
  /** "03 ngày làm việc". */
  statutoryTime: string;
  receivedAt: LocalDateTime;
  due: DueTime;
  /** Printed under the due date when it is provisional (a year without an official holiday schedule). */
  dueNote?: string | null;
  /** Where to collect the result. */
  collectAt: string;
  /** Fee in đồng (0 = none). */
  fee: number;
  ledger: { volume: string; number: string } | null;
  officer: string;
}

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequest {
  code: string;
  procedureName: string;
  applicantName: string;
  receivedAt: LocalDateTime;
  due: DueTime;
  requestedOn: DayNumber;
  /** Each missing document listed once, with its reason. */
  items: { document: string; reason: string }[];
  officer: string;
}

/** Mẫu 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
export interface ApologyLetter {
  documentNumber: string;
  issuedOn: DayNumber;
  code: string;
  procedureName: string;
  applicantName: string;
  receivedAt: LocalDateTime;
  originalDue: DueTime;
  reason: string;
  newDue: DueTime;
  signer: Signer;
  recipients: string[];
}

/** One line of Mẫu 07: Sổ theo dõi hồ sơ. */
export interface LedgerBookRow {
  code: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  /** Address and/or phone, printed as given. */
  applicantContact: string;
  handlingBody: string;
  received: LocalDateTime;
  due: DayNumber | null;
  transferredOn: DayNumber | null;
  resultOn: DayNumber | null;
  returnedOn: DayNumber | null;
  note: string;
}

export interface LedgerBook {
  from: DayNumber;
  to: DayNumber;
  /** "Quyển số 01/2024", or empty. */
  volume: string;
  rows: LedgerBookRow[];
}
