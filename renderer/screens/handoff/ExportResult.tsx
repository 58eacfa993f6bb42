// The written package: where it is, what it holds, its SHA-256 and the unit's key fingerprint — what the
// receiving office checks on the phone before registering the unit.
import type { ExportOutcome } from '../../../shared/api/handoff-schemas';
import { formatIntVi } from '../../app/format';

export function ExportResult({ outcome, onAgain }: { outcome: ExportOutcome; onAgain(): void }) {
  return (
    <section className="card saved" aria-labelledby="result-title" data-testid="export-result">
      <h2 id="result-title">Đã ghi gói và đọc lại kiểm tra: tốt</h2>
      <p>{outcome.what}</p>
      <dl className="facts">
        <dt>Tệp</dt>
        <dd className="mono" data-testid="export-path">
          {outcome.path}
        </dd>
        <dt>Dung lượng</dt>
        <dd>{formatIntVi(outcome.size)} byte</dd>
        <dt>SHA-256 của gói</dt>
        <dd className="mono break" data-testid="export-sha">
          {outcome.sha256}
        </dd>
        <dt>Dấu vân tay khóa đơn vị</dt>
        <dd className="fingerprint" data-testid="export-fingerprint">
          {outcome.fingerprint}
        </dd>
      </dl>
      <p className="hint">
        {outcome.kind === 'report'
          ? 'Đơn vị nhận báo cáo cần đăng ký dấu vân tay này (đọc qua điện thoại) trước khi nhập gói lần đầu.'
          : 'Người nhập gói cần mật khẩu bạn vừa đặt. Rút USB an toàn trước khi mang đi.'}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onAgain}>
          Xuất gói khác
        </button>
      </div>
    </section>
  );
}
