// The Tiếp nhận screen's state: the form, the catalogue for the picker, the live due date, the last save.
import { create } from 'zustand';
import type { CreateDossierInput, DossierView } from '../../../shared/api/dossier-schemas';
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import type { CommandOutput } from '../../../shared/api/contract';
import type { CitizenView } from '../../../shared/api/desk-day-schemas';
import { checkIdNumber } from '../../../shared/dossier/citizen-numbers';
import type { Channel } from '../../../shared/dossier/dossier';
import { call, inputFieldOf, messageOf } from '../../api/client';
import { type ConfirmableField, FEE_RULE, type IntakeProblem, QUANTITY_RULE, intakeProblems } from '../../../shared/dossier/intake-checks';
import { parseWholeNumberText } from '../../../shared/format/whole-number-text';
import { formatLocalDateTime, parseLocalDateTime } from '../../../shared/time/local-time';
import { parseViDateTime } from '../../../shared/time/vi-date-text';
import { toViDateTime } from '../../app/format';

export interface DocumentRow {
  name: string;
  form: string;
  quantity: string;
}

export interface IntakeForm {
  procedure: ProcedureView | null;
  channel: Channel;
  receivedAt: string;
  applicantName: string;
  idNumber: string;
  phone: string;
  address: string;
  documents: DocumentRow[];
  fee: string;
  digitisedDossier: boolean;
  paidOnline: boolean;
  note: string;
  /** "Liên thông": the level or agency the dossier is sent on to; empty when it is not. */
  interconnection: string;
  /** Unusual values the desk confirmed keeping (an old or future reception, a passport number, a number abroad). */
  confirmed: Partial<Record<ConfirmableField, boolean>>;
}

type Preview = CommandOutput<'deadline.preview'>;

interface IntakeState {
  procedures: ProcedureView[];
  form: IntakeForm;
  preview: Preview | null;
  previewError: string | null;
  saving: boolean;
  error: string | null;
  details: string[];
  saved: DossierView | null;
  /** The fields that failed their check at the last save, in form order. */
  problems: IntakeProblem[];
  /** What the ledger knows of the identity number typed (its latest details, the person's open dossiers). */
  citizen: CitizenView | null;
  /** This office's own count of dossiers per procedure code (the picker's ranking). */
  usage: Record<string, number>;
  lookUpCitizen(idNumber: string): Promise<void>;
  /** The procedure's required papers into the documents table, unless the desk has typed some. */
  prefillDocuments(code: string): Promise<void>;
  loadCatalogue(today: string): Promise<void>;
  update(patch: Partial<IntakeForm>): void;
  refreshPreview(): Promise<void>;
  save(): Promise<DossierView | null>;
  reset(now: string): void;
}

export function emptyForm(now: string): IntakeForm {
  return {
    procedure: null,
    channel: 'truc_tiep',
    receivedAt: toViDateTime(now),
    applicantName: '',
    idNumber: '',
    phone: '',
    address: '',
    documents: [{ name: '', form: 'Bản chính', quantity: '1' }],
    fee: '0',
    digitisedDossier: false,
    paidOnline: false,
    note: '',
    interconnection: '',
    confirmed: {},
  };
}

/** `04/03/2026 09:00` as the API's `2026-03-04 09:00`; what does not parse goes as typed (checked before). */
function apiDateTime(text: string): string {
  const parsed = parseViDateTime(text);
  return parsed.ok ? formatLocalDateTime(parsed.value) : text;
}

