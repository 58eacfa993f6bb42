// The backups found in the configured folders, newest first: when, why, how many dossiers, where, and
// whether it can be restored from (with the button to do so). A backup is checked in full when restored
// from; until then it is "đọc được", and "đã kiểm tra: tốt" once a check passed.
import type { BackupEntryView } from '../../shared/api/startup-schemas';
import { formatIntVi } from '../app/format';

export function BackupTable(props: { backups: BackupEntryView[]; busy: boolean; onRestore(file: string): void; restoreLabel?: string }) {
  if (props.backups.length === 0) return <p className="empty">Chưa có bản sao lưu nào trong các thư mục sao lưu.</p>;
  return (
    <div className="table-wrap">
      <table className="list-table backup-table">
        <thead>
          <tr>
            <th>Thời điểm sao lưu</th>
            <th>Loại</th>
            <th>Số hồ sơ</th>
            <th>Thư mục</th>
            <th>Tình trạng</th>
            <th aria-label="Thao tác" />
          </tr>
        </thead>
        <tbody>
          {props.backups.map((b) => (
            <tr key={b.file} className={b.good ? '' : 'backup-bad'}>
              <td className="nowrap">{b.takenAtText}</td>
              <td>{b.reasonLabel}</td>
              <td className="num">{b.dossiers === null ? '—' : formatIntVi(b.dossiers)}</td>
              <td className="backup-dir" title={b.file}>
                {b.directory}
              </td>
              <td>
                {!b.good ? (
                  <span className="badge badge-late" title={b.problem ?? ''}>
                    Không dùng được
                  </span>
                ) : b.integrity === 'ok' ? (
                  <span className="badge badge-ok">Đã kiểm tra: tốt</span>
                ) : (
                  <span className="badge" title="Được kiểm tra toàn vẹn đầy đủ trước khi khôi phục">
                    Đọc được
                  </span>
                )}
              </td>
              <td className="nowrap">
                {b.good ? (
                  <button type="button" className="button small" disabled={props.busy} onClick={() => props.onRestore(b.file)}>
                    {props.restoreLabel ?? 'Khôi phục bản này'}
                  </button>
                ) : (
                  <small className="muted">{b.problem}</small>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
