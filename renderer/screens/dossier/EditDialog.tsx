// Sửa thông tin: every field of the dossier, pre-filled, changed together in one save — the procedure too
// (the due date is computed again and the change kept in the history, with the reason).
import { type FormEvent, useEffect, useState } from 'react';
import type { DossierView } from '../../../shared/api/dossier-schemas';
import type { EditDossierInput } from '../../../shared/api/desk-day-schemas';
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import { type CitizenNumberField, type CitizenNumberProblem, citizenNumberProblems } from '../../../shared/dossier/citizen-numbers';
import { CHANNELS, CHANNEL_LABELS_VI, type Channel } from '../../../shared/dossier/dossier';
import { formatLocalDateTime } from '../../../shared/time/local-time';
import { parseViDateTime } from '../../../shared/time/vi-date-text';
import { ApiCallError, call, messageOf } from '../../api/client';
import { toViDateTime } from '../../app/format';
import { DateInput, focusField } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Field } from '../../components/ui';
import { ProcedurePicker } from '../intake/ProcedurePicker';
import { useDossier } from './dossier-store';
import { NumberProblem } from './NumberProblem';

type TextFields = 'applicantName' | 'idNumber' | 'phone' | 'address' | 'note' | 'fee' | 'receivedAt' | 'interconnection';

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
  const [timeError, setTimeError] = useState<string | null>(null);
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

  const set = (field: TextFields, value: string) => setForm({ ...form, [field]: value });
  const problemOf = (field: CitizenNumberField) => numberProblems.find((p) => p.field === field);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const time = parseViDateTime(form.receivedAt);
    setTimeError(time.ok ? null : time.message);
    if (!time.ok) {
      setTimeout(() => focusField('edit-receivedAt'), 0);
      return;
    }
    const changes: EditDossierInput['changes'] = {};
    for (const field of ['applicantName', 'idNumber', 'phone', 'address', 'note', 'fee', 'interconnection'] as const) {
      if (form[field] !== initial[field]) changes[field] = form[field];
    }
    // only a changed number is checked: a dossier keeps the unusual number it already has
    const numbers = citizenNumberProblems({ idNumber: changes.idNumber, phone: changes.phone }, kept);
    setNumberProblems(citizenNumberProblems({ idNumber: changes.idNumber, phone: changes.phone }));
    const first = numbers[0];
    if (first) {
      setTimeout(() => focusField(`edit-${first.field}`), 0);
      return;
    }
    if (form.receivedAt !== initial.receivedAt) changes.receivedAt = formatLocalDateTime(time.value);
    if (channel !== view.channel) changes.channel = channel;
    if (procedure && procedure.code !== view.procedureCode) changes.procedureCode = procedure.code;
    setBusy(true);
    setError(null);
    try {
      const next = await call('dossier.edit', { id: view.id, expectedVersion: view.version, changes, reason, confirmedNumbers: kept });
      useDossier.setState({ view: next, action: null });
    } catch (err) {
      setError(messageOf(err));
      setDetails(err instanceof ApiCallError ? err.details : []);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Sửa thông tin hồ sơ" onClose={close} wide>
      <form onSubmit={submit} className="action-form" noValidate>
        <Field label="Thủ tục hành chính" htmlFor="procedure" wide hint={pending ? 'Đổi thủ tục thì hạn trả được tính lại theo thủ tục mới.' : 'Hồ sơ đã có kết quả: không đổi được thủ tục.'}>
          <ProcedurePicker procedures={pending ? procedures : []} value={procedure} onChange={setProcedure} />
        </Field>
        <div className="grid-2">
          <Field label="Họ tên người nộp" htmlFor="edit-applicantName">
            <input id="edit-applicantName" autoFocus value={form.applicantName} onChange={(e) => set('applicantName', e.target.value)} />
          </Field>
          <Field label="Số định danh" htmlFor="edit-idNumber">
            <input id="edit-idNumber" inputMode="numeric" value={form.idNumber} onChange={(e) => set('idNumber', e.target.value)} aria-invalid={problemOf('idNumber') !== undefined && kept.idNumber !== true} />
            <NumberProblem problem={problemOf('idNumber')} kept={kept.idNumber === true} onKeep={(k) => setKept({ ...kept, idNumber: k })} label="Vẫn ghi số này (hộ chiếu, giấy tờ nước ngoài…)" />
          </Field>
          <Field label="Số điện thoại" htmlFor="edit-phone">
            <input id="edit-phone" inputMode="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} aria-invalid={problemOf('phone') !== undefined && kept.phone !== true} />
            <NumberProblem problem={problemOf('phone')} kept={kept.phone === true} onKeep={(k) => setKept({ ...kept, phone: k })} label="Vẫn ghi số này (số nước ngoài, số nội bộ…)" />
          </Field>
          <Field label="Địa chỉ" htmlFor="edit-address">
            <input id="edit-address" value={form.address} onChange={(e) => set('address', e.target.value)} />
          </Field>
          <Field label="Hình thức nộp" htmlFor="edit-channel">
            <select id="edit-channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS_VI[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Thời điểm tiếp nhận" htmlFor="edit-receivedAt">
            <DateInput id="edit-receivedAt" mode="datetime" value={form.receivedAt} onChange={(v) => set('receivedAt', v)} error={timeError} />
          </Field>
          <Field label="Phí, lệ phí (đồng)" htmlFor="edit-fee">
            <input id="edit-fee" inputMode="numeric" value={form.fee} onChange={(e) => set('fee', e.target.value)} />
          </Field>
          <Field label="Ghi chú" htmlFor="edit-note">
            <input id="edit-note" value={form.note} onChange={(e) => set('note', e.target.value)} />
          </Field>
          <Field label="Liên thông đến (cấp, cơ quan)" htmlFor="edit-interconnection">
            <input id="edit-interconnection" value={form.interconnection} placeholder="Để trống nếu không liên thông" onChange={(e) => set('interconnection', e.target.value)} />
          </Field>
        </div>
        <Field label="Lý do sửa (ghi vào lịch sử)" htmlFor="edit-reason" wide>
          <input id="edit-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
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
