// The units whose report packages this receiving office accepts: each registered with the key
// fingerprint the unit reads out on the phone, so one commune's package cannot pass for another's.
import { type FormEvent, useState } from 'react';
import type { UnitView } from '../../../shared/api/handoff-schemas';
import { messageOf } from '../../api/client';
import { notify } from '../../app/app-store';
import { viInstant } from '../../app/format';
import { ErrorBox, Field } from '../../components/ui';
import { useOffice } from './office-store';

export function UnitsCard({ units, onRegistered }: { units: UnitView[]; onRegistered(): void }) {
  const register = useOffice((s) => s.register);
  const [form, setForm] = useState({ unitCode: '', unitName: '', fingerprint: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const unit = await register(form);
      notify(`Đã đăng ký ${unit.unitName || unit.unitCode} với dấu vân tay ${unit.fingerprint}.`);
      setForm({ unitCode: '', unitName: '', fingerprint: '' });
      onRegistered();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby="units-title">
      <h2 id="units-title">Đơn vị gửi báo cáo</h2>
      <form onSubmit={(e) => void submit(e)} aria-label="Đăng ký đơn vị">
        <h3>Đăng ký đơn vị</h3>
        <div className="grid-3">
          <Field label="Mã đơn vị" htmlFor="reg-code">
            <input id="reg-code" className="mono" value={form.unitCode} onChange={(e) => setForm({ ...form, unitCode: e.target.value })} placeholder="ví dụ 000.00.21.H57" />
          </Field>
          <Field label="Tên đơn vị" htmlFor="reg-name">
            <input id="reg-name" value={form.unitName} onChange={(e) => setForm({ ...form, unitName: e.target.value })} placeholder="ví dụ UBND xã …" />
          </Field>
          <Field label="Dấu vân tay khóa (đơn vị đọc qua điện thoại)" htmlFor="reg-fp">
            <input id="reg-fp" className="mono" value={form.fingerprint} onChange={(e) => setForm({ ...form, fingerprint: e.target.value })} placeholder="dạng XXXX-XXXX-XXXX-XXXX" />
          </Field>
        </div>
        <ErrorBox message={error} />
        <button type="submit" className="button primary" disabled={busy || form.unitCode.trim() === '' || form.fingerprint.trim() === ''}>
          Đăng ký
        </button>
      </form>
      {units.length > 0 ? (
        <table className="list-table units-table">
          <thead>
            <tr>
              <th>Mã đơn vị</th>
              <th>Tên đơn vị</th>
              <th>Dấu vân tay khóa</th>
              <th>Cách đăng ký</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={`${u.unitCode}|${u.fingerprint}`}>
                <td className="mono">{u.unitCode}</td>
                <td>{u.unitName || '—'}</td>
                <td className="mono">{u.fingerprint}</td>
                <td>
                  {u.how === 'registered' ? 'Đăng ký' : 'Tin cậy từ gói đầu tiên'} lúc {viInstant(u.registeredAt)} ({u.registeredBy})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Chưa đăng ký đơn vị nào.</p>
      )}
    </section>
  );
}
