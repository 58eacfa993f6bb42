// Thiết lập › Cán bộ: the desk operators (add, mark as no longer working: names are never deleted, the
// history keeps them), and who is working now. The chairman's PIN is set in Thiết lập › Đơn vị.
import { type FormEvent, useEffect, useState } from 'react';
import { notify } from '../../app/app-store';
import { viInstant } from '../../app/format';
import { hrefOf } from '../../app/router';
import { ErrorBox, Field, Loading } from '../../components/ui';
import { useOperators } from '../../operators/operator-store';

export function OperatorsTab() {
  const { view, busy, error, load, add, retire } = useOperators();
  const [name, setName] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  if (!view) return error ? <ErrorBox message={error} /> : <Loading />;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const clean = name.trim();
    if (clean === '') return;
    if (await add(clean)) {
      setName('');
      notify(`Đã thêm cán bộ "${clean}".`);
    }
  }
  async function stop(who: string) {
    if (await retire(who)) notify(`Đã ghi nhận "${who}" thôi làm việc ở bàn một cửa.`);
  }
  return (
    <div className="desk-stack">
      <section className="card">
        <h3>Cán bộ làm việc ở bộ phận một cửa</h3>
        <p className="hint">
          Mỗi thay đổi trong sổ ghi tên cán bộ đang chọn ở thanh trên cùng (hiện là <strong>{view.current ?? 'chưa chọn'}</strong>). Người thôi làm việc vẫn
          giữ tên trong lịch sử các hồ sơ đã làm.
        </p>
        <table className="list-table">
          <thead>
            <tr>
              <th>Họ tên</th>
              <th>Thêm lúc</th>
              <th>Người thêm</th>
              <th>Tình trạng</th>
              <th aria-label="Thao tác" />
            </tr>
          </thead>
          <tbody>
            {view.operators.map((o) => (
              <tr key={`${o.name}-${o.createdAt}`} className={o.retiredAt ? 'muted' : ''}>
                <td>
                  <strong>{o.name}</strong>
                  {o.name === view.current ? <span className="badge badge-info operator-now">đang làm việc</span> : null}
                </td>
                <td className="nowrap">{viInstant(o.createdAt)}</td>
                <td>{o.createdBy}</td>
                <td>{o.retiredAt ? `Đã thôi làm việc từ ${viInstant(o.retiredAt)} (${o.retiredBy ?? ''})` : 'Đang làm việc'}</td>
                <td className="nowrap">
                  {o.retiredAt ? null : (
                    <button type="button" className="button small" disabled={busy} onClick={() => void stop(o.name)}>
                      Thôi làm việc
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <Field label="Thêm cán bộ" htmlFor="operator-add">
            <input id="operator-add" value={name} maxLength={100} placeholder="Họ và tên" onChange={(e) => setName(e.target.value)} />
          </Field>
          <button type="submit" className="button primary" disabled={busy || name.trim() === ''}>
            Thêm cán bộ
          </button>
        </form>
        <ErrorBox message={error} />
      </section>
      <section className="card">
        <h3>Mã PIN ký duyệt của Chủ tịch</h3>
        <p>
          Đặt hoặc đổi mã PIN ở <a href={hrefOf({ screen: 'settings', tab: 'don-vi' })}>Thiết lập › Đơn vị</a>. Nhập sai mã PIN 5 lần liên tiếp thì việc nhập mã
          PIN bị tạm khóa 5 phút.
        </p>
      </section>
    </div>
  );
}
