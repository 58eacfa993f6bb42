// Hồ sơ: one dossier — its facts, why its due date is what it is, its timeline, and the actions its state
// allows (the API decides which). Esc goes back to the ledger.
import { type ReactNode, useEffect, useState } from 'react';
import { RATING_LABELS_VI } from '../../../shared/dossier/dossier';
import { call } from '../../api/client';
import { printForm, saveDocument } from '../../api/files';
import { notify, notifyError, useApp } from '../../app/app-store';
import { money, viDateTime, viIso } from '../../app/format';
import { go } from '../../app/router';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBox, Loading, StateBadge } from '../../components/ui';
import { ActionDialog } from './ActionDialog';
import { EditDialog } from './EditDialog';
import { ACTION_LABELS_VI, FORM_LABELS_VI, FORM_NAMES_VI } from './action-labels';
import { useDossier } from './dossier-store';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function DossierScreen({ id }: { id: string }) {
  const info = useApp((s) => s.info);
  const { view, error, action, load, open } = useDossier();

  useEffect(() => {
    void load(id);
  }, [id, load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useDossier.getState().action === null && !document.querySelector('dialog[open]')) go({ screen: 'ledger' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function print(form: 'mau01' | 'mau02' | 'mau04') {
    try {
      await printForm({ id, form }, () => call('forms.render', { id, form }), (url, f) => useApp.getState().showPreview(url, f.fileName));
    } catch (e) {
      notifyError(e);
    }
  }

  const [saving, setSaving] = useState(false);
  /** The form's PDF: saved where the person chooses (the desktop app), downloaded in the browser. */
  async function savePdf(form: 'mau01' | 'mau02' | 'mau04') {
    setSaving(true);
    try {
      notify(await saveDocument({ kind: 'form', id, form }, 'Đang làm tệp PDF', (jobId) => call('forms.render', { id, form, jobId })));
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  }

  if (error) return <ErrorBox message={error} />;
  if (!view || view.id !== id) return <Loading />;
  const d = view;
  const pending = d.endedOn === null && d.returnedOn === null;

  return (
    <div className="dossier">
      <header className="dossier-head">
        <button type="button" className="button small" onClick={() => go({ screen: 'ledger' })}>
          ← Sổ theo dõi (Esc)
        </button>
        <h1>
          <span className="mono">{d.code}</span> <StateBadge state={d.state} />
        </h1>
        <p className="muted">
          {d.procedureName} · {d.field}
        </p>
      </header>
      <div className="dossier-body">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">Thông tin hồ sơ</h2>
          <dl className="facts">
            <Row label="Người nộp">{d.applicantName || '—'}</Row>
            <Row label="Số định danh">{d.idNumber || '—'}</Row>
            <Row label="Điện thoại">{d.phone || '—'}</Row>
            <Row label="Địa chỉ">{d.address || '—'}</Row>
            <Row label="Hình thức nộp">{d.channelLabel}</Row>
            <Row label="Liên thông đến">
              <span data-testid="dossier-interconnection">{d.interconnection || 'Không liên thông'}</span>
            </Row>
            <Row label="Tiếp nhận">{viDateTime(d.receivedAt)}</Row>
            <Row label="Thời hạn">{d.statutoryTime}</Row>
            <Row label="Hạn trả">
              <strong data-testid="dossier-due">{d.due ? viIso(d.due) : 'Tạm dừng — chờ công dân bổ sung'}</strong>
              {d.due !== d.baseDue ? <span className="muted"> (hẹn khi tiếp nhận: {viIso(d.baseDue)})</span> : null}
              {d.dueProvisional ? (
                <p className="warning provisional" role="alert" data-testid="dossier-due-provisional">
                  {d.dueProvisional}
                </p>
              ) : null}
            </Row>
            {d.apologyDeadline ? <Row label="Hạn gửi văn bản xin lỗi (Mẫu 04)">{`chậm nhất ${viIso(d.apologyDeadline)}, nếu hồ sơ có thể trễ hạn`}</Row> : null}
            {d.extensionDue ? <Row label="Ngày hẹn mới (Mẫu 04)">{`${viIso(d.extensionDue)} — văn bản ngày ${viIso(d.apologyOn)}`}</Row> : null}
            {d.endedOn ? <Row label="Có kết quả / kết thúc">{viIso(d.endedOn)}</Row> : null}
            {d.returnedOn ? <Row label="Trả kết quả">{viIso(d.returnedOn)}</Row> : null}
            {d.rating ? <Row label="Đánh giá">{RATING_LABELS_VI[d.rating]}</Row> : null}
            {d.lateCause ? <Row label="Nguyên nhân quá hạn">{d.lateCause}</Row> : null}
            <Row label="Phí, lệ phí">{d.fee > 0 ? money(d.fee) : 'Không'}</Row>
            {d.note ? <Row label="Ghi chú">{d.note}</Row> : null}
          </dl>
          {d.documents.length > 0 ? (
            <>
              <h3>Giấy tờ đã nhận</h3>
              <ul className="plain">
                {d.documents.map((doc, i) => (
                  <li key={i}>
                    {doc.name} — {doc.form}, {doc.quantity} bản
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">Thao tác</h2>
          <div className="action-grid">
            {d.actions.map((a) => (
              <button key={a} type="button" className={`button${a === 'result_ready' ? ' primary' : ''}`} onClick={() => open(a)}>
                {ACTION_LABELS_VI[a]}
              </button>
            ))}
          </div>
          <h3>In phiếu</h3>
          <div className="form-rows">
            {d.forms.map((f) => (
              <div key={f} className="form-row">
                <button type="button" className="button" onClick={() => void print(f)}>
                  {FORM_LABELS_VI[f]}
                </button>
                <button type="button" className="button" disabled={saving} aria-label={`Lưu PDF ${FORM_NAMES_VI[f]}`} onClick={() => void savePdf(f)}>
                  Lưu PDF
                </button>
              </div>
            ))}
          </div>
          {saving ? <JobProgress /> : null}
          {pending && d.supplements.length > 0 ? (
            <p className="hint">
              Đã yêu cầu bổ sung {d.supplements.length} lần{d.supplements.length > 1 ? ' — hồ sơ bị tính là quá hạn (yêu cầu bổ sung quá một lần).' : '.'}
            </p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="why-title">
          <h2 id="why-title">Vì sao hạn trả là ngày này?</h2>
          <ol className="trace">
            {d.dueExplanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </section>
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Lịch sử xử lý</h2>
          <ol className="timeline">
            {d.timeline.map((t, i) => (
              <li key={i}>
                <p>
                  <strong>{t.title}</strong> <span className="muted">· {t.atText} · {t.actor}</span>
                </p>
                {t.details.length > 0 ? (
                  <ul>
                    {t.details.map((x, j) => (
                      <li key={j}>{x}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {action === 'correct' ? <EditDialog view={d} /> : action && info ? <ActionDialog kind={action} today={info.today} /> : null}
    </div>
  );
}
