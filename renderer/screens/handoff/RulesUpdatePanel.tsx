// Cập nhật quy định: the province's signed package of calendar days and catalogue changes. The commune
// registers the province's key fingerprint once (read out by phone or printed in the letter), chooses the
// package, looks at the dry run — every day with its status before and after, every procedure with its
// old and new rule and the day it changes, the open dossiers whose due date moves — then imports it.
import { type FormEvent, useEffect, useState } from 'react';
import type { RulesPreviewReady } from '../../../shared/api/rules-update-schemas';
import { messageOf } from '../../api/client';
import { notify } from '../../app/app-store';
import { viInstant, viIso } from '../../app/format';
import { ErrorBox, Field } from '../../components/ui';
import { ApplyBar, PackageSourcePick, PreviewButton, Refused } from './import-steps';
import { useRulesUpdate } from './rules-update-store';

function SendersCard() {
  const st = useRulesUpdate();
  const [form, setForm] = useState({ unitCode: '', unitName: '', fingerprint: '' });
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const sender = await st.register(form);
      notify(`Đã đăng ký ${sender.unitName || sender.unitCode} là nơi gửi cập nhật quy định.`);
      setForm({ unitCode: '', unitName: '', fingerprint: '' });
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <section className="card" aria-labelledby="senders-title">
      <h2 id="senders-title">Nơi gửi cập nhật quy định</h2>
      {st.senders && st.senders.length > 0 ? (
        <table className="list-table" data-testid="rules-senders">
          <thead>
            <tr>
              <th>Mã đơn vị</th>
              <th>Tên đơn vị</th>
              <th>Dấu vân tay khóa</th>
              <th>Đăng ký</th>
            </tr>
          </thead>
          <tbody>
            {st.senders.map((s) => (
              <tr key={s.fingerprint}>
                <td className="mono">{s.unitCode}</td>
                <td>{s.unitName || '—'}</td>
                <td className="mono">{s.fingerprint}</td>
                <td>
                  {viInstant(s.registeredAt)} ({s.registeredBy})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Chưa đăng ký nơi gửi nào: gói cập nhật quy định sẽ bị từ chối cho đến khi đăng ký dấu vân tay khóa của tỉnh.</p>
      )}
      <form onSubmit={(e) => void submit(e)} aria-label="Đăng ký nơi gửi cập nhật quy định">
        <p className="hint">Dấu vân tay do đơn vị nhận báo cáo (tỉnh) đọc qua điện thoại hoặc ghi trong công văn gửi kèm gói.</p>
        <div className="grid-3">
          <Field label="Mã đơn vị" htmlFor="rs-code">
            <input id="rs-code" className="mono" value={form.unitCode} onChange={(e) => setForm({ ...form, unitCode: e.target.value })} placeholder="ví dụ 000.00.00.H57" />
          </Field>
          <Field label="Tên đơn vị" htmlFor="rs-name">
            <input id="rs-name" value={form.unitName} onChange={(e) => setForm({ ...form, unitName: e.target.value })} placeholder="ví dụ UBND tỉnh …" />
          </Field>
          <Field label="Dấu vân tay khóa" htmlFor="rs-fp">
            <input id="rs-fp" className="mono" value={form.fingerprint} onChange={(e) => setForm({ ...form, fingerprint: e.target.value })} placeholder="dạng XXXX-XXXX-XXXX-XXXX" />
          </Field>
        </div>
        <ErrorBox message={error} />
        <button type="submit" className="button" disabled={form.unitCode.trim() === '' || form.fingerprint.trim() === ''}>
          Đăng ký nơi gửi
        </button>
      </form>
    </section>
  );
}

function dayText(state: { working: boolean; reason: string }): string {
  const base = state.working ? 'Làm việc' : 'Nghỉ';
  return state.reason && state.reason.toLowerCase() !== 'ngày làm việc' ? `${base} — ${state.reason}` : base;
}

function RulesPreview({ preview }: { preview: RulesPreviewReady }) {
  const days = preview.calendar.filter((c) => c.action !== 'unchanged');
  const procedures = preview.procedures.filter((p) => p.action !== 'unchanged');
  return (
    <section className="card" aria-labelledby="rules-preview-title" data-testid="rules-preview">
      <h3 id="rules-preview-title">Xem trước: {preview.title}</h3>
      <dl className="facts">
        <dt>Tệp</dt>
        <dd className="mono">{preview.fileName}</dd>
        <dt>Đơn vị gửi</dt>
        <dd>
          {preview.sender.unitName} — mã {preview.sender.unitCode}; dấu vân tay <span className="fingerprint">{preview.sender.fingerprint}</span> (đã đăng ký)
        </dd>
        <dt>Tạo lúc</dt>
        <dd>{viInstant(preview.createdAt)}</dd>
      </dl>
      {preview.alreadyImported ? <p className="hint">{preview.alreadyImported}</p> : null}
      <h4>
        Lịch làm việc: <span data-testid="rules-days">{days.length}</span> ngày thay đổi
        {preview.calendar.length > days.length ? `, ${preview.calendar.length - days.length} ngày đã có trong sổ` : ''}
      </h4>
      {days.length > 0 ? (
        <table className="list-table">
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Trước</th>
              <th>Sau khi nhập</th>
            </tr>
          </thead>
          <tbody>
            {days.map((c) => (
              <tr key={c.date}>
                <td className="nowrap">{viIso(c.date)}</td>
                <td>{dayText(c.before)}</td>
                <td className="changed">
                  {dayText(c.after)}
                  {c.action === 'replace' ? <div className="muted">({c.actionLabel})</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h4>
        Danh mục thủ tục: <span data-testid="rules-procedures">{procedures.length}</span> thay đổi
        {preview.procedures.length > procedures.length ? `, ${preview.procedures.length - procedures.length} đã có trong sổ` : ''}
      </h4>
      {procedures.length > 0 ? (
        <ul className="preview-items">
          {procedures.map((p) => (
            <li key={p.code}>
              <span className="badge badge-info">{p.actionLabel}</span> {p.text}
            </li>
          ))}
        </ul>
      ) : null}
      <h4>Hồ sơ đang giải quyết</h4>
      {preview.ruleChanged.length > 0 ? (
        <>
          <p data-testid="rules-rule-changed">{preview.ruleChanged.length} hồ sơ nhận từ ngày hiệu lực trở đi được áp dụng quy định mới:</p>
          <ul className="preview-items">
            {preview.ruleChanged.map((d) => (
              <li key={d.code}>{d.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p data-testid="rules-moved">{preview.movedSummary}</p>
      {preview.moved.length > 0 ? (
        <ul className="preview-items">
          {preview.moved.map((m) => (
            <li key={m.code}>{m.text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function RulesUpdatePanel() {
  const st = useRulesUpdate();
  useEffect(() => {
    void useRulesUpdate.getState().loadSenders();
  }, []);
  const preview = st.preview;
  return (
    <div className="import-package">
      <SendersCard />
      <form
        className="card"
        aria-label="Chọn gói cập nhật quy định"
        onSubmit={(e) => {
          e.preventDefault();
          if (st.source && st.busy === null) void st.runPreview();
        }}
      >
        <p>
          Nhập gói cập nhật quy định (lịch nghỉ, danh mục thủ tục) do đơn vị nhận báo cáo gửi. Gói được kiểm tra chữ ký và mã kiểm tra trước; xem trước cho biết ngày nào,
          thủ tục nào thay đổi và hồ sơ nào đổi hạn, chưa ghi gì vào sổ.
        </p>
        <PackageSourcePick
          source={st.source}
          label="Chọn tệp gói cập nhật quy định"
          onChoosePath={() => void st.choosePath()}
          onFile={(file) => st.setSource(file ? { kind: 'file', file } : null)}
        />
        <PreviewButton
          disabled={!st.source || st.busy !== null}
          busyText={st.busy === 'checking' ? 'Đang kiểm tra chữ ký, mã kiểm tra và nội dung (chưa ghi gì)…' : st.busy === 'writing' ? 'Đang ghi vào sổ…' : null}
        />
      </form>
      <ErrorBox message={st.error} />
      {preview?.status === 'refused' ? <Refused preview={preview} /> : null}
      {preview?.status === 'ready' ? (
        <>
          <RulesPreview preview={preview} />
          <ApplyBar
            writes={preview.writes}
            busy={st.busy !== null}
            onApply={() =>
              void st.apply().then((ok) => {
                if (ok) notify('Đã nhập gói cập nhật quy định vào sổ.');
              })
            }
          />
        </>
      ) : null}
      {st.outcome ? (
        <p className="success" role="status" data-testid="rules-outcome">
          {st.outcome}
        </p>
      ) : null}
    </div>
  );
}
