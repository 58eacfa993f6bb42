// Cảnh báo: what needs attention today, each line one click (or Enter) from its dossier.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { AlertBoard, AlertGroup, AlertItem } from '../../../shared/api/dossier-schemas';
import { call, messageOf } from '../../api/client';
import { viIso } from '../../app/format';
import { go } from '../../app/router';
import { ErrorBox, Loading, StateBadge } from '../../components/ui';

interface AlertsState {
  board: AlertBoard | null;
  error: string | null;
  load(): Promise<void>;
}

const useAlerts = create<AlertsState>((set) => ({
  board: null,
  error: null,
  async load() {
    try {
      set({ board: await call('alerts.board', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));

const GROUPS: { key: AlertGroup; title: (b: AlertBoard) => string; tone: string; empty: string }[] = [
  { key: 'overdue', title: () => 'Quá hạn', tone: 'late', empty: 'Không có hồ sơ quá hạn.' },
  { key: 'due_today', title: () => 'Đến hạn hôm nay', tone: 'warn', empty: 'Không có hồ sơ đến hạn hôm nay.' },
  { key: 'due_soon', title: (b) => `Đến hạn trong 2 ngày làm việc tới (đến ${viIso(b.soonUntil)})`, tone: 'info', empty: 'Không có hồ sơ sắp đến hạn.' },
  { key: 'apology_due', title: () => 'Cần văn bản xin lỗi, gia hạn (Mẫu 04)', tone: 'warn', empty: 'Không có hồ sơ cần gửi văn bản xin lỗi.' },
  { key: 'waiting_supplement', title: () => 'Chờ công dân bổ sung hồ sơ', tone: 'muted', empty: 'Không có hồ sơ đang chờ bổ sung.' },
];

function Line({ item, group }: { item: AlertItem; group: AlertGroup }) {
  const when =
    group === 'waiting_supplement'
      ? `yêu cầu bổ sung ngày ${viIso(item.waitingSince)}`
      : `hạn trả ${viIso(item.due)}${item.dueProvisional ? ' (tạm tính: chưa có lịch nghỉ chính thức của năm)' : ''}`;
  return (
    <li>
      <button type="button" className="alert-line" onClick={() => go({ screen: 'dossier', id: item.id })}>
        <span className="alert-code mono">{item.code}</span>
        <span className="alert-state">
          <StateBadge state={item.state} />
        </span>
        <span className="alert-who">
          {item.applicantName ? <strong>{item.applicantName} · </strong> : null}
          {item.procedureName}
        </span>
        <span className="alert-when">{when}</span>
      </button>
    </li>
  );
}

export function AlertsScreen() {
  const { board, error, load } = useAlerts();
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <ErrorBox message={error} />;
  if (!board) return <Loading />;
  return (
    <div className="alerts">
      <h1>Cảnh báo ngày {viIso(board.today)}</h1>
      {board.truncated ? <p className="hint">Chỉ hiện 500 hồ sơ đầu của mỗi nhóm; xem đầy đủ trong Sổ theo dõi.</p> : null}
      <div className="alert-groups">
        {GROUPS.map((g) => {
          const items = board.groups[g.key];
          return (
            <section key={g.key} className={`card alert-card tone-${g.tone}`} aria-labelledby={`alert-${g.key}`} data-testid={`alert-${g.key}`}>
              <h2 id={`alert-${g.key}`}>
                {g.title(board)} <span className="count">{items.length}</span>
              </h2>
              {items.length === 0 ? (
                <p className="muted">{g.empty}</p>
              ) : (
                <ul className="alert-list">
                  {items.map((item) => (
                    <Line key={item.id} item={item} group={g.key} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