/** A whole number the form checked before (intakeProblems); what does not parse goes as NaN, refused by the API. */
function wholeNumber(text: string, rule: typeof FEE_RULE): number {
  const parsed = parseWholeNumberText(text, rule);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** The API's input field a refusal names, as the form's field (its box's id), when the form has it. */
const FORM_FIELDS: Record<string, IntakeProblem['field']> = {
  procedureCode: 'procedure',
  receivedAt: 'receivedAt',
  applicantName: 'applicantName',
  idNumber: 'idNumber',
  phone: 'phone',
  fee: 'fee',
};

function requestOf(f: IntakeForm): CreateDossierInput {
  return {
    procedureCode: f.procedure?.code ?? '',
    channel: f.channel,
    receivedAt: apiDateTime(f.receivedAt),
    applicantName: f.applicantName,
    idNumber: f.idNumber,
    phone: f.phone,
    address: f.address,
    documents: f.documents.filter((d) => d.name.trim() !== '').map((d) => ({ name: d.name, form: d.form, quantity: wholeNumber(d.quantity, QUANTITY_RULE) })),
    fee: wholeNumber(f.fee, FEE_RULE),
    digitisedDossier: f.digitisedDossier,
    paidOnline: f.paidOnline,
    note: f.note,
    interconnection: f.interconnection,
    confirmedNumbers: { idNumber: f.confirmed.idNumber === true, phone: f.confirmed.phone === true },
    confirmedReception: f.confirmed.receivedAt === true,
  };
}

let previewTicket = 0;
let citizenTicket = 0;

export const useIntake = create<IntakeState>((set, get) => ({
  procedures: [],
  form: emptyForm('2000-01-01 00:00'),
  preview: null,
  previewError: null,
  saving: false,
  error: null,
  details: [],
  saved: null,
  problems: [],
  citizen: null,
  usage: {},
  async loadCatalogue(today) {
    const [catalogue, usage] = await Promise.all([call('catalogue.list', { on: today }), call('catalogue.usage', {})]);
    set({ procedures: catalogue.procedures, usage: usage.counts });
  },
  async prefillDocuments(code) {
    const { documents } = await call('catalogue.documents', { code });
    const form = get().form;
    if (form.procedure?.code !== code || documents.length === 0 || form.documents.some((d) => d.name.trim() !== '')) return;
    set({ form: { ...form, documents: documents.map((d) => ({ name: d.name, form: d.form, quantity: String(d.quantity) })) } });
  },
  async lookUpCitizen(idNumber) {
    const check = checkIdNumber(idNumber);
    if (!check.ok || check.normalised === '') {
      set({ citizen: null });
      return;
    }
    const ticket = ++citizenTicket;
    const citizen = await call('citizen.lookup', { idNumber: check.normalised });
    if (ticket !== citizenTicket || get().form.idNumber !== idNumber) return;
    set({ citizen });
    const known = citizen.known;
    if (!known) return;
    // fills what the desk has not typed yet, never over what it has
    const form = get().form;
    const fill: Partial<IntakeForm> = {};
    if (form.applicantName.trim() === '') fill.applicantName = known.applicantName;
    if (form.phone.trim() === '') fill.phone = known.phone;
    if (form.address.trim() === '') fill.address = known.address;
    set({ form: { ...form, ...fill } });
  },
  update(patch) {
    const touched = Object.keys(patch);
    const untouched = (p: IntakeProblem) => !touched.includes(p.field) && !(touched.includes('documents') && p.field.startsWith('doc-quantity-'));
    set({ form: { ...get().form, ...patch }, error: null, details: [], problems: get().problems.filter(untouched) });
    if ('procedure' in patch || 'receivedAt' in patch || 'channel' in patch) void get().refreshPreview();
    if (patch.procedure) get().prefillDocuments(patch.procedure.code).catch((error: unknown) => set({ error: messageOf(error) }));
    if (patch.idNumber !== undefined) get().lookUpCitizen(patch.idNumber).catch(() => set({ citizen: null }));
  },
  async refreshPreview() {
    const { procedure, receivedAt, channel } = get().form;
    const ticket = ++previewTicket;
    const parsed = parseViDateTime(receivedAt);
    if (!procedure || !parsed.ok) {
      set({ preview: null, previewError: procedure && !parsed.ok ? parsed.message : null });
      return;
    }
    const at = formatLocalDateTime(parsed.value);
    try {
      const preview = await call('deadline.preview', { procedureCode: procedure.code, receivedAt: at, channel });
      if (ticket === previewTicket) set({ preview, previewError: null });
    } catch (error) {
      if (ticket === previewTicket) set({ preview: null, previewError: messageOf(error) });
    }
  },
  async save() {
    const form = get().form;
    set({ saving: true, error: null, details: [] });
    try {
      const now = parseLocalDateTime((await call('app.info', {})).now);
      const problems = now ? intakeProblems({ ...form, procedureChosen: form.procedure !== null }, now) : [];
      set({ problems });
      if (problems.length > 0) return null;
      const saved = await call('dossier.create', requestOf(form));
      set({ saved });
      return saved;
    } catch (error) {
      // a refusal about one field (a procedure not in force on the day of reception …) goes under that field
      const field = FORM_FIELDS[inputFieldOf(error) ?? ''];
      if (field !== undefined) {
        set({ problems: [{ field, message: messageOf(error), confirmable: false }] });
        return null;
      }
      const details = error instanceof Error && 'details' in error && Array.isArray(error.details) ? (error.details as string[]) : [];
      set({ error: messageOf(error), details });
      return null;
    } finally {
      set({ saving: false });
    }
  },
  reset(now) {
    previewTicket += 1;
    citizenTicket += 1;
    set({ form: emptyForm(now), preview: null, previewError: null, error: null, details: [], problems: [], citizen: null });
  },
}));
