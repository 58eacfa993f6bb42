// In sổ theo dõi (Mẫu 07): the dossiers received in a range of dates as the paper ledger book, to print
// (the native print dialog in the desktop app, the page's PDF viewer in the browser) or to save.
import { type FormEvent, useState } from 'react';
import { LEDGER_BOOK_MAX_DAYS } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';
import { printForm, saveDocument } from '../../api/files';
import { runJob } from '../../api/jobs';
import { notify, useApp } from '../../app/app-store';
import { isoOfViDate, parseViDate, viDateOfIso } from '../../../shared/time/vi-date-text';
import { DateInput, focusField } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBox, Field } from '../../components/ui';

/** The range to offer: the list's reception dates when filtered, else this month up to today. */
export function bookRange(filter: { receivedFrom?: string; receivedTo?: string }, today: string): { from: string; to: string } {
  return { from: filter.receivedFrom || `${today.slice(0, 8)}01`, to: filter.receivedTo || today };
}

const MAKING = 'Đang lập sổ theo dõi hồ sơ (Mẫu 07)';

export function LedgerBookDialog(props: { from: string; to: string; onClose(): void }) {
  const showPreview = useApp((s) => s.showPreview);
  const [from, setFrom] = useState(viDateOfIso(props.from));
  const [to, setTo] = useState(viDateOfIso(props.to));
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});
  const [volume, setVolume] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** The range as the API's dates, or null after marking the box that does not hold a date. */
  function range(): { from: string; to: string } | null {
    const f = parseViDate(from);
    const t = parseViDate(to);
    const problems = { ...(f.ok ? {} : { from: f.message }), ...(t.ok ? {} : { to: t.message }) };
    setDateErrors(problems);
    if (problems.from || problems.to) {
      setTimeout(() => focusField(problems.from ? 'book-from' : 'book-to'), 0);
      return null;
    }
    return { from: isoOfViDate(from) ?? from, to: isoOfViDate(to) ?? to };
  }

  async function run(use: (book: { from: string; to: string; volume: string }) => Promise<void>) {
    const dates = range();
    if (!dates) return;
    setBusy(true);
    setError(null);
    try {
      await use({ ...dates, volume });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  const print = (e?: FormEvent) => {
    e?.preventDefault();
    void run(async (book) => {
      await printForm({ ledgerBook: book }, () => runJob(MAKING, (jobId) => call('forms.ledgerBook', { ...book, jobId })), (url, f) => showPreview(url, f.fileName));
      props.onClose();
    });
  };
  return (
    <Dialog title="In sổ theo dõi hồ sơ (Mẫu 07)" onClose={props.onClose}>
      <form onSubmit={print} noValidate>
        <p className="hint">Sổ gồm các hồ sơ tiếp nhận trong khoảng ngày, theo thứ tự tiếp nhận; tối đa {LEDGER_BOOK_MAX_DAYS} ngày mỗi lần in.</p>
        <div className="grid-2">
          <Field label="Tiếp nhận từ ngày" htmlFor="book-from">
            <DateInput id="book-from" value={from} onChange={setFrom} error={dateErrors.from ?? null} />
          </Field>
          <Field label="Tiếp nhận đến ngày" htmlFor="book-to">
            <DateInput id="book-to" value={to} onChange={setTo} error={dateErrors.to ?? null} />
          </Field>
          <Field label="Quyển số (để trống nếu không ghi)" htmlFor="book-volume" hint="Ví dụ: 01/2024">
            <input id="book-volume" value={volume} maxLength={40} onChange={(e) => setVolume(e.target.value)} />
          </Field>
        </div>
        {busy ? <JobProgress /> : null}
        <ErrorBox message={error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || from === '' || to === ''}>
            {busy ? 'Đang lập sổ…' : 'In sổ'}
          </button>
          <button type="button" className="button" disabled={busy || from === '' || to === ''} onClick={() => void run(async (book) => notify(await saveDocument({ kind: 'ledgerBook', book }, MAKING, (jobId) => call('forms.ledgerBook', { ...book, jobId }))))}
          >
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
