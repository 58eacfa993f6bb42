// The small form of each action (dates default to today; Enter submits, Esc closes). Every problem shows
// under its box, which is marked and focused: a date that is not one (checked here), what the contract
// refuses (the action checked with its own schema before it is sent), and what the rules refuse (the
// command names the field: a date after today or before the reception, an apology too late …).
import { type FormEvent, type ReactNode, createContext, useContext, useState } from 'react';
import { type ActionKind, type DossierAction, dossierAction } from '../../../shared/api/dossier-schemas';
import { RATINGS, RATING_LABELS_VI, type Rating } from '../../../shared/dossier/dossier';
import { isoOfViDate, parseViDate, viDateOfIso } from '../../../shared/time/vi-date-text';
import { DateInput, focusField } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { viIso } from '../../app/format';
import { ErrorBox, Field, FieldError } from '../../components/ui';
import { ACTION_LABELS_VI } from './action-labels';
import { useDossier } from './dossier-store';

/** The messages of the boxes that failed their check, by box id (shown under each box). */
const BoxErrors = createContext<Record<string, string>>({});

function DateField(props: { id: string; label: string; value: string; onChange(v: string): void; autoFocus?: boolean }) {
  const errors = useContext(BoxErrors);
  return (
    <Field label={props.label} htmlFor={props.id}>
      <DateInput id={props.id} autoFocus={props.autoFocus} value={props.value} onChange={props.onChange} error={errors[props.id] ?? null} />
    </Field>
  );
}

/** A text box of an action form, marked with its message when it failed its check. */
function TextField(props: { id: string; label: string; value: string; onChange(v: string): void; autoFocus?: boolean }) {
  const error = useContext(BoxErrors)[props.id];
  return (
    <Field label={props.label} htmlFor={props.id}>
      <input id={props.id} autoFocus={props.autoFocus} aria-invalid={error ? true : undefined} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      <FieldError id={props.id} message={error} />
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

/** The box of an action's input field (a path of the contract's schema, or the field a refusal names). */
function boxOf(path: readonly PropertyKey[]): string | null {
  const [first, index, inner] = path;
  if (first === 'items') return `act-${inner === 'reason' ? 'reason' : 'doc'}-${typeof index === 'number' ? index : 0}`;
  const boxes: Record<string, string> = {
    on: 'act-on',
    apologyOn: 'act-on',
    newDue: 'act-new-due',
    to: 'act-to',
    note: 'act-note',
    reason: 'act-reason',
    lateCause: 'act-cause',
    ending: 'act-ending',
    rating: 'act-rating',
  };
  return typeof first === 'string' ? (boxes[first] ?? null) : null;
}

/** What the contract refuses in the action, by box id, with the contract's own messages. */
function contractProblems(action: DossierAction): Record<string, string> {
  const parsed = dossierAction.safeParse(action);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const box = boxOf(issue.path);
    if (box !== null && out[box] === undefined) out[box] = issue.message;
  }
  return out;
}

/** A typed dd/mm/yyyy as the API's YYYY-MM-DD (checked before, by the form). */
const iso = (text: string) => isoOfViDate(text) ?? text;

function Form(props: { onSubmit(): DossierAction; children: ReactNode; submitLabel: string; dates?: Record<string, string> }) {
  const { busy, actionError, actionDetails, actionField, act } = useDossier();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const show = (problems: Record<string, string>): boolean => {
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first !== undefined) setTimeout(() => focusField(first), 0);
    return first !== undefined;
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (show(dateProblems(props.dates ?? {}))) return;
    const action = props.onSubmit();
    if (show(contractProblems(action))) return;
    if (await act(action)) return;
    // a refusal about one of this form's boxes goes under it
    const { actionError: message, actionField: field } = useDossier.getState();
    const box = field === null ? null : boxOf([field]);
    if (box !== null && message !== null && document.getElementById(box)) show({ [box]: message });
  }
  const refusedAtBox = actionField !== null && errors[boxOf([actionField]) ?? ''] === actionError;
  return (
    <form onSubmit={(e) => void submit(e)} className="action-form" noValidate>
      <BoxErrors.Provider value={errors}>{props.children}</BoxErrors.Provider>
      <ErrorBox message={refusedAtBox ? null : actionError} details={actionDetails} />
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
          <TextField id="act-to" label="Chuyển cho (người, bộ phận xử lý)" autoFocus value={a} onChange={setA} />
          <TextField id="act-note" label="Ghi chú" value={b} onChange={setB} />
        </Form>
      );
    case 'supplement_request':
      return (
        <Form submitLabel="Ghi yêu cầu bổ sung" dates={{ 'act-on': on }} onSubmit={() => ({ kind, on: iso(on), items: items.filter((i) => i.document.trim() !== '') })}>
          <DateField id="act-on" label="Ngày yêu cầu bổ sung" value={on} onChange={setOn} autoFocus />
          {items.map((item, i) => (
            <div className="grid-2" key={i}>
              <TextField id={`act-doc-${i}`} label={`Giấy tờ cần bổ sung ${i + 1}`} value={item.document} onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, document: v } : x)))} />
              <TextField id={`act-reason-${i}`} label="Lý do" value={item.reason} onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, reason: v } : x)))} />
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => {
              setItems([...items, { document: '', reason: '' }]);
              // the new row's box, once it is drawn (as in the intake's documents table)
              setTimeout(() => document.getElementById(`act-doc-${items.length}`)?.focus(), 0);
            }}
          >
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
          <TextField id="act-cause" label="Nguyên nhân quá hạn (nếu có)" value={a} onChange={setA} />
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
          <TextField id="act-reason" label="Lý do" value={a} onChange={setA} />
          <p className="hint">Chỉ rút hoặc dừng giải quyết khi hồ sơ chưa có quyết định hoặc kết quả giải quyết.</p>
        </Form>
      );
    case 'extension':
      return (
        <Form submitLabel="Ghi xin lỗi và gia hạn" dates={{ 'act-on': on, 'act-new-due': b }} onSubmit={() => ({ kind, apologyOn: iso(on), newDue: iso(b), reason: a })}>
          <DateField id="act-on" label="Ngày văn bản xin lỗi" value={on} onChange={setOn} autoFocus />
          <DateField id="act-new-due" label="Ngày hẹn trả mới" value={b} onChange={setB} />
          <TextField id="act-reason" label="Lý do chậm trễ" value={a} onChange={setA} />
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
