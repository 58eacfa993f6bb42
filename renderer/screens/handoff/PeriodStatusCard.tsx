// Which units have sent the period, which have not, and which sent again — with the figures the newer
// package changed.
import { Fragment } from 'react';
import type { PeriodStatusView } from '../../../shared/api/handoff-schemas';
import { formatIntVi } from '../../app/format';

const STATES = {
  sent: { label: 'đã gửi', tone: 'ok' },
  sent_again: { label: 'đã gửi lại', tone: 'info' },
  missing: { label: 'chưa gửi', tone: 'late' },
} as const;

export function PeriodStatusCard({ status }: { status: PeriodStatusView }) {
  return (
    <section className="card" aria-labelledby="status-title" data-testid="period-status">
      <h2 id="status-title">Tình hình gửi báo cáo {status.periodLabel}</h2>
      <ul className="counts">
        <li>
          Đã gửi một lần: <strong data-testid="count-sent">{status.counts.sent}</strong>
        </li>
        <li>
          Đã gửi lại: <strong data-testid="count-sent-again">{status.counts.sent_again}</strong>
        </li>
        <li>
          Chưa gửi: <strong data-testid="count-missing">{status.counts.missing}</strong>
        </li>
      </ul>
      {status.units.length === 0 ? (
        <p className="muted">Chưa đăng ký đơn vị nào và chưa nhận gói nào cho kỳ này.</p>
      ) : (
        <table className="list-table">
          <thead>
            <tr>
              <th>Mã đơn vị</th>
              <th>Tên đơn vị</th>
              <th>Tình trạng</th>
              <th>Gói tạo lúc</th>
              <th>Nhận lúc</th>
              <th>Ký duyệt</th>
              <th>Hồ sơ tiếp nhận</th>
            </tr>
          </thead>
          <tbody>
            {status.units.map((u) => (
              <Fragment key={u.unitCode}>
                <tr data-testid="unit-status">
                  <td className="mono">{u.unitCode}</td>
                  <td>{u.unitName || '—'}</td>
                  <td>
                    <span className={`badge badge-${STATES[u.state].tone}`} data-testid="unit-state">
                      {STATES[u.state].label}
                    </span>
                  </td>
                  <td>{u.current?.packageCreatedAt ?? '—'}</td>
                  <td>{u.current?.receivedAt ?? '—'}</td>
                  <td>{u.current ? (u.current.signed ? 'Đã ký' : 'Chưa ký') : '—'}</td>
                  <td>{u.current ? formatIntVi(u.current.received) : '—'}</td>
                </tr>
                {u.state === 'sent_again' ? (
                  <tr className="changes-row">
                    <td />
                    <td colSpan={6}>
                      {u.changes.length > 0 ? (
                        <details className="changes">
                          <summary>
                            Đã gửi {u.packages} gói; gói mới nhất thay gói trước, {u.changes.length} số liệu thay đổi
                          </summary>
                          <ul>
                            {u.changes.map((c, i) => (
                              <li key={i}>
                                {c.row}, {c.label}: {formatIntVi(c.before)} → <strong>{formatIntVi(c.after)}</strong>
                              </li>
                            ))}
                          </ul>
                        </details>
                      ) : (
                        <small className="hint">Đã gửi {u.packages} gói; gói mới nhất không đổi số liệu nào.</small>
                      )}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
