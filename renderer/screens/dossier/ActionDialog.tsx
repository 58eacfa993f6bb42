// The small form of each action (dates default to today; Enter submits, Esc closes).
import { type FormEvent, type ReactNode, createContext, useContext, useState } from 'react';
import type { ActionKind, DossierAction } from '../../../shared/api/dossier-schemas';
import { RATINGS, RATING_LABELS_VI, type Rating } from '../../../shared/dossier/dossier';
import { isoOfViDate, parseViDate, viDateOfIso } from '../../../shared/time/vi-date-text';
import { DateInput, focusField } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { viIso } from '../../app/format';
import { ErrorBox, Field } from '../../components/ui';
import { ACTION_LABELS_VI } from './action-labels';
import { useDossier } from './dossier-store';

/** The messages of the dates that failed their check, by field id (shown under each box). */
const DateErrors = createContext<Record<string, string>>({});

function DateField(props: { id: string; label: string; value: string; onChange(v: string): void; autoFocus?: boolean }) {
  const errors = useContext(DateErrors);
  return (
    <Field label={props.label} htmlFor={props.id}>
      <DateInput id={props.id} autoFocus={props.autoFocus} value={props.value} onChange={props.onChange} error={errors[props.id] ?? null} />
    </Field>
  );
}

/** Each date box (id → typed text) that does not hold a date, with why. */
function dateProblems(dates: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(dates)) {
    const parsed = parseViDate(text);
    if (!parsed.ok) out[id] = parsed.message;
  }
  return out;
}

/** A typed dd/mm/yyyy as the API's YYYY-MM-DD (checked before, by the form). */
const iso = (text: string) => isoOfViDate(text) ?? text;

function Form(props: { onSubmit(): DossierAction; children: ReactNode; submitLabel: string; dates?: Record<string, string> }) {
  const { busy, actionError, actionDetails, act } = useDossier();
  const [errors, setErrors] = useState<Record<string, string>>({});
  function submit(e: FormEvent) {
    e.preventDefault();
    const problems = dateProblems(props.dates ?? {});
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first !== undefined) {
      setTimeout(() => focusField(first), 0);
      return;
    }
    void act(props.onSubmit());
  }
  return (
    <form onSubmit={submit} className="action-form" noValidate>
      <DateErrors.Provider value={errors}>{props.children}</DateErrors.Provider>
      <ErrorBox message={actionError} details={actionDetails} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang ghi…' : props.submitLabel}
        </button>
      </div>
    </form>
  );
}

