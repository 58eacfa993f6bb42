// Thiết lập: unit information, the working calendar, the procedure catalogue, import, backup and restore.
import { hrefOf } from '../../app/router';
import { BackupTab } from './BackupTab';
import { CalendarTab } from './CalendarTab';
import { CatalogueTab } from './CatalogueTab';
import { HandoffTab } from './HandoffTab';
import { ImportTab } from './ImportTab';
import { OperatorsTab } from './OperatorsTab';
import { PrinterChoice } from './PrinterChoice';
import { UnitTab } from './UnitTab';

const TABS = [
  { key: 'don-vi', label: 'Đơn vị' },
  { key: 'lich', label: 'Lịch làm việc' },
  { key: 'danh-muc', label: 'Danh mục thủ tục' },
  { key: 'nhap', label: 'Nhập dữ liệu' },
  { key: 'sao-luu', label: 'Sao lưu, khôi phục' },
  { key: 'can-bo', label: 'Cán bộ' },
  { key: 'ban-giao', label: 'Bàn giao USB' },
] as const;

export function SettingsScreen({ tab }: { tab: string }) {
  const current = TABS.find((t) => t.key === tab)?.key ?? 'don-vi';
  return (
    <div className="settings">
      <h1>Thiết lập</h1>
      <nav className="tabs" aria-label="Mục thiết lập">
        {TABS.map((t) => (
          <a key={t.key} href={hrefOf({ screen: 'settings', tab: t.key })} className={t.key === current ? 'active' : ''} aria-current={t.key === current ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {current === 'don-vi' ? <UnitTab /> : null}
      {current === 'don-vi' ? <PrinterChoice /> : null}
      {current === 'lich' ? <CalendarTab /> : null}
      {current === 'danh-muc' ? <CatalogueTab /> : null}
      {current === 'nhap' ? <ImportTab /> : null}
      {current === 'sao-luu' ? <BackupTab /> : null}
      {current === 'can-bo' ? <OperatorsTab /> : null}
      {current === 'ban-giao' ? <HandoffTab /> : null}
    </div>
  );
}
