// The top bar's "who is working at this desk": every change from now on is recorded with this name.
import { notify } from '../app/app-store';
import { activeNames, useOperators } from './operator-store';

export function OperatorPicker() {
  const { view, busy, select } = useOperators();
  const names = activeNames(view);
  const current = view?.current ?? '';
  async function change(name: string) {
    if (name === '' || name === current) return;
    if (await select(name)) notify(`Đang làm việc: ${name}. Các thay đổi từ giờ được ghi tên người này.`);
    else notify(useOperators.getState().error ?? 'Chưa đổi được cán bộ.', 'error');
  }
  return (
    <label className="operator-picker">
      <span className="muted">Cán bộ:</span>
      <select aria-label="Cán bộ đang làm việc" value={current} disabled={busy} onChange={(e) => void change(e.target.value)}>
        {current === '' ? <option value="">— Chọn tên —</option> : null}
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
