// The papers handed in at the desk, as listed on the receipt (Mẫu 01).
import type { DocumentRow } from './intake-store';

const FORMS = ['Bản chính', 'Bản sao', 'Bản sao có chứng thực', 'Bản chụp'];

export function DocumentsEditor(props: { rows: DocumentRow[]; onChange(rows: DocumentRow[]): void }) {
  const { rows, onChange } = props;
  const set = (i: number, patch: Partial<DocumentRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>Giấy tờ đã nhận</legend>
      <table className="doc-table">
        <thead>
          <tr>
            <th>Tên giấy tờ</th>
            <th>Loại bản</th>
            <th>Số lượng</th>
            <th aria-label="Xóa" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <input id={`doc-name-${i}`} aria-label={`Tên giấy tờ ${i + 1}`} value={r.name} onChange={(e) => set(i, { name: e.target.value })} />
              </td>
              <td>
                <select aria-label={`Loại bản ${i + 1}`} value={r.form} onChange={(e) => set(i, { form: e.target.value })}>
                  {FORMS.map((f) => (
                    <option key={f}>{f}</option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`Số lượng ${i + 1}`} className="narrow" inputMode="numeric" value={r.quantity} onChange={(e) => set(i, { quantity: e.target.value })} />
              </td>
              <td>
                <button type="button" className="icon-button" aria-label={`Xóa giấy tờ ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button small"
        onClick={() => {
          onChange([...rows, { name: '', form: 'Bản chính', quantity: '1' }]);
          // the new row's name box, once it is drawn
          setTimeout(() => document.getElementById(`doc-name-${rows.length}`)?.focus(), 0);
        }}
      >
        + Thêm giấy tờ
      </button>
    </fieldset>
  );
}
