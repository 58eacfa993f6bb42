// The count of the daily lists beside "Việc hôm nay" in the side navigation, refreshed on every screen change.
import { useEffect } from 'react';
import type { Route } from '../../app/router';
import { dailyTotal, useDaily } from './daily-store';

export function DailyCount({ route }: { route: Route }) {
  const lists = useDaily((s) => s.lists);
  useEffect(() => {
    void useDaily.getState().load();
  }, [route]);
  const total = dailyTotal(lists);
  return total === null ? null : (
    <span
      className={total === 0 ? 'nav-count nav-count-zero' : 'nav-count'}
      data-testid="daily-total"
      data-total={total}
      title={`${total} hồ sơ trong danh sách hôm nay`}
      aria-label={`${total} hồ sơ trong danh sách hôm nay`}
    >
      {/* Three digits would push the shortcut out of the navigation's width; the screen has every count. */}
      {total > 99 ? '99+' : total}
    </span>
  );
}
