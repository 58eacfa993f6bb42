// Sửa thông tin: every field of the dossier, pre-filled, changed together in one save — the procedure too
// (the due date is computed again and the change kept in the history, with the reason). What is changed is
// checked first at the field (shared/dossier/edit-checks.ts, citizen-numbers.ts), and a refusal of the
// edit command about one field is shown under that field too.
import { type FormEvent, useEffect, useState } from 'react';
import type { DossierView } from '../../../shared/api/dossier-schemas';
import type { EditDossierInput } from '../../../shared/api/desk-day-schemas';
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import { type CitizenNumberField, type CitizenNumberProblem, citizenNumberProblems } from '../../../shared/dossier/citizen-numbers';
import { CHANNELS, CHANNEL_LABELS_VI, type Channel } from '../../../shared/dossier/dossier';
import { type EditProblem, editProblems } from '../../../shared/dossier/edit-checks';
import { formatLocalDateTime, parseLocalDateTime } from '../../../shared/time/local-time';
import { parseViDateTime } from '../../../shared/time/vi-date-text';
import { ApiCallError, call, inputFieldOf, messageOf } from '../../api/client';
import { toViDateTime } from '../../app/format';
import { DateInput, focusField } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Field, FieldError } from '../../components/ui';
import { ProcedurePicker } from '../intake/ProcedurePicker';
import { useDossier } from './dossier-store';
import { NumberProblem } from './NumberProblem';

type TextFields = 'applicantName' | 'idNumber' | 'phone' | 'address' | 'note' | 'fee' | 'receivedAt' | 'interconnection';

/** The boxes of the dialog in their order (the first failing one is focused). */
const BOX_ORDER = ['procedure', 'edit-applicantName', 'edit-idNumber', 'edit-phone', 'edit-address', 'edit-channel', 'edit-receivedAt', 'edit-fee', 'edit-note', 'edit-interconnection', 'edit-reason'];

/** The box of an input field of the edit command. */
const boxOf = (field: string) => (field === 'procedureCode' ? 'procedure' : `edit-${field}`);

function initialOf(view: DossierView): Record<TextFields, string> {
  return {
    applicantName: view.applicantName,
    idNumber: view.idNumber,
    phone: view.phone,
    address: view.address,
    note: view.note,
    fee: String(view.fee),
    receivedAt: toViDateTime(view.receivedAt),
    interconnection: view.interconnection,
  };
}

