// The procedure catalogue: every version with its dates; add a procedure, or a new version of one that
// takes effect on a date (existing dossiers keep the rule they were received under).
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import { type ProcedureView, procedureVersionInput } from '../../../shared/api/setup-schemas';
import { TIME_UNITS, TIME_UNIT_LABELS_VI, TIME_VALUE_RULE, type TimeUnit } from '../../../shared/catalogue/procedure';
import { parseWholeNumberText } from '../../../shared/format/whole-number-text';
import { call, inputFieldOf, messageOf } from '../../api/client';
import { notify } from '../../app/app-store';
import { viIso } from '../../app/format';
import { ExternalLink } from '../../components/ExternalLink';
import { isoOfViDate, parseViDate, parseViTime } from '../../../shared/time/vi-date-text';
import { DateInput, focusField } from '../../components/DateInput';
import { ErrorBox, Field, FieldError, Loading } from '../../components/ui';
import { displayedProcedureCode, isNationalProcedureCode, procedureLabel } from '../../../shared/catalogue/procedure-code';
import { matchProcedures } from '../../../shared/catalogue/procedure-match';
import { RequiredDocuments } from './RequiredDocuments';

interface CatalogueState {
  fields: string[];
  procedures: ProcedureView[] | null;
  error: string | null;
  load(): Promise<void>;
}

