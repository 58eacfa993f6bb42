// Nobody works at the desk anonymously: until an operator is chosen (or, in a ledger without any, added),
// this page asks who is working here. Every change is recorded with that name.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ErrorBox, Field, Loading } from '../components/ui';
import { activeNames, useOperators } from './operator-store';

function Chooser() {
  const { view, busy, error, select, add } = useOperators();
  const [name, setName] = useState('');
  const names = activeNames(view);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== '') void add(name);
  };
  return (
    <div className="wizard-page">
      <main className="card wizard operator-chooser" aria-labelledby="operator-title">
        <p className="eyebrow">Cán bộ một cửa</p>
        <h1 id="operator-title">{names.length > 0 ? 'Ai đang làm việc ở bàn này?' : 'Sổ chưa có danh sách cán bộ'}</h1>
        <p className="hint">Mọi thay đổi trong sổ đều ghi tên người làm. Chọn tên mình; có thể đổi người ở thanh trên cùng bất cứ lúc nào.</p>
        {names.length > 0 ? (
          <ul className="plain operator-list">
            {names.map((n) => (
              <li key={n}>
                <button type="button" className="button operator-choice" disabled={busy} onClick={() => void select(n)}>
                  {n}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form onSubmit={submit}>
          <Field label={names.length > 0 ? 'Tên chưa có trong danh sách? Thêm tên mới' : 'Họ tên cán bộ làm việc ở bàn này'} htmlFor="operator-new">
            <input id="operator-new" autoFocus={names.length === 0} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          </Field>
          <ErrorBox message={error} />
          <button type="submit" className="button primary" disabled={busy || name.trim() === ''}>
            Thêm và bắt đầu làm việc
          </button>
        </form>
      </main>
    </div>
  );
}

export function OperatorGate({ children }: { children: ReactNode }) {
  const { view, error, load } = useOperators();
  useEffect(() => {
    void load();
  }, [load]);
  if (!view) return error ? <ErrorBox message={error} /> : <Loading text="Đang mở sổ…" />;
  if (view.current === null) return <Chooser />;
  return <>{children}</>;
}
