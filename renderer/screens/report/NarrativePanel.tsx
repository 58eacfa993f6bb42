// The chairman's part of the report: the free-text sections (pre-filled from the previous period), the
// sentences the ledger fills, and the sign-off that freezes the period's figures (needs the PIN).
import { type FormEvent, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { ReportView } from '../../../shared/api/report-schemas';
import { formatIntVi } from '../../../shared/format/vi-number';
import { BIEU_06_PROFILE } from '../../../shared/report/profile';
import { ledgerPlacement } from '../../../shared/report/narrative-outline';
import { ApiCallError, call, messageOf } from '../../api/client';
import { notify } from '../../app/app-store';
import { viInstant } from '../../app/format';
import { ErrorBox, Field } from '../../components/ui';
import { periodText, useReport } from './report-store';

interface Section {
  heading: string;
  text: string;
}

interface NarrativeState {
  key: string;
  sections: Section[];
  dirty: boolean;
  error: string | null;
  load(key: string, period: string, rule: 'nd09' | 'calendar'): Promise<void>;
  edit(i: number, patch: Partial<Section>): void;
  save(period: string, rule: 'nd09' | 'calendar'): Promise<void>;
}

const useNarrative = create<NarrativeState>((set, get) => ({
  key: '',
  sections: [],
  dirty: false,
  error: null,
  async load(key, period, rule) {
    set({ key, sections: [], dirty: false, error: null });
    try {
      const { sections } = await call('report.narrative', { period, rule });
      if (get().key === key) set({ sections });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  edit(i, patch) {
    set({ sections: get().sections.map((s, j) => (j === i ? { ...s, ...patch } : s)), dirty: true });
  },
  async save(period, rule) {
    try {
      const { sections } = await call('report.saveNarrative', { period, rule, sections: get().sections });
      set({ sections, dirty: false, error: null });
      notify('Đã lưu nội dung báo cáo của kỳ này.');
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));

/** A period signed again after its sign-off was lost: the correction printed on its report. */
function Revision({ revision: r }: { revision: ReportView['revisions'][number] }) {
  return (
    <div className="revision" data-testid="signoff-revision">
      <p>
        <strong>Đính chính số liệu đã ký:</strong> {r.text} <small className="muted">(ký lại lúc {viInstant(r.at)}; in trong báo cáo của kỳ)</small>
      </p>
      {r.cells.length > 0 ? (
        <details>
          <summary>Xem {r.cells.length} ô số liệu khác lần ký trước</summary>
          <table className="list-table">
            <thead>
              <tr>
                <th>Dòng</th>
                <th>Cột</th>
                <th>Đã ký lần trước → Ký lại</th>
              </tr>
            </thead>
            <tbody>
              {r.cells.map((c, i) => (
                <tr key={i}>
                  <td>{c.row}</td>
                  <td>{c.column}</td>
                  <td>
                    {formatIntVi(c.before)} → {formatIntVi(c.after)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}

function SignOff({ view, period, rule, defaultSigner }: { view: ReportView; period: string; rule: 'nd09' | 'calendar'; defaultSigner: string }) {
  const [signer, setSigner] = useState(defaultSigner);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (view.signoff) {
    return (
      <div className="signed" data-testid="signed">
        <p>
          <strong>Đã ký duyệt</strong>: {view.signoff.signer} · {viInstant(view.signoff.signedAt)} ({view.signoff.signedBy}). Số liệu kỳ này đã khóa.
        </p>
        {view.revisions.map((r, i) => (
          <Revision key={i} revision={r} />
        ))}
        {view.corrections.length > 0 ? (
          <>
            <p>Các thay đổi sau khi ký (sẽ nêu trong báo cáo kỳ sau):</p>
            <ul className="plain">
              {view.corrections.map((c, i) => (
                <li key={i}>
                  <span className="mono">{c.code}</span> — {c.text} <small className="muted">({viInstant(c.at)}, {c.actor})</small>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  if (view.signoffRefusal) {
    return (
      <p className="signed-note" role="status" data-testid="signoff-refused">
        {view.signoffRefusal}
      </p>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signed = await call('report.signOff', { period, rule, signerName: signer, pin });
      useReport.setState({ view: signed });
      setPin('');
      notify('Đã ký duyệt: số liệu kỳ báo cáo đã khóa.');
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="signoff" onSubmit={submit}>
      {view.emptyHeadings.length > 0 ? (
        <p className="hint" role="status" data-testid="empty-headings">
          Các mục chưa có nội dung sẽ không in trong báo cáo: {view.emptyHeadings.join('; ')}.
        </p>
      ) : null}
      <p className="hint">Ký duyệt khóa số liệu của kỳ: các thay đổi hồ sơ về sau được ghi là điều chỉnh và nêu ở báo cáo kỳ sau.</p>
      <div className="grid-3">
        <Field label="Người ký" htmlFor="sign-name">
          <input id="sign-name" value={signer} onChange={(e) => setSigner(e.target.value)} />
        </Field>
        <Field label="Mã PIN của Chủ tịch" htmlFor="sign-pin">
          <input id="sign-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || pin === ''}>
            Ký duyệt và khóa số liệu
          </button>
        </div>
      </div>
      <ErrorBox message={error} />
    </form>
  );
}

export function NarrativePanel({ view }: { view: ReportView }) {
  const { year, part, rule } = useReport();
  const period = periodText(year, part);
  const key = `${period}@${rule}`;
  const st = useNarrative();
  const [signer, setSigner] = useState('');
  useEffect(() => {
    void useNarrative.getState().load(key, period, rule);
  }, [key, period, rule]);
  useEffect(() => {
    call('settings.get', {})
      .then((s) => setSigner(s.signerName))
      .catch((error: unknown) => useNarrative.setState({ error: messageOf(error) }));
  }, []);
  const locked = view.signoff !== null;
  // Placed by heading, as in the printed report (shared/report/narrative-outline).
  const placement = ledgerPlacement(st.sections, {
    ledgerHeading: BIEU_06_PROFILE.narrative.ledgerSection,
    firstPartHeading: BIEU_06_PROFILE.narrative.firstPartHeading,
  });
  const at = 'own' in placement ? placement.own + 1 : placement.before;
  const ledgerBlock = (
    <div className="ledger-block" key="ledger">
      <h3>{BIEU_06_PROFILE.narrative.ledgerSection} (sổ tự điền)</h3>
      {view.sentences.map((s, i) => (
        <p key={i} className="narrative">
          {s}
        </p>
      ))}
    </div>
  );
  const blocks = st.sections.map((s, i) => (
    <div className="narrative-section" key={i}>
      <input aria-label={`Tiêu đề mục ${i + 1}`} className="section-heading" value={s.heading} disabled={locked} onChange={(e) => st.edit(i, { heading: e.target.value })} />
      <textarea aria-label={`Nội dung mục ${s.heading}`} rows={3} value={s.text} disabled={locked} onChange={(e) => st.edit(i, { text: e.target.value })} />
    </div>
  ));
  blocks.splice(Math.min(at, blocks.length), 0, ledgerBlock);
  return (
    <section className="card" aria-labelledby="narrative-title">
      <h2 id="narrative-title">Nội dung báo cáo</h2>
      <p className="hint">Các mục do Chủ tịch soạn được lưu theo kỳ và điền sẵn từ kỳ trước; phần số liệu do sổ tính, không sửa tay.</p>
      {blocks}
      <ErrorBox message={st.error} />
      {!locked ? (
        <div className="actions">
          <button type="button" className="button" disabled={!st.dirty} onClick={() => void st.save(period, rule)}>
            Lưu nội dung
          </button>
        </div>
      ) : null}
      <h3>Ký duyệt</h3>
      <SignOff key={`${key}-${signer}`} view={view} period={period} rule={rule} defaultSigner={signer} />
    </section>
  );
}
