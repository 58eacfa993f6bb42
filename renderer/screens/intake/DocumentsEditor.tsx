// The papers handed in at the desk, as listed on the receipt (Mẫu 01); a quantity that is not a whole
// number from 1 to 99 is marked, its message on the line under the row.
import { type IntakeProblem, quantityField } from '../../../shared/dossier/intake-checks';
import { FieldProblem } from './FieldProblem';
import type { DocumentRow } from './intake-store';

const FORMS = ['Bản chính', 'Bản sao', 'Bản sao có chứng thực', 'Bản chụp'];

export function DocumentsEditor(props: { rows: DocumentRow[]; onChange(rows: DocumentRow[]): void; problems?: readonly IntakeProblem[] }) {
  const { rows, onChange } = props;
  const problemOf = (i: number) => props.problems?.find((p) => p.field === quantityField(i)) ?? null;
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
          {rows.map((r, i) => [
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
                <input
                  id={quantityField(i)}
                  aria-label={`Số lượng ${i + 1}`}
                  aria-invalid={problemOf(i) ? true : undefined}
                  aria-describedby={problemOf(i) ? `${quantityField(i)}-error` : undefined}
                  className="narrow"
                  inputMode="numeric"
                  value={r.quantity}
                  onChange={(e) => set(i, { quantity: e.target.value })}
                />
              </td>
              <td>
                <button type="button" className="icon-button" aria-label={`Xóa giấy tờ ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>,
            problemOf(i) ? (
              <tr key={`${i}-problem`} className="row-problem">
                <td colSpan={4}>
                  <FieldProblem problem={problemOf(i)} />
                </td>
              </tr>
            ) : null,
          ])}
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
