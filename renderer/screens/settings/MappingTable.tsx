// The mapping step of a foreign dossier list: each column of the file with examples of its real cells
// and what it becomes in the ledger (changeable), the procedures named differently from the catalogue
// with their candidates, and saving the mapping as a named profile for the next export.
import { useState } from 'react';
import { procedureLabel } from '../../../shared/catalogue/procedure-code';
import { MAPPING_TARGETS, type ForeignPlanView, type MappingInput } from '../../../shared/api/import-mapping-schemas';

interface Props {
  plan: ForeignPlanView;
  busy: boolean;
  onRerun(mapping: MappingInput): void;
  onSave(name: string, mapping: MappingInput): void;
}

const UNPLACED = '';

export function MappingTable({ plan, busy, onRerun, onSave }: Props) {
  const foreign = plan.foreign;
  const [columns, setColumns] = useState<Record<string, string>>(() => ({ ...(foreign?.mapping.columns ?? {}) }));
  const [procedures, setProcedures] = useState<Record<string, string>>(() => ({ ...(foreign?.mapping.procedures ?? {}) }));
  const [name, setName] = useState('');
  if (!foreign) return null;
  const mapping: MappingInput = { ...foreign.mapping, columns, procedures };
  const encoding = foreign.encoding === 'windows-1258' ? ' Tệp dùng bảng mã Windows-1258, đã chuyển sang Unicode.' : '';
  return (
    <section aria-labelledby="mapping-title" data-testid="mapping-table">
      <h4 id="mapping-title">Ghép cột của tệp với sổ</h4>
      <p className="hint">
        Tệp không theo mẫu sổ: dòng tiêu đề là dòng {foreign.headerLines.join('–')}.{encoding} Kiểm tra từng cột, sửa nếu cần rồi chạy thử lại.
      </p>
      <table className="list-table">
        <thead>
          <tr>
            <th>Cột trong tệp</th>
            <th>Ví dụ trong tệp</th>
            <th>Ghép với</th>
          </tr>
        </thead>
        <tbody>
          {foreign.columns
            .filter((c) => c.header !== '')
            .map((c) => (
              <tr key={c.index} className={columns[c.header] === undefined ? 'unplaced' : undefined}>
                <td>
                  {c.index + 1}. {c.header}
                </td>
                <td>{c.samples.join(' · ')}</td>
                <td>
                  <select
                    aria-label={`Ghép cột ${c.header}`}
                    value={columns[c.header] ?? UNPLACED}
                    onChange={(e) => {
                      const next = { ...columns };
                      if (e.target.value === UNPLACED) delete next[c.header];
                      else next[c.header] = e.target.value;
                      setColumns(next);
                    }}
                  >
                    <option value={UNPLACED}>— Chưa ghép (bỏ qua) —</option>
                    {MAPPING_TARGETS.map((t) => (
                      <option key={t.key} value={t.key}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {plan.procedureSuggestions.length > 0 ? (
        <>
          <h4>Thủ tục chưa trùng tên trong danh mục</h4>
          <ul className="plain">
            {plan.procedureSuggestions.map((s) => (
              <li key={s.name}>
                “{s.name}” ({s.lines.length} dòng):{' '}
                <select
                  aria-label={`Thủ tục cho ${s.name}`}
                  value={procedures[s.name] ?? ''}
                  onChange={(e) => setProcedures({ ...procedures, [s.name]: e.target.value })}
                >
                  <option value="">— Chọn thủ tục trong danh mục —</option>
                  {s.candidates.map((c) => (
                    <option key={c.code} value={c.code}>
                      {procedureLabel(c)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="inline-row">
        <button type="button" className="button" disabled={busy} onClick={() => onRerun(mapping)}>
          Chạy thử lại với bảng ghép này
        </button>
        <input type="text" aria-label="Tên mẫu ghép cột" placeholder="Tên mẫu, ví dụ: Hệ thống tỉnh" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="button" disabled={busy || name.trim() === ''} onClick={() => onSave(name, mapping)}>
          Lưu mẫu ghép cột
        </button>
      </div>
    </section>
  );
}
