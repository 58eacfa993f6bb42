// The first start after an upgrade: the ledger is being backed up and upgraded in the background (the
// window answers meanwhile). Says what is being done and how far, and asks again until it is done.
import { useEffect } from 'react';
import type { StartupView } from '../../shared/api/startup-schemas';

/** How often the screen asks how the upgrade goes. */
const POLL_MS = 400;

const WAITING: NonNullable<StartupView['work']> = { title: 'Đang mở sổ dữ liệu…', label: '', done: 0, total: 0 };

export function StartupWork({ view, reload }: { view: StartupView; reload: () => Promise<void> }) {
  useEffect(() => {
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const work = view.work ?? WAITING;
  const counted = work.total > 0;
  return (
    <div className="wizard-page startup-page">
      <div className="card startup startup-warn startup-work">
        <h1>{work.title}</h1>
        <div className="progress-block">
          {counted ? <progress max={work.total} value={work.done} aria-label="Tiến độ" /> : <progress aria-label="Tiến độ" />}
          <span role="status" data-testid="startup-work-label">
            {work.label}
          </span>
        </div>
        <p className="hint">
          Việc này chỉ làm một lần, sau khi cài phiên bản mới: sổ được sao lưu trước rồi mới nâng cấp. Đừng tắt máy; sổ lớn có thể mất vài phút.
        </p>
      </div>
    </div>
  );
}
