// Thiết lập › Bàn giao USB: the unit's signing key (its fingerprint is what the receiving office
// registers) and the ledger's role — a unit's ledger, or the receiving office's, which imports the
// units' report packages and consolidates them.
import { useEffect, useState } from 'react';
import { notify } from '../../app/app-store';
import { hrefOf } from '../../app/router';
import { ErrorBox, Loading } from '../../components/ui';
import { useIdentity } from '../handoff/identity-store';
import '../../styles/handoff.css';

function RoleCard({ office }: { office: boolean }) {
  const { busy, setReceivingOffice } = useIdentity();
  const [sure, setSure] = useState(false);
  async function toggle() {
    if (await setReceivingOffice(!office)) {
      setSure(false);
      notify(office ? 'Sổ này nay là sổ của một đơn vị.' : 'Sổ này nay là sổ của đơn vị nhận báo cáo.');
    }
  }
  return (
    <section className="card" aria-labelledby="role-title">
      <h3 id="role-title">Chế độ của sổ</h3>
      <p data-testid="ledger-role">
        {office ? (
          <>
            Sổ này là <strong>sổ của đơn vị nhận báo cáo</strong>: nhận gói báo cáo của các đơn vị đã đăng ký và lập Biểu 06 tổng hợp (
            <a href={hrefOf({ screen: 'handoff', tab: 'tong-hop' })}>Bàn giao USB › Tổng hợp</a>).
          </>
        ) : (
          <>
            Sổ này là <strong>sổ của một đơn vị</strong> (xã, phường): ghi hồ sơ, gửi gói báo cáo lên, nhận gói đầy đủ từ các máy khác của đơn vị.
          </>
        )}
      </p>
      <p className="hint">
        {office
          ? 'Tắt chế độ này khi máy trở lại làm sổ của một đơn vị. Các báo cáo đã nhận vẫn được giữ trong sổ.'
          : 'Chỉ bật ở máy của huyện, tỉnh (đơn vị nhận báo cáo). Khi bật, sổ chỉ nhận gói báo cáo, không nhận gói đầy đủ.'}
      </p>
      <label className="check">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />{' '}
        {office ? 'Tôi muốn chuyển sổ này về sổ của một đơn vị' : 'Máy này là của đơn vị nhận báo cáo (huyện, tỉnh)'}
      </label>
      <button type="button" className={`button${office ? '' : ' primary'}`} disabled={!sure || busy} onClick={() => void toggle()}>
        {office ? 'Tắt chế độ đơn vị nhận báo cáo' : 'Bật chế độ đơn vị nhận báo cáo'}
      </button>
    </section>
  );
}

export function HandoffTab() {
  const { identity, error, busy, load } = useIdentity();
  useEffect(() => {
    void useIdentity.getState().load();
  }, []);
  if (!identity) return error ? <ErrorBox message={error} /> : <Loading />;
  return (
    <div className="report-grid handoff">
      <section className="card" aria-labelledby="key-title">
        <h3 id="key-title">Khóa ký của đơn vị</h3>
        <p>Mọi gói xuất ra đều được ký bằng khóa này. Đơn vị nhận báo cáo đăng ký dấu vân tay của khóa để biết gói đúng là của đơn vị.</p>
        {identity.fingerprint ? (
          <p>
            Dấu vân tay: <span className="fingerprint big" data-testid="unit-fingerprint">{identity.fingerprint}</span>
          </p>
        ) : (
          <>
            <p className="muted">Chưa có khóa: khóa được tạo khi xuất gói đầu tiên, hoặc tạo ngay bây giờ để đọc dấu vân tay cho đơn vị nhận báo cáo.</p>
            <button type="button" className="button" disabled={busy || identity.unitCode === ''} onClick={() => void load(true)}>
              Tạo khóa và xem dấu vân tay
            </button>
          </>
        )}
        <p className="hint">Hãy đọc dấu vân tay qua điện thoại, không gửi kèm trên USB: như vậy gói giả mạo không qua được.</p>
      </section>
      <RoleCard office={identity.role === 'receiving_office'} />
      <ErrorBox message={error} />
    </div>
  );
}
