// Tiếp nhận: log a dossier while the citizen stands at the desk. Keyboard only: type the procedure, Tab
// through the fields, Ctrl+S saves, Ctrl+P prints the receipt (Mẫu 01) of the dossier just saved; the due date and its reasons appear as soon as a procedure is chosen.
import { type FormEvent, useEffect, useRef } from 'react';
import { CHANNELS, CHANNEL_LABELS_VI, type Channel } from '../../../shared/dossier/dossier';
import { call } from '../../api/client';
import { printForm } from '../../api/files';
import { notifyError, useApp } from '../../app/app-store';
import { viIso, weekdayOf } from '../../app/format';
import { go } from '../../app/router';
import { ErrorBox, Field, Kbd } from '../../components/ui';
import { DateInput, focusField } from '../../components/DateInput';
import { CitizenCard } from './CitizenCard';
import { DocumentsEditor } from './DocumentsEditor';
import { FieldProblem } from './FieldProblem';
import { ProcedurePicker } from './ProcedurePicker';
import { useIntake } from './intake-store';

export function IntakeScreen() {
  const info = useApp((s) => s.info);
  const st = useIntake();
  const { form, update } = st;
  const printButton = useRef<HTMLButtonElement | null>(null);
  const problemOf = (field: string) => st.problems.find((p) => p.field === field) ?? null;

  useEffect(() => {
    if (!info) return;
    const { form: current, reset } = useIntake.getState();
    if (current.procedure === null && current.applicantName === '') reset(info.now);
    useIntake.getState().loadCatalogue(info.today).catch(notifyError);
  }, [info]);

  async function printReceipt(id: string) {
    try {
      await printForm({ id, form: 'mau01' }, () => call('forms.render', { id, form: 'mau01' }), (url, f) => useApp.getState().showPreview(url, f.fileName));
    } catch (error) {
      notifyError(error);
    }
  }

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const saved = await useIntake.getState().save();
    const [problem] = useIntake.getState().problems;
    if (problem) setTimeout(() => focusField(problem.field), 0);
    if (!saved || !info) return;
    const now = (await call('app.info', {})).now;
    useIntake.getState().reset(now);
    useIntake.getState().loadCatalogue(info.today).catch(notifyError); // this office's counts moved
    // One key from here: Enter on the focused button, or Ctrl+P from anywhere on the screen.
    setTimeout(() => printButton.current?.focus(), 0);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        void submit();
      }
      if (e.ctrlKey && (e.key === 'p' || e.key === 'P')) {
        // Ctrl+P prints the receipt of the dossier just saved, never the screen itself.
        e.preventDefault();
        const saved = useIntake.getState().saved;
        if (saved) void printReceipt(saved.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="intake">
      <form className="card intake-form" onSubmit={submit} aria-labelledby="intake-title">
        <h1 id="intake-title">Tiếp nhận hồ sơ</h1>
        <Field label="Thủ tục hành chính" htmlFor="procedure" wide>
          <ProcedurePicker procedures={st.procedures} usage={st.usage} value={form.procedure} onChange={(procedure) => update({ procedure })} autoFocus invalid={problemOf('procedure') !== null} />
          <FieldProblem problem={problemOf('procedure')} />
        </Field>
        <div className="grid-2">
          <Field label="Hình thức nộp" htmlFor="channel">
            <select id="channel" value={form.channel} onChange={(e) => update({ channel: e.target.value as Channel })}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS_VI[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Thời điểm tiếp nhận" htmlFor="receivedAt">
            <DateInput id="receivedAt" mode="datetime" value={form.receivedAt} onChange={(receivedAt) => update({ receivedAt })} error={problemOf('receivedAt')?.message ?? null} />
            <FieldProblem problem={problemOf('receivedAt')} withMessage={false} />
          </Field>
        </div>
        <fieldset>
          <legend>Người nộp hồ sơ</legend>
          <div className="grid-2">
            <Field label="Họ và tên" htmlFor="applicantName">
              <input id="applicantName" aria-invalid={problemOf('applicantName') ? true : undefined} value={form.applicantName} onChange={(e) => update({ applicantName: e.target.value })} />
              <FieldProblem problem={problemOf('applicantName')} />
            </Field>
            <Field label="Số định danh cá nhân (CCCD)" htmlFor="idNumber">
              <input id="idNumber" inputMode="numeric" aria-invalid={problemOf('idNumber') ? true : undefined} value={form.idNumber} onChange={(e) => update({ idNumber: e.target.value })} />
              <FieldProblem problem={problemOf('idNumber')} confirmLabel="Vẫn ghi số này (hộ chiếu, giấy tờ nước ngoài…)" />
            </Field>
            <Field label="Số điện thoại" htmlFor="phone">
              <input id="phone" inputMode="tel" aria-invalid={problemOf('phone') ? true : undefined} value={form.phone} onChange={(e) => update({ phone: e.target.value })} />
              <FieldProblem problem={problemOf('phone')} confirmLabel="Vẫn ghi số này (số nước ngoài, số nội bộ…)" />
            </Field>
            <Field label="Địa chỉ" htmlFor="address">
              <input id="address" value={form.address} onChange={(e) => update({ address: e.target.value })} />
            </Field>
          </div>
        </fieldset>
        <CitizenCard />
        <DocumentsEditor rows={form.documents} onChange={(documents) => update({ documents })} problems={st.problems} />
        <div className="grid-3">
          <Field label="Phí, lệ phí (đồng)" htmlFor="fee">
            <input id="fee" inputMode="numeric" aria-invalid={problemOf('fee') ? true : undefined} value={form.fee} onChange={(e) => update({ fee: e.target.value })} />
            <FieldProblem problem={problemOf('fee')} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={form.digitisedDossier} onChange={(e) => update({ digitisedDossier: e.target.checked })} /> Đã số hóa hồ sơ
          </label>
          <label className="check">
            <input type="checkbox" checked={form.paidOnline} onChange={(e) => update({ paidOnline: e.target.checked })} /> Thanh toán trực tuyến
          </label>
        </div>
        <div className="grid-2">
          <Field label="Ghi chú" htmlFor="note">
            <input id="note" value={form.note} onChange={(e) => update({ note: e.target.value })} />
          </Field>
          <Field label="Liên thông đến (cấp, cơ quan)" htmlFor="interconnection">
            <input id="interconnection" value={form.interconnection} placeholder="Để trống nếu không liên thông" onChange={(e) => update({ interconnection: e.target.value })} />
          </Field>
        </div>
        <ErrorBox message={st.error} details={st.details} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={st.saving}>
            {st.saving ? 'Đang lưu…' : 'Lưu hồ sơ'} <Kbd>Ctrl+S</Kbd>
          </button>
          <button type="button" className="button" onClick={() => info && st.reset(info.now)}>
            Nhập lại
          </button>
        </div>
      </form>
      <aside className="intake-side">
        {st.saved ? (
          <section className="card saved" aria-labelledby="saved-title">
            <h2 id="saved-title">Đã tiếp nhận</h2>
            <p className="saved-code" data-testid="saved-code">
              {st.saved.code}
            </p>
            <p>
              {st.saved.applicantName} · {st.saved.procedureName}
            </p>
            <p>
              Hẹn trả: <strong data-testid="saved-due">{st.saved.due ? `${weekdayOf(st.saved.due)}, ${viIso(st.saved.due)}` : '—'}</strong>
            </p>
            <div className="actions">
              <button ref={printButton} type="button" className="button primary" onClick={() => st.saved && void printReceipt(st.saved.id)}>
                In giấy tiếp nhận (Mẫu 01) <Kbd>Ctrl+P</Kbd>
              </button>
              <button type="button" className="button" onClick={() => st.saved && go({ screen: 'dossier', id: st.saved.id })}>
                Mở hồ sơ
              </button>
              <button type="button" className="button" onClick={() => document.getElementById('procedure')?.focus()}>
                Hồ sơ tiếp theo
              </button>
            </div>
          </section>
        ) : null}
        <section className="card due-card" aria-labelledby="due-title" aria-live="polite">
          <h2 id="due-title">Hạn trả kết quả</h2>
          {st.preview ? (
            <>
              <p className="due-big" data-testid="due-preview">
                {st.preview.dueText}
              </p>
              {st.preview.provisional ? (
                <p className="warning provisional" role="alert" data-testid="due-provisional">
                  {st.preview.provisional}
                </p>
              ) : null}
              <p className="muted">
                Thời hạn: {st.preview.statutoryTime} · tiếp nhận {form.receivedAt}
              </p>
              <details open>
                <summary>Vì sao là ngày này?</summary>
                <ol className="trace">
                  {st.preview.explanation.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              </details>
            </>
          ) : (
            <p className="muted">{st.previewError ?? 'Chọn thủ tục để thấy ngày hẹn trả.'}</p>
          )}
        </section>
      </aside>
    </div>
  );
}
