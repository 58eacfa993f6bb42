// The Tiếp nhận screen's state: the form, the catalogue for the picker, the live due date, the last save.
import { create } from 'zustand';
import type { CreateDossierInput, DossierView } from '../../../shared/api/dossier-schemas';
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import type { CommandOutput } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/dossier/dossier';
import { call, messageOf } from '../../api/client';
import { fromViDateTime, toViDateTime } from '../../app/format';

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
  };
}

function requestOf(f: IntakeForm): CreateDossierInput {
  return {
    procedureCode: f.procedure?.code ?? '',
    channel: f.channel,
    receivedAt: fromViDateTime(f.receivedAt) ?? f.receivedAt,
    applicantName: f.applicantName,
    idNumber: f.idNumber,
    phone: f.phone,
    address: f.address,
    documents: f.documents.filter((d) => d.name.trim() !== '').map((d) => ({ name: d.name, form: d.form, quantity: Number(d.quantity) || 1 })),
    fee: Number(f.fee.replace(/[.\s]/g, '')) || 0,
    digitisedDossier: f.digitisedDossier,
    paidOnline: f.paidOnline,
    note: f.note,
  };
}

let previewTicket = 0;

export const useIntake = create<IntakeState>((set, get) => ({
  procedures: [],
  form: emptyForm('2000-01-01 00:00'),
  preview: null,
  previewError: null,
  saving: false,
  error: null,
  details: [],
  saved: null,
  async loadCatalogue(today) {
    const catalogue = await call('catalogue.list', { on: today });
    set({ procedures: catalogue.procedures });
  },
  update(patch) {
    set({ form: { ...get().form, ...patch }, error: null, details: [] });
    if ('procedure' in patch || 'receivedAt' in patch || 'channel' in patch) void get().refreshPreview();
  },
  async refreshPreview() {
    const { procedure, receivedAt, channel } = get().form;
    const ticket = ++previewTicket;
    const at = fromViDateTime(receivedAt);
    if (!procedure || at === null) {
      set({ preview: null, previewError: procedure ? 'Thời điểm tiếp nhận ghi theo dạng ngày/tháng/năm giờ:phút, ví dụ 04/03/2024 09:00.' : null });
      return;
    }
    try {
      const preview = await call('deadline.preview', { procedureCode: procedure.code, receivedAt: at, channel });
      if (ticket === previewTicket) set({ preview, previewError: null });
    } catch (error) {
      if (ticket === previewTicket) set({ preview: null, previewError: messageOf(error) });
    }
  },
  async save() {
    const form = get().form;
    if (!form.procedure) {
      set({ error: 'Hãy chọn thủ tục.', details: [] });
      return null;
    }
    set({ saving: true, error: null, details: [] });
    try {
      const saved = await call('dossier.create', requestOf(form));
      set({ saved });
      return saved;
    } catch (error) {
      const details = error instanceof Error && 'details' in error && Array.isArray(error.details) ? (error.details as string[]) : [];
      set({ error: messageOf(error), details });
      return null;
    } finally {
      set({ saving: false });
    }
  },
  reset(now) {
    previewTicket += 1;
    set({ form: emptyForm(now), preview: null, previewError: null, error: null, details: [] });
  },
}));
