// The facts of a dossier that the rules need. Personal data lives beside it in the ledger, never here.
import type { DayNumber } from '../time/day';
import type { LocalDateTime } from '../time/local-time';
import type { ProcedureRule } from '../catalogue/procedure';

export type Channel = 'truc_tiep' | 'buu_chinh' | 'truc_tuyen_mot_phan' | 'truc_tuyen_toan_trinh';
export const CHANNELS: readonly Channel[] = ['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'];
export const CHANNEL_LABELS_VI: Record<Channel, string> = {
  truc_tiep: 'Trực tiếp',
  buu_chinh: 'Bưu chính',
  truc_tuyen_mot_phan: 'Trực tuyến một phần',
  truc_tuyen_toan_trinh: 'Trực tuyến toàn trình',
};
export function isOnline(channel: Channel): boolean {
  return channel === 'truc_tuyen_mot_phan' || channel === 'truc_tuyen_toan_trinh';
}

/** How a dossier ended: resolved with a result, withdrawn, stopped, rejected after reception. */
export type Ending = 'giai_quyet' | 'rut' | 'dung' | 'tu_choi';
export const ENDINGS: readonly Ending[] = ['giai_quyet', 'rut', 'dung', 'tu_choi'];
export const ENDING_LABELS_VI: Record<Ending, string> = {
  giai_quyet: 'Giải quyết',
  rut: 'Rút hồ sơ',
  dung: 'Dừng giải quyết',
  tu_choi: 'Từ chối',
};

export type Rating = 'rat_hai_long' | 'hai_long' | 'khong_hai_long';
export const RATINGS: readonly Rating[] = ['rat_hai_long', 'hai_long', 'khong_hai_long'];
export const RATING_LABELS_VI: Record<Rating, string> = {
  rat_hai_long: 'Rất hài lòng',
  hai_long: 'Hài lòng',
  khong_hai_long: 'Không hài lòng',
};

/** A supplement request (rules.md §3): the clock stops after `requestedOn`, restarts with `returnedOn`. */
export interface SupplementPause {
  requestedOn: DayNumber;
  returnedOn: DayNumber | null;
}

export interface Extension {
  /** The new date given in the apology letter (Mẫu 04). */
  newDueDay: DayNumber;
  apologyOn: DayNumber | null;
}

export interface DossierFacts {
  code: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  channel: Channel;
  receivedAt: LocalDateTime;
  rule: ProcedureRule;
  /** The due date given at reception (before any pause). */
  baseDueDay: DayNumber;
  supplements: SupplementPause[];
  /** The day the dossier ended: result ready, or withdrawn / stopped / rejected. */
  endedOn: DayNumber | null;
  ending: Ending | null;
  /** The day the citizen collected the result (used as `endedOn` when that is missing). */
  returnedOn: DayNumber | null;
  extension: Extension | null;
  lateCause: string;
  digitisedDossier: boolean;
  digitisedResult: boolean;
  storedResult: boolean;
  paidOnline: boolean;
  fee: number;
  rating: Rating | null;
}
