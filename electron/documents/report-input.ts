// What the report renderers take: the compiled figures, the unit's letterhead, the chairman's free text.
// Plain data only; the lead wires it to the ledger and the settings.
import type { CompiledReport } from '../../shared/report/compile';
import type { ReportProfile } from '../../shared/report/profile';
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';

export interface Signer {
  /** TM. = on behalf of the collective (the chairman signs); KT. = signing for the chairman (a deputy). */
  mode: 'TM' | 'KT';
  /** "Chủ tịch" or "Phó Chủ tịch"; printed in capitals. */
  title: string;
  name: string;
}

export interface ReportUnit {
  /** "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", or empty where not used. */
  parentBody: string;
  /** "UBND xã Hương Hữu" → issuing body line "ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU". */
  name: string;
  /** The place in the date line: "Hương Hữu". */
  place: string;
  /** Printed after "Kính gửi:" and as "Đơn vị nhận báo cáo". */
  receivingUnit: string;
  /** "…/BC-UBND" or "356/BC-UBND". */
  documentNumber: string;
  signer: Signer;
}

export interface NarrativeSection {
  heading: string;
  /** Paragraphs separated by line breaks. */
  text: string;
}

export interface ReportInput {
  report: CompiledReport;
  unit: ReportUnit;
  issuedOn: DayNumber;
  /** The chairman's free text, pre-filled with last quarter's; the ledger's section is placed by its heading. */
  narrative: {
    sections: NarrativeSection[];
  };
  /** A report not signed yet: every part is marked "DỰ THẢO". */
  draft?: boolean;
  /** A period not ended yet: the instant its figures are taken at ("tạm tính đến …"). */
  provisionalAsOf?: LocalDateTime | null;
  /** "Đơn vị/người chịu trách nhiệm" of the late list, by dossier code. */
  responsibleFor?: Readonly<Record<string, string>>;
  /** "Như trên;", "Lưu: VT." … (a leading "- " is added when missing). */
  recipients: string[];
  /** Overrides the profile's subject line. */
  subject?: string;
  /** Defaults to Biểu 06 (BIEU_06_PROFILE). */
  profile?: ReportProfile;
  /** Changes to periods already signed, listed after the late-dossier list. */
  corrections?: ReportCorrection[];
  /** The cells of those periods' signed Biểu 06 that the changes alter, old → new. */
  correctedCells?: CorrectedCell[];
}

/** One cell of a signed Biểu 06 whose value the corrections changed. */
export interface CorrectedCell {
  /** "Quý I năm 2024". */
  period: string;
  /** The field's row, or the total's label. */
  row: string;
  /** "(10) Số hồ sơ đã giải quyết — Quá hạn". */
  column: string;
  before: number;
  after: number;
}

/** One correction to a signed period, already worded for print. */
export interface ReportCorrection {
  /** "Quý I năm 2024". */
  period: string;
  code: string;
  /** "Ngày có kết quả: — → 13/03/2024" or "Hồ sơ vào sổ sau khi đã ký". */
  description: string;
  /** "15/03/2024". */
  at: string;
}

/** One dossier of the period for the "Danh sách hồ sơ" sheet. */
export interface DossierListRow {
  code: string;
  procedure: string;
  field: string;
  channelLabel: string;
  received: LocalDateTime;
  due: DayNumber | null;
  ended: DayNumber | null;
  statusLabel: string;
  /** Personal data: written only with `includePersonalData`. */
  applicantName?: string;
  applicantAddress?: string;
  applicantPhone?: string;
}
