// Sổ theo dõi: the whole ledger, newest first, filtered and searched without diacritics; ↓ from the
// search box goes into the list, Enter opens a dossier; the current view exports as CSV.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHANNELS, CHANNEL_LABELS_VI, type Channel } from '../../../shared/dossier/dossier';
import type { ListStatus } from '../../../shared/api/dossier-schemas';
import { call } from '../../api/client';
import { saveDocument } from '../../api/files';
import { notify, notifyError, useApp } from '../../app/app-store';
import { formatIntVi, viDateTime, viIso } from '../../app/format';
import { go } from '../../app/router';
import { JobProgress } from '../../components/JobProgress';
import { VirtualList } from '../../components/VirtualList';
import { ErrorBox, StateBadge } from '../../components/ui';
import { FilterDate } from './FilterDate';
import { LedgerBookDialog, bookRange } from './LedgerBookDialog';
import { useLedger } from './ledger-store';

const ROW_HEIGHT = 36;

const STATUS_OPTIONS: { value: ListStatus | ''; label: string }[] = [
  { value: '', label: 'Tất cả trạng thái' },
  { value: 'pending', label: 'Đang giải quyết' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'awaiting_supplement', label: 'Chờ bổ sung' },
  { value: 'ended', label: 'Đã kết thúc' },
];

export function LedgerScreen() {
  const st = useLedger();
  const [fields, setFields] = useState<string[]>([]);
  const [text, setText] = useState(st.filter.text ?? '');
  const [book, setBook] = useState(false);
  const today = useApp((s) => s.info?.today ?? '');
  const list = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    call('catalogue.list', { on: null })
      .then((c) => setFields(c.fields))
      .catch(notifyError);
    void useLedger.getState().reload();
  }, []);

  useEffect(() => {
    if ((st.filter.text ?? '') === text) return undefined;
    const timer = setTimeout(() => useLedger.getState().setFilter({ text }), 200);
    return () => clearTimeout(timer);
  }, [text, st.filter.text]);

  const onRange = useCallback((first: number, last: number) => void useLedger.getState().ensure(first, last), []);
  const open = (index: number) => {
    const item = useLedger.getState().item(index);
    if (item) go({ screen: 'dossier', id: item.id });
  };

  const [exporting, setExporting] = useState(false);
  async function exportCsv() {
    setExporting(true);
    try {
      const filter = st.filter;
      notify(await saveDocument({ kind: 'ledgerCsv', filter }, 'Đang xuất sổ theo dõi ra tệp CSV', (jobId) => call('dossier.exportCsv', { filter, jobId })));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="ledger">
      <div className="toolbar" role="search">
        <input
          className="search"
          type="search"
          aria-label="Tìm theo tên người nộp, mã hồ sơ, số định danh, điện thoại"
          placeholder="Tìm: tên người nộp (không cần dấu), mã hồ sơ, CCCD, điện thoại…"
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              list.current?.focus();
            } else if (e.key === 'Enter') {
              e.preventDefault();
              useLedger.getState().setFilter({ text });
            }
          }}
        />
        <select aria-label="Lĩnh vực" value={st.filter.field ?? ''} onChange={(e) => st.setFilter({ field: e.target.value })}>
          <option value="">Tất cả lĩnh vực</option>
          {fields.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
        <select aria-label="Trạng thái" value={st.filter.status ?? ''} onChange={(e) => st.setFilter({ status: (e.target.value || undefined) as ListStatus | undefined })}>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <select aria-label="Hình thức nộp" value={st.filter.channel ?? ''} onChange={(e) => st.setFilter({ channel: (e.target.value || undefined) as Channel | undefined })}>
          <option value="">Mọi hình thức</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS_VI[c]}
            </option>
          ))}
        </select>
        <label className="inline">
          Nhận từ <FilterDate id="filter-from" label="Nhận từ ngày" value={st.filter.receivedFrom} onChange={(receivedFrom) => st.setFilter({ receivedFrom })} />
        </label>
        <label className="inline">
          đến <FilterDate id="filter-to" label="Nhận đến ngày" value={st.filter.receivedTo} onChange={(receivedTo) => st.setFilter({ receivedTo })} />
        </label>
      </div>
      <div className="ledger-head">
        <p role="status" data-testid="ledger-count">
          <strong>{formatIntVi(st.count)}</strong> hồ sơ
        </p>
        <span className="actions tight">
          <button type="button" className="button" onClick={() => setBook(true)}>
            In sổ theo dõi (Mẫu 07)
          </button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={st.count === 0 || exporting}>
            Xuất CSV (đúng bộ lọc đang xem)
          </button>
        </span>
      </div>
      {exporting ? <JobProgress /> : null}
      {book ? <LedgerBookDialog {...bookRange(st.filter, today)} onClose={() => setBook(false)} /> : null}
      <ErrorBox message={st.error} />
      <div className="table-head ledger-grid" role="presentation">
        <span>Mã hồ sơ</span>
        <span>Người nộp</span>
        <span>Thủ tục</span>
        <span>Tiếp nhận</span>
        <span>Hạn trả</span>
        <span>Trạng thái</span>
      </div>
      <VirtualList
        count={st.count}
        rowHeight={ROW_HEIGHT}
        selected={st.selected}
        onSelect={st.select}
        onOpen={open}
        onRange={onRange}
        label="Danh sách hồ sơ"
        listRef={(el) => {
          list.current = el;
        }}
        renderRow={(i) => {
          const d = st.item(i);
          if (!d) return <div className="ledger-grid placeholder">Đang tải…</div>;
          return (
            <div className="ledger-grid">
              <span className="mono cell-2-narrow">{d.code}</span>
              <span className="strong cell-2" title={d.applicantName}>
                {d.applicantName || '—'}
              </span>
              <span className="cell-2" title={d.procedureName}>
                {d.procedureName}
              </span>
              <span className="cell-2-narrow">{viDateTime(d.receivedAt)}</span>
              <span className="cell-2">{d.extensionDue ? `${viIso(d.due)} → ${viIso(d.extensionDue)}` : viIso(d.due)}</span>
              <span className="cell-2">
                <StateBadge state={d.state} />
              </span>
            </div>
          );
        }}
      />
      {st.count === 0 && !st.error ? <p className="empty">Không có hồ sơ nào khớp bộ lọc.</p> : null}
    </div>
  );
}