export function EditDialog({ view }: { view: DossierView }) {
  const close = () => useDossier.getState().open(null);
  const initial = initialOf(view);
  const [form, setForm] = useState(initial);
  const [channel, setChannel] = useState<Channel>(view.channel);
  const [procedure, setProcedure] = useState<ProcedureView | null>(null);
  const [procedures, setProcedures] = useState<ProcedureView[]>([]);
  const [reason, setReason] = useState('');
  /** The message under each box that failed its check or that the command refused, by box id. */
  const [boxErrors, setBoxErrors] = useState<Record<string, string>>({});
  /** The new reception's problem the desk may confirm, and whether it did. */
  const [receptionProblem, setReceptionProblem] = useState<EditProblem | null>(null);
  const [receptionKept, setReceptionKept] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [numberProblems, setNumberProblems] = useState<CitizenNumberProblem[]>([]);
  const [kept, setKept] = useState<Partial<Record<CitizenNumberField, boolean>>>({});
  const pending = view.endedOn === null && view.returnedOn === null;

  useEffect(() => {
    call('catalogue.list', { on: view.receivedAt.slice(0, 10) })
      .then((c) => {
        setProcedures(c.procedures);
        setProcedure(c.procedures.find((p) => p.code === view.procedureCode) ?? null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [view.receivedAt, view.procedureCode]);

  const set = (field: TextFields, value: string) => {
    setForm({ ...form, [field]: value });
    setBoxErrors(Object.fromEntries(Object.entries(boxErrors).filter(([box]) => box !== `edit-${field}`)));
    if (field === 'receivedAt') setReceptionKept(false);
  };
  const problemOf = (field: CitizenNumberField) => numberProblems.find((p) => p.field === field);
  const boxError = (box: string) => boxErrors[box] ?? null;
  const invalid = (box: string) => (boxErrors[box] ? true : undefined);

  /** Marks the boxes (messages by box id) and focuses the first in the dialog's order. */
  function mark(errors: Record<string, string>, numberBoxes: string[] = []): boolean {
    setBoxErrors(errors);
    const first = BOX_ORDER.find((box) => errors[box] !== undefined || numberBoxes.includes(box));
    if (first !== undefined) setTimeout(() => focusField(first), 0);
    return first !== undefined;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDetails([]);
    const changes: EditDossierInput['changes'] = {};
    for (const field of ['applicantName', 'idNumber', 'phone', 'address', 'note', 'fee', 'interconnection'] as const) {
      if (form[field] !== initial[field]) changes[field] = form[field];
    }
    const receptionChanged = form.receivedAt !== initial.receivedAt;
    const recorded = parseLocalDateTime(view.receivedAt);
    const now = parseLocalDateTime((await call('app.info', {}).catch(() => null))?.now ?? '');
    if (recorded === null || now === null) {
      setError('Chưa đọc được giờ của máy tính, hãy thử lại.');
      return;
    }
    const checks = editProblems(
      { changes: { applicantName: changes.applicantName, fee: changes.fee, ...(receptionChanged ? { receivedAt: form.receivedAt } : {}) }, reason, recordedReception: recorded, confirmedReception: receptionKept },
      now,
    );
    setReceptionProblem(checks.find((p) => p.field === 'receivedAt' && p.confirmable) ?? (receptionKept ? receptionProblem : null));
    // only a changed number is checked: a dossier keeps the unusual number it already has
    const numbers = citizenNumberProblems({ idNumber: changes.idNumber, phone: changes.phone }, kept);
    setNumberProblems(citizenNumberProblems({ idNumber: changes.idNumber, phone: changes.phone }));
    if (mark(Object.fromEntries(checks.map((p) => [`edit-${p.field}`, p.message])), numbers.map((p) => `edit-${p.field}`))) return;
    const time = parseViDateTime(form.receivedAt);
    if (receptionChanged && time.ok) changes.receivedAt = formatLocalDateTime(time.value);
    if (channel !== view.channel) changes.channel = channel;
    if (procedure && procedure.code !== view.procedureCode) changes.procedureCode = procedure.code;
    setBusy(true);
    try {
      const next = await call('dossier.edit', { id: view.id, expectedVersion: view.version, changes, reason, confirmedNumbers: kept, confirmedReception: receptionKept });
      useDossier.setState({ view: next, action: null });
    } catch (err) {
      // a refusal about one field goes under that field
      const field = inputFieldOf(err);
      if (field !== null && BOX_ORDER.includes(boxOf(field))) mark({ [boxOf(field)]: messageOf(err) });
      else {
        setError(messageOf(err));
        setDetails(err instanceof ApiCallError ? err.details : []);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Sửa thông tin hồ sơ" onClose={close} wide>
      <form onSubmit={submit} className="action-form" noValidate>
        <Field label="Thủ tục hành chính" htmlFor="procedure" wide hint={pending ? 'Đổi thủ tục thì hạn trả được tính lại theo thủ tục mới.' : 'Hồ sơ đã có kết quả: không đổi được thủ tục.'}>
          <ProcedurePicker procedures={pending ? procedures : []} value={procedure} onChange={setProcedure} invalid={boxError('procedure') !== null} />
          <FieldError id="procedure" message={boxError('procedure')} />
        </Field>
        <div className="grid-2">
          <Field label="Họ tên người nộp" htmlFor="edit-applicantName">
            <input id="edit-applicantName" autoFocus aria-invalid={invalid('edit-applicantName')} value={form.applicantName} onChange={(e) => set('applicantName', e.target.value)} />
            <FieldError id="edit-applicantName" message={boxError('edit-applicantName')} />
          </Field>
          <Field label="Số định danh" htmlFor="edit-idNumber">
            <input id="edit-idNumber" inputMode="numeric" value={form.idNumber} onChange={(e) => set('idNumber', e.target.value)} aria-invalid={problemOf('idNumber') !== undefined && kept.idNumber !== true} />
            <NumberProblem problem={problemOf('idNumber')} kept={kept.idNumber === true} onKeep={(k) => setKept({ ...kept, idNumber: k })} label="Vẫn ghi số này (hộ chiếu, giấy tờ nước ngoài…)" />
            {problemOf('idNumber') ? null : <FieldError id="edit-idNumber" message={boxError('edit-idNumber')} />}
          </Field>
          <Field label="Số điện thoại" htmlFor="edit-phone">
            <input id="edit-phone" inputMode="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} aria-invalid={problemOf('phone') !== undefined && kept.phone !== true} />
            <NumberProblem problem={problemOf('phone')} kept={kept.phone === true} onKeep={(k) => setKept({ ...kept, phone: k })} label="Vẫn ghi số này (số nước ngoài, số nội bộ…)" />
            {problemOf('phone') ? null : <FieldError id="edit-phone" message={boxError('edit-phone')} />}
          </Field>
          <Field label="Địa chỉ" htmlFor="edit-address">
            <input id="edit-address" aria-invalid={invalid('edit-address')} value={form.address} onChange={(e) => set('address', e.target.value)} />
            <FieldError id="edit-address" message={boxError('edit-address')} />
          </Field>
          <Field label="Hình thức nộp" htmlFor="edit-channel">
            <select id="edit-channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS_VI[c]}
                </option>
              ))}
            </select>
            <FieldError id="edit-channel" message={boxError('edit-channel')} />
          </Field>
          <Field label="Thời điểm tiếp nhận" htmlFor="edit-receivedAt">
            <DateInput id="edit-receivedAt" mode="datetime" value={form.receivedAt} onChange={(v) => set('receivedAt', v)} error={boxError('edit-receivedAt')} />
            {receptionProblem ? (
              <label className="override">
                <input type="checkbox" data-testid="edit-confirm-receivedAt" checked={receptionKept} onChange={(e) => setReceptionKept(e.target.checked)} /> {receptionProblem.confirmLabel}
              </label>
            ) : null}
          </Field>
          <Field label="Phí, lệ phí (đồng)" htmlFor="edit-fee">
            <input id="edit-fee" inputMode="numeric" aria-invalid={invalid('edit-fee')} value={form.fee} onChange={(e) => set('fee', e.target.value)} />
            <FieldError id="edit-fee" message={boxError('edit-fee')} />
          </Field>
          <Field label="Ghi chú" htmlFor="edit-note">
            <input id="edit-note" aria-invalid={invalid('edit-note')} value={form.note} onChange={(e) => set('note', e.target.value)} />
            <FieldError id="edit-note" message={boxError('edit-note')} />
          </Field>
          <Field label="Liên thông đến (cấp, cơ quan)" htmlFor="edit-interconnection">
            <input id="edit-interconnection" aria-invalid={invalid('edit-interconnection')} value={form.interconnection} placeholder="Để trống nếu không liên thông" onChange={(e) => set('interconnection', e.target.value)} />
            <FieldError id="edit-interconnection" message={boxError('edit-interconnection')} />
          </Field>
        </div>
        <Field label="Lý do sửa (ghi vào lịch sử)" htmlFor="edit-reason" wide>
          <input
            id="edit-reason"
            aria-invalid={invalid('edit-reason')}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setBoxErrors(Object.fromEntries(Object.entries(boxErrors).filter(([box]) => box !== 'edit-reason')));
            }}
          />
          <FieldError id="edit-reason" message={boxError('edit-reason')} />
        </Field>
        <ErrorBox message={error} details={details} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Đang ghi…' : 'Ghi sửa đổi'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