const useCatalogue = create<CatalogueState>((set) => ({
  fields: [],
  procedures: null,
  error: null,
  async load() {
    try {
      const c = await call('catalogue.list', { on: null });
      set({ fields: c.fields, procedures: c.procedures, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));

/**
 * `code` is the national code in the box; `localKey` the ledger's own key of the procedure without one that
 * was picked (never shown), so that a new version of it stays the same procedure.
 */
const EMPTY = { code: '', localKey: '', name: '', field: '', timeValue: '5', timeUnit: 'working_days' as TimeUnit, cutoff: '15:00', note: '', effectiveFrom: '', effectiveTo: '' };

/** The box of each input field of catalogue.addVersion. */
const BOXES: Record<string, string> = {
  code: 'c-code',
  name: 'c-name',
  field: 'c-field',
  timeValue: 'c-value',
  timeUnit: 'c-unit',
  cutoff: 'c-cutoff',
  note: 'c-note',
  effectiveFrom: 'c-from',
  effectiveTo: 'c-to',
};

/** The form as catalogue.addVersion takes it (what does not parse goes as NaN / null, checked before). */
function requestOf(form: typeof EMPTY) {
  const time = parseWholeNumberText(form.timeValue, TIME_VALUE_RULE);
  return {
    // a procedure without a national code keeps the ledger's own key, so a new version stays the same procedure
    code: form.code.trim() === '' ? form.localKey : form.code,
    name: form.name,
    field: form.field,
    timeValue: time.ok ? time.value : Number.NaN,
    timeUnit: form.timeUnit,
    cutoff: form.timeUnit === 'same_day' ? form.cutoff : null,
    note: form.note,
    effectiveFrom: isoOfViDate(form.effectiveFrom),
    effectiveTo: isoOfViDate(form.effectiveTo),
  };
}

/**
 * Every box of the form that is not what it should be, by id, in the form's order: the time limit (a whole
 * number of days or hours), the optional dates (dd/mm/yyyy) and the cut-off time, then whatever else the
 * contract refuses (its own messages: a code with spaces, an empty name …).
 */
function catalogueProblems(form: typeof EMPTY): Record<string, string> {
  const out: Record<string, string> = {};
  const contract = procedureVersionInput.safeParse(requestOf(form));
  if (!contract.success) {
    for (const issue of contract.error.issues) {
      const box = BOXES[String(issue.path[0])];
      if (box !== undefined && out[box] === undefined) out[box] = issue.message;
    }
  }
  const time = parseWholeNumberText(form.timeValue, TIME_VALUE_RULE);
  if (!time.ok) out['c-value'] = time.message;
  for (const [id, text] of [['c-from', form.effectiveFrom], ['c-to', form.effectiveTo]] as const) {
    const parsed = text.trim() === '' ? null : parseViDate(text);
    if (parsed && !parsed.ok) out[id] = parsed.message;
  }
  if (form.timeUnit === 'same_day') {
    const cutoff = parseViTime(form.cutoff);
    if (!cutoff.ok) out['c-cutoff'] = cutoff.message;
  }
  const order = Object.values(BOXES);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

export function CatalogueTab() {
  const { fields, procedures, error, load } = useCatalogue();
  const [query, setQuery] = useState('');
  const [form, setForm] = useState(EMPTY);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    void load();
  }, [load]);
  const shown = useMemo(() => (procedures ? (query ? matchProcedures(procedures, query) : procedures) : []), [procedures, query]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = catalogueProblems(form);
    setFieldErrors(problems);
    const first = Object.keys(problems)[0];
    if (first !== undefined) {
      setTimeout(() => focusField(first), 0);
      return;
    }
    try {
      const saved = await call('catalogue.addVersion', requestOf(form));
      notify(`Đã ghi thủ tục ${procedureLabel(saved)}.`);
      setFormError(null);
      setForm(EMPTY);
      await load();
    } catch (err) {
      // a refusal about one box (a version overlapping another from that date …) goes under it
      const box = BOXES[inputFieldOf(err) ?? ''];
      if (box !== undefined) {
        setFieldErrors({ [box]: messageOf(err) });
        setTimeout(() => focusField(box), 0);
      } else setFormError(messageOf(err));
    }
  }

  const set = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch });
  const boxError = (id: string) => fieldErrors[id] ?? null;
  const invalid = (id: string) => (fieldErrors[id] ? true : undefined);
  return (
    <div className="report-grid catalogue">
      <section className="card">
        <input type="search" className="search" aria-label="Lọc thủ tục" placeholder="Lọc theo tên (không cần dấu) hoặc mã…" value={query} onChange={(e) => setQuery(e.target.value)} />
        <ErrorBox message={error} />
        {!procedures ? (
          <Loading />
        ) : (
          <table className="list-table">
            <thead>
              <tr>
                <th>Mã</th>
                <th>Tên thủ tục</th>
                <th>Lĩnh vực</th>
                <th>Thời hạn</th>
                <th>Hiệu lực</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr
                  key={`${p.code}-${p.effectiveFrom ?? ''}`}
                  className="clickable"
                  onClick={() => set({ code: displayedProcedureCode(p.code), localKey: isNationalProcedureCode(p.code) ? '' : p.code, name: p.name, field: p.field, timeValue: String(p.timeValue), timeUnit: p.timeUnit, cutoff: p.cutoff ?? '15:00', note: p.note })}
                >
                  <td className="mono" title={isNationalProcedureCode(p.code) ? undefined : 'Thủ tục chưa có mã quốc gia'}>
                    {displayedProcedureCode(p.code, '—')}
                  </td>
                  <td>{p.name}</td>
                  <td>{p.field}</td>
                  <td>{p.timeLabel}</td>
                  <td>
                    {p.effectiveFrom ? `từ ${viIso(p.effectiveFrom)}` : 'từ đầu'}
                    {p.effectiveTo ? ` đến ${viIso(p.effectiveTo)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card">
        <h3>Thêm thủ tục hoặc phiên bản mới</h3>
        <p className="hint">Bấm một dòng bên trái để điền sẵn. Phiên bản mới cần ngày bắt đầu hiệu lực; hồ sơ đã nhận giữ nguyên thời hạn cũ.</p>
        <p className="hint">
          Tra cứu thủ tục, thời hạn chính thức: <ExternalLink href="https://csdl.dichvucong.gov.vn/">Cơ sở dữ liệu quốc gia về thủ tục hành chính</ExternalLink>.
        </p>
        <form onSubmit={submit} noValidate>
          <Field
            label="Mã thủ tục"
            htmlFor="c-code"
            hint={
              form.localKey !== '' && form.code.trim() === ''
                ? 'Thủ tục chưa có mã quốc gia: ghi vào danh mục là thêm phiên bản mới của thủ tục này.'
                : 'Để trống nếu thủ tục chưa có mã quốc gia.'
            }
          >
            <input id="c-code" aria-invalid={invalid('c-code')} value={form.code} onChange={(e) => set({ code: e.target.value })} />
            <FieldError id="c-code" message={boxError('c-code')} />
          </Field>
          <Field label="Tên thủ tục" htmlFor="c-name">
            <input id="c-name" aria-invalid={invalid('c-name')} value={form.name} onChange={(e) => set({ name: e.target.value })} />
            <FieldError id="c-name" message={boxError('c-name')} />
          </Field>
          <Field label="Lĩnh vực" htmlFor="c-field">
            <input id="c-field" list="c-fields" aria-invalid={invalid('c-field')} value={form.field} onChange={(e) => set({ field: e.target.value })} />
            <FieldError id="c-field" message={boxError('c-field')} />
            <datalist id="c-fields">
              {fields.map((f) => (
                <option key={f} value={f} />
              ))}
            </datalist>
          </Field>
          <div className="grid-2">
            <Field label="Thời hạn" htmlFor="c-value">
              <input id="c-value" inputMode="numeric" aria-invalid={invalid('c-value')} value={form.timeValue} onChange={(e) => set({ timeValue: e.target.value })} />
              <FieldError id="c-value" message={boxError('c-value')} />
            </Field>
            <Field label="Đơn vị" htmlFor="c-unit">
              <select id="c-unit" value={form.timeUnit} onChange={(e) => set({ timeUnit: e.target.value as TimeUnit })}>
                {TIME_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {TIME_UNIT_LABELS_VI[u]}
                  </option>
                ))}
              </select>
            </Field>
            {form.timeUnit === 'same_day' ? (
              <Field label="Nhận sau giờ này thì trả ngày làm việc tiếp theo" htmlFor="c-cutoff">
                <DateInput id="c-cutoff" mode="time" value={form.cutoff} onChange={(cutoff) => set({ cutoff })} error={fieldErrors['c-cutoff'] ?? null} />
              </Field>
            ) : null}
            <Field label="Hiệu lực từ ngày" htmlFor="c-from">
              <DateInput id="c-from" value={form.effectiveFrom} onChange={(effectiveFrom) => set({ effectiveFrom })} error={fieldErrors['c-from'] ?? null} />
            </Field>
            <Field label="Hiệu lực đến ngày (để trống nếu chưa hết)" htmlFor="c-to">
              <DateInput id="c-to" value={form.effectiveTo} onChange={(effectiveTo) => set({ effectiveTo })} error={fieldErrors['c-to'] ?? null} />
            </Field>
          </div>
          <Field label="Ghi chú, căn cứ" htmlFor="c-note">
            <input id="c-note" aria-invalid={invalid('c-note')} value={form.note} onChange={(e) => set({ note: e.target.value })} />
            <FieldError id="c-note" message={boxError('c-note')} />
          </Field>
          <ErrorBox message={formError} />
          <div className="actions">
            <button type="submit" className="button primary">
              Ghi vào danh mục
            </button>
            <button type="button" className="button" onClick={() => setForm(EMPTY)}>
              Thêm thủ tục mới
            </button>
          </div>
        </form>
        <RequiredDocuments code={form.code.trim() === '' ? form.localKey : form.code.trim()} name={form.name} />
      </section>
    </div>
  );
}
