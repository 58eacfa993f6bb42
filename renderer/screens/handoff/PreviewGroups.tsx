// The dry run of a package, as the importer will do it: who sent it and how they are trusted, then each
// group — new, updated, unchanged, conflicting, rejected — with every item's reason and, for changes,
// the old and new values side by side.
import type { PreviewAction, PreviewReady } from '../../../shared/api/handoff-schemas';
import { formatIntVi, viIso } from '../../app/format';

export const ACTION_LABELS: Record<PreviewAction, string> = {
  new: 'Thêm mới',
  updated: 'Cập nhật',
  unchanged: 'Không đổi',
  conflict: 'Xung đột',
  rejected: 'Từ chối',
};

const TONES: Record<PreviewAction, string> = { new: 'ok', updated: 'info', unchanged: 'muted', conflict: 'warn', rejected: 'late' };

function Group({ group, kind }: { group: PreviewReady['groups'][number]; kind: PreviewReady['summary']['kind'] }) {
  const localLabel = kind === 'report' ? 'Đã nhận trước' : 'Trong sổ này';
  const list = (
    <ul className="preview-items">
      {group.items.map((item, i) => (
        <li key={i}>
          <strong>{item.title}</strong> — {item.reason}
          {item.differences.length > 0 ? (
            <table className="list-table diff-table">
              <thead>
                <tr>
                  <th>Thông tin</th>
                  <th>{localLabel}</th>
                  <th>Trong gói</th>
                </tr>
              </thead>
              <tbody>
                {item.differences.map((d, j) => (
                  <tr key={j}>
                    <td>{d.label}</td>
                    <td>{d.local || '—'}</td>
                    <td className="changed">{d.incoming || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
      {group.total > group.items.length ? <li className="muted">… và {formatIntVi(group.total - group.items.length)} mục khác.</li> : null}
    </ul>
  );
  const title = (
    <>
      <span className={`badge badge-${TONES[group.action]}`}>{ACTION_LABELS[group.action]}</span> <span data-testid={`group-${group.action}`}>{group.total}</span>
    </>
  );
  if (group.total === 0) return null;
  if (group.action === 'unchanged' || group.action === 'new') {
    return (
      <details className="preview-group" open={group.action === 'new' && group.total <= 20}>
        <summary>{title}</summary>
        {list}
      </details>
    );
  }
  return (
    <section className="preview-group">
      <h4>{title}</h4>
      {list}
    </section>
  );
}

export function PreviewGroups({ preview }: { preview: PreviewReady }) {
  const s = preview.summary;
  return (
    <section className="card" aria-labelledby="preview-title" data-testid="package-preview">
      <h3 id="preview-title">
        Xem trước: {s.fileName} — {s.kindLabel}
      </h3>
      <dl className="facts">
        <dt>Đơn vị gửi</dt>
        <dd>
          {s.sender.unitName || '(không tên)'} — mã {s.sender.unitCode}
          {s.sender.desk ? `, bàn ${s.sender.desk}` : ''}
        </dd>
        <dt>Dấu vân tay khóa</dt>
        <dd className="fingerprint">{s.sender.fingerprint}</dd>
        <dt>Tạo lúc</dt>
        <dd>
          {s.createdAt} (Sổ Một Cửa {s.appVersion})
        </dd>
        {s.period ? (
          <>
            <dt>Kỳ báo cáo</dt>
            <dd>
              {s.period.label} (từ {viIso(s.period.from)} đến {viIso(s.period.to)})
            </dd>
          </>
        ) : null}
        <dt>SHA-256</dt>
        <dd className="mono break">{s.sha256}</dd>
      </dl>
      <p className="trust-note">{preview.trustNote}</p>
      <ul className="counts" aria-label="Tổng hợp">
        {(Object.keys(ACTION_LABELS) as PreviewAction[]).map((a) => (
          <li key={a}>
            {ACTION_LABELS[a]}: <strong data-testid={`count-${a}`}>{preview.counts[a]}</strong>
          </li>
        ))}
      </ul>
      {preview.groups.map((g) => (
        <Group key={g.action} group={g} kind={s.kind} />
      ))}
    </section>
  );
}
