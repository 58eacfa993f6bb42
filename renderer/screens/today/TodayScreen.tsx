// Việc hôm nay: the lists a desk works from each day (results to hand back, waiting for the citizen, due
// today and the next working day, apology letters still timely), each dossier in one list only, each list
// printable (the page's print, that list alone) and exportable as CSV.
import { useEffect, useState } from 'react';
import { DAILY_BOXES, DAILY_BOX_LABELS_VI, type DailyBoxName, type DailyLine, type DailyListsView } from '../../../shared/api/desk-day-schemas';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { notify, notifyError } from '../../app/app-store';
import { viIso, weekdayOf } from '../../app/format';
import { go, hrefOf } from '../../app/router';
import { ErrorBox, Loading, StateBadge } from '../../components/ui';
import { useDaily } from './daily-store';

const EMPTY: Record<DailyBoxName, string> = {
  ready_to_return: 'Không có kết quả nào chờ trả.',
  waiting_citizen: 'Không có hồ sơ chờ công dân bổ sung.',
  due_today: 'Không có hồ sơ đến hạn hôm nay.',
  due_next_day: 'Không có hồ sơ đến hạn ngày làm việc tiếp theo.',
  apology_due: 'Không có hồ sơ cần gửi thư xin lỗi.',
};

function titleOf(box: DailyBoxName, lists: DailyListsView): string {
  if (box === 'due_next_day') return `Đến hạn ${weekdayOf(lists.nextDay)}, ${viIso(lists.nextDay)}`;
  if (box === 'apology_due') return `${DAILY_BOX_LABELS_VI[box]}, hạn trả đến ${viIso(lists.apologyUntil)}`;
  return DAILY_BOX_LABELS_VI[box];
}

function whenOf(box: DailyBoxName, line: DailyLine): string {
  if (box === 'ready_to_return') return `có kết quả ${viIso(line.endedOn)}`;
  if (box === 'waiting_citizen') return 'chờ bổ sung';
  return `hạn trả ${viIso(line.due)}${line.letterToday ? ' · nếu trễ: gửi Mẫu 04 hôm nay' : ''}`;
}

export function TodayScreen() {
  const { lists, error, load } = useDaily();
  const [printing, setPrinting] = useState<DailyBoxName | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (printing === null) return;
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done);
    const t = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(t);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);
  if (error) return <ErrorBox message={error} />;
  if (!lists) return <Loading />;
  async function exportBox(box: DailyBoxName) {
    try {
      notify(await saveFile(await call('daily.exportCsv', { box })));
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <div className={`today${printing ? ' printing-one' : ''}`}>
      <h1>
        Việc hôm nay — {weekdayOf(lists.today)}, {viIso(lists.today)}
      </h1>
      <div className="daily-boxes">
        {DAILY_BOXES.map((box) => {
          const lines = lists.boxes[box];
          return (
            <section key={box} className={`card daily-box${printing === box ? ' printing' : ''}`} aria-labelledby={`daily-${box}`} data-testid={`daily-${box}`}>
              <header className="daily-head">
                <h2 id={`daily-${box}`}>
                  {titleOf(box, lists)} <span className="count" data-testid={`daily-count-${box}`}>{lists.counts[box]}</span>
                </h2>
                <span className="actions tight no-print">
                  <button type="button" className="button small" disabled={lines.length === 0} onClick={() => setPrinting(box)}>
                    In
                  </button>
                  <button type="button" className="button small" disabled={lines.length === 0} onClick={() => void exportBox(box)}>
                    Xuất CSV
                  </button>
                </span>
              </header>
              {lines.length === 0 ? (
                <p className="muted">{EMPTY[box]}</p>
              ) : (
                <table className="daily-table">
                  <tbody>
                    {lines.map((line) => (
                      <tr key={line.id} onClick={() => go({ screen: 'dossier', id: line.id })}>
                        <td className="mono">
                          <a href={hrefOf({ screen: 'dossier', id: line.id })} className="daily-code" onClick={(e) => e.stopPropagation()}>
                            {line.code}
                          </a>
                        </td>
                        <td>
                          {line.applicantName || line.phone ? (
                            <>
                              <strong>{line.applicantName}</strong>
                              {line.phone ? <span className="muted"> · {line.phone}</span> : null}
                              <br />
                            </>
                          ) : null}
                          {line.procedureName}
                        </td>
                        <td>{whenOf(box, line)}</td>
                        <td className="no-print">
                          <StateBadge state={line.state} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {lines.length < lists.counts[box] ? <p className="hint">Hiện {lines.length} trong {lists.counts[box]} hồ sơ.</p> : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