function ActionForm({ kind, today }: { kind: ActionKind; today: string }) {
  const [on, setOn] = useState(viDateOfIso(today));
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [flag1, setFlag1] = useState(false);
  const [flag2, setFlag2] = useState(false);
  const [items, setItems] = useState([{ document: '', reason: '' }]);
  const [ending, setEnding] = useState<'rut' | 'dung' | 'tu_choi'>('rut');
  const [rating, setRating] = useState<Rating | ''>('');
  const view = useDossier((s) => s.view);
  switch (kind) {
    case 'hand_over':
      return (
        <Form submitLabel="Ghi chuyển xử lý" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on), to: a, note: b })}>
          <DateField id="act-on" label="Ngày chuyển" value={on} onChange={setOn} />
          <Field label="Chuyển cho (người, bộ phận xử lý)" htmlFor="act-to">
            <input id="act-to" autoFocus value={a} onChange={(e) => setA(e.target.value)} />
          </Field>
          <Field label="Ghi chú" htmlFor="act-note">
            <input id="act-note" value={b} onChange={(e) => setB(e.target.value)} />
          </Field>
        </Form>
      );
    case 'supplement_request':
      return (
        <Form submitLabel="Ghi yêu cầu bổ sung" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on), items: items.filter((i) => i.document.trim() !== '') })}>
          <DateField id="act-on" label="Ngày yêu cầu bổ sung" value={on} onChange={setOn} autoFocus />
          {items.map((item, i) => (
            <div className="grid-2" key={i}>
              <Field label={`Giấy tờ cần bổ sung ${i + 1}`} htmlFor={`act-doc-${i}`}>
                <input id={`act-doc-${i}`} value={item.document} onChange={(e) => setItems(items.map((x, j) => (j === i ? { ...x, document: e.target.value } : x)))} />
              </Field>
              <Field label="Lý do" htmlFor={`act-reason-${i}`}>
                <input id={`act-reason-${i}`} value={item.reason} onChange={(e) => setItems(items.map((x, j) => (j === i ? { ...x, reason: e.target.value } : x)))} />
              </Field>
            </div>
          ))}
          <button type="button" className="button small" onClick={() => setItems([...items, { document: '', reason: '' }])}>
            + Thêm giấy tờ
          </button>
          <p className="hint">{view?.supplementRule}</p>
        </Form>
      );
    case 'supplement_return':
      return (
        <Form submitLabel="Ghi đã nhận bổ sung" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on) })}>
          <DateField id="act-on" label="Ngày nhận đủ hồ sơ bổ sung" value={on} onChange={setOn} autoFocus />
        </Form>
      );
    case 'result_ready':
      return (
        <Form submitLabel="Ghi có kết quả" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on), lateCause: a, digitisedResult: flag1, storedResult: flag2 })}>
          <DateField id="act-on" label="Ngày có kết quả" value={on} onChange={setOn} autoFocus />
          <label className="check">
            <input type="checkbox" checked={flag1} onChange={(e) => setFlag1(e.target.checked)} /> Đã số hóa kết quả
          </label>
          <label className="check">
            <input type="checkbox" checked={flag2} onChange={(e) => setFlag2(e.target.checked)} /> Đã lưu kết quả vào kho dữ liệu điện tử
          </label>
          <Field label="Nguyên nhân quá hạn (nếu có)" htmlFor="act-cause">
            <input id="act-cause" value={a} onChange={(e) => setA(e.target.value)} />
          </Field>
        </Form>
      );
    case 'returned':
      return (
        <Form submitLabel="Ghi đã trả kết quả" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on), rating: rating === '' ? null : rating })}>
          <DateField id="act-on" label="Ngày trả kết quả" value={on} onChange={setOn} autoFocus />
          <Field label="Đánh giá của công dân" htmlFor="act-rating">
            <select id="act-rating" value={rating} onChange={(e) => setRating(e.target.value as Rating | '')}>
              <option value="">Không đánh giá</option>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {RATING_LABELS_VI[r]}
                </option>
              ))}
            </select>
          </Field>
        </Form>
      );
    case 'end':
      return (
        <Form submitLabel="Ghi kết thúc hồ sơ" dates={{ 'act-on': on }} onSubmit={() => ({ kind, ending, on: iso(on), reason: a })}>
          <Field label="Kết thúc vì" htmlFor="act-ending">
            <select id="act-ending" autoFocus value={ending} onChange={(e) => setEnding(e.target.value as 'rut' | 'dung' | 'tu_choi')}>
              <option value="rut">Công dân rút hồ sơ</option>
              <option value="dung">Dừng giải quyết theo yêu cầu của công dân (Mẫu 05)</option>
              <option value="tu_choi">Từ chối giải quyết</option>
            </select>
          </Field>
          <DateField id="act-on" label="Ngày kết thúc" value={on} onChange={setOn} />
          <Field label="Lý do" htmlFor="act-reason">
            <input id="act-reason" value={a} onChange={(e) => setA(e.target.value)} />
          </Field>
          <p className="hint">Chỉ rút hoặc dừng giải quyết khi hồ sơ chưa có quyết định hoặc kết quả giải quyết.</p>
        </Form>
      );
    case 'extension':
      return (
        <Form submitLabel="Ghi xin lỗi và gia hạn" dates={{ 'act-on': on, 'act-new-due': b }} onSubmit={() => ({ kind, apologyOn: iso(on), newDue: iso(b), reason: a })}>
          <DateField id="act-on" label="Ngày văn bản xin lỗi" value={on} onChange={setOn} autoFocus />
          <DateField id="act-new-due" label="Ngày hẹn trả mới" value={b} onChange={setB} />
          <Field label="Lý do chậm trễ" htmlFor="act-reason">
            <input id="act-reason" value={a} onChange={(e) => setA(e.target.value)} />
          </Field>
          <p className="hint">
            Văn bản phải gửi chậm nhất 01 ngày làm việc trước hạn trả{view?.apologyDeadline ? ` (chậm nhất ngày ${viIso(view.apologyDeadline)})` : ''}. Mỗi hồ sơ chỉ
            được hẹn lại ngày trả một lần. Gia hạn không làm thay đổi việc xếp loại quá hạn.
          </p>
        </Form>
      );
    case 'correct':
      return null; // several fields in one save: EditDialog.tsx
  }
}

export function ActionDialog({ kind, today }: { kind: ActionKind; today: string }) {
  const close = () => useDossier.getState().open(null);
  return (
    <Dialog title={ACTION_LABELS_VI[kind]} onClose={close}>
      <ActionForm kind={kind} today={today} />
    </Dialog>
  );
}
