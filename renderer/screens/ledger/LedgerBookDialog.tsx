// In sổ theo dõi (Mẫu 07): the dossiers received in a range of dates as the paper ledger book, to print
// (the native print dialog in the desktop app, the page's PDF viewer in the browser) or to save.
import { type FormEvent, useState } from 'react';
import type { FileDto } from '../../../shared/api/common';
import { LEDGER_BOOK_MAX_DAYS } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';
import { printFile, saveFile } from '../../api/files';
import { notify, useApp } from '../../app/app-store';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Field } from '../../components/ui';

/** The range to offer: the list's reception dates when filtered, else this month up to today. */
export function bookRange(filter: { receivedFrom?: string; receivedTo?: string }, today: string): { from: string; to: string } {
  return { from: filter.receivedFrom || `${today.slice(0, 8)}01`, to: filter.receivedTo || today };
}

export function LedgerBookDialog(props: { from: string; to: string; onClose(): void }) {
  const showPreview = useApp((s) => s.showPreview);
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [volume, setVolume] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(use: (file: FileDto) => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await use(await call('forms.ledgerBook', { from, to, volume }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  const print = (e?: FormEvent) => {
    e?.preventDefault();
    void run(async (file) => {
      props.onClose();
      await printFile(file, (url, f) => showPreview(url, f.fileName));
    });
  };
  return (
    <Dialog title="In sổ theo dõi hồ sơ (Mẫu 07)" onClose={props.onClose}>
      <form onSubmit={print}>
        <p className="hint">Sổ gồm các hồ sơ tiếp nhận trong khoảng ngày, theo thứ tự tiếp nhận; tối đa {LEDGER_BOOK_MAX_DAYS} ngày mỗi lần in.</p>
        <div className="grid-2">
          <Field label="Tiếp nhận từ ngày" htmlFor="book-from">
            <input id="book-from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label="Tiếp nhận đến ngày" htmlFor="book-to">
            <input id="book-to" type="date" required value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
          <Field label="Quyển số (để trống nếu không ghi)" htmlFor="book-volume" hint="Ví dụ: 01/2024">
            <input id="book-volume" value={volume} maxLength={40} onChange={(e) => setVolume(e.target.value)} />
          </Field>
        </div>
        <ErrorBox message={error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || from === '' || to === ''}>
            {busy ? 'Đang lập sổ…' : 'In sổ'}
          </button>
          <button type="button" className="button" disabled={busy || from === '' || to === ''} onClick={() => void run(async (file) => notify(await saveFile(file)))}>
            Lưu PDF
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Đóng
          </button>
        </div>
      </form>
    </Dialog>
  );
}
