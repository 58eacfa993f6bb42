// The decision step of a province's list: each row the matcher is unsure about (same name only, or
// several candidates) with the dossiers logged here it may be; the clerk says which one it is, or that
// it is a new dossier, and runs the dry run again with those decisions (`--decide LINE=CODE|moi`).
import { useState } from 'react';
import type { ForeignPlanView } from '../../../shared/api/import-mapping-schemas';
import { toViDateTime } from '../../app/format';

/** The decision meaning "not one of ours: log it as a new dossier" (the CLI's `moi`). */
export const NEW_DOSSIER = 'moi';

const BY_LABEL = { so_dinh_danh: 'trùng số định danh', ho_ten: 'chỉ trùng họ tên' } as const;

interface Props {
  undecided: ForeignPlanView['undecided'];
  busy: boolean;
  onRerun(decisions: Record<string, string>): void;
}

export function DecisionTable({ undecided, busy, onRerun }: Props) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (undecided.length === 0) return null;
  const decided = Object.keys(chosen).length;
  return (
    <section aria-labelledby="decide-title" data-testid="decision-table">
      <h4 id="decide-title">Hồ sơ cần quyết định ({undecided.length})</h4>
      <p className="hint">
        Các dòng này có thể là hồ sơ đã ghi tại đây. Chọn hồ sơ đúng, hoặc “Hồ sơ mới” nếu không phải, rồi chạy thử lại. Dòng chưa quyết định thì không được ghi.
      </p>
      <table className="list-table">
        <thead>
          <tr>
            <th>Dòng</th>
            <th>Số hồ sơ của tỉnh</th>
            <th>Là hồ sơ</th>
          </tr>
        </thead>
        <tbody>
          {undecided.map((row) => {
            const name = `decide-${row.line}`;
            const pick = (value: string) => setChosen({ ...chosen, [String(row.line)]: value });
            return (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td className="mono">{row.code}</td>
                <td>
                  <fieldset className="plain" aria-label={`Quyết định cho dòng ${row.line}`}>
                    {row.candidates.map((c) => (
                      <label key={c.code} className="check">
                        <input type="radio" name={name} checked={chosen[String(row.line)] === c.code} onChange={() => pick(c.code)} />
                        {/* one flex item: the words wrap as a sentence, not squeezed one per line beside the code */}
                        <span>
                          Là hồ sơ <span className="mono">{c.code}</span> — {c.applicantName}, tiếp nhận {toViDateTime(c.receivedAt)} ({BY_LABEL[c.by]})
                        </span>
                      </label>
                    ))}
                    <label className="check">
                      <input type="radio" name={name} checked={chosen[String(row.line)] === NEW_DOSSIER} onChange={() => pick(NEW_DOSSIER)} />
                      <span>Hồ sơ mới (không phải hồ sơ đã ghi tại đây)</span>
                    </label>
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="button" disabled={busy || decided === 0} onClick={() => onRerun(chosen)}>
          Chạy thử lại với {decided} quyết định
        </button>
      </div>
    </section>
  );
}
