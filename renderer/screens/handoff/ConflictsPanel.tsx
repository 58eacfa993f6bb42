// Xung đột: the dossiers changed on two desks since they last met. Each shows the two versions side by
// side (the differing rows marked); a person chooses one, and both histories are kept.
import { useEffect } from 'react';
import type { ConflictView } from '../../../shared/api/handoff-schemas';
import { notify } from '../../app/app-store';
import { ErrorBox, Loading } from '../../components/ui';
import { useConflicts } from './conflicts-store';

const RESOLUTION_LABELS = { local: 'đã giữ bản trong sổ', incoming: 'đã lấy bản của máy kia', superseded: 'đã được bản mới hơn thay' } as const;

function ConflictCard({ c }: { c: ConflictView }) {
  const st = useConflicts();
  const choice = st.choices[c.id];
  return (
    <section className="card conflict" aria-labelledby={`conflict-${c.id}`} data-testid="conflict">
      <header className="row-between">
        <h3 id={`conflict-${c.id}`}>
          Xung đột số {c.id} — hồ sơ <span className="mono">{c.code}</span>
        </h3>
        {c.resolution ? <span className="badge badge-ok">{RESOLUTION_LABELS[c.resolution]}</span> : <span className="badge badge-warn">đang chờ chọn</span>}
      </header>
      <p className="muted">
        Phát hiện lúc {c.detectedAt} ({c.detectedBy}) khi nhập gói của {c.source}.
        {c.resolvedAt ? ` Giải quyết lúc ${c.resolvedAt} (${c.resolvedBy ?? ''}).` : ''}
      </p>
      <table className="list-table side-by-side">
        <thead>
          <tr>
            <th>Thông tin</th>
            <th>Bản trong sổ này</th>
            <th>Bản của máy kia</th>
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r) => (
            <tr key={r.label} className={r.differs ? 'differs' : ''}>
              <th scope="row">{r.label}</th>
              <td>{r.local || '—'}</td>
              <td>{r.incoming || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.resolution === null ? (
        <div className="inline-row conflict-choice" role="radiogroup" aria-label={`Chọn bản cho hồ sơ ${c.code}`}>
          <label className="check">
            <input type="radio" name={`keep-${c.id}`} checked={choice === 'local'} onChange={() => st.choose(c.id, 'local')} /> Giữ bản trong sổ này
          </label>
          <label className="check">
            <input type="radio" name={`keep-${c.id}`} checked={choice === 'incoming'} onChange={() => st.choose(c.id, 'incoming')} /> Lấy bản của máy kia
          </label>
          <button
            type="button"
            className="button primary"
            disabled={!choice || st.busy !== null}
            onClick={() =>
              void st.resolve(c.id).then((message) => {
                if (message) notify(message);
              })
            }
          >
            Ghi lựa chọn
          </button>
        </div>
      ) : null}
    </section>
  );
}

export function ConflictsPanel() {
  const st = useConflicts();
  useEffect(() => {
    void useConflicts.getState().load();
  }, []);
  return (
    <div className="conflicts">
      <div className="row-between">
        <p className="muted">Hồ sơ bị sửa ở cả hai máy kể từ lần trao đổi trước. Trong lúc chờ chọn, sổ giữ bản của máy này; bản kia được lưu lại, không mất gì.</p>
        <label className="check">
          <input type="checkbox" checked={st.includeResolved} onChange={(e) => st.showResolved(e.target.checked)} /> Hiện cả xung đột đã giải quyết
        </label>
      </div>
      <ErrorBox message={st.error} />
      {st.conflicts === null ? <Loading /> : null}
      {st.conflicts?.length === 0 ? (
        <p className="empty" data-testid="no-conflicts">
          {st.includeResolved ? 'Sổ chưa có xung đột nào.' : 'Không có xung đột nào đang chờ chọn.'}
        </p>
      ) : null}
      {st.conflicts?.map((c) => (
        <ConflictCard key={c.id} c={c} />
      ))}
    </div>
  );
}
