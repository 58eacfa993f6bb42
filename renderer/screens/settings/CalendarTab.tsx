// The working calendar of a year: each day off (and each weekend made a working day) with the layer and
// the text it comes from; whether the year has an official schedule (without one, due dates counted in it
// are provisional) and the notice the office enters for it; the office adds a closure or a make-up
// Saturday, sees how many due dates it moved, and sees every edit with who made it.
import { type FormEvent, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { CommandOutput } from '../../../shared/api/contract';
import { call, messageOf } from '../../api/client';
import { notify, notifyError, useApp } from '../../app/app-store';
import { viInstant, viIso } from '../../app/format';
import { isoOfViDate, parseViDate } from '../../../shared/time/vi-date-text';
import { runJob } from '../../api/jobs';
import { DateInput, focusField } from '../../components/DateInput';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBox, Field, Loading } from '../../components/ui';

type Year = CommandOutput<'calendar.year'>;

const CHANGING = 'Đang ghi thay đổi lịch làm việc';

interface CalendarState {
  year: number;
  view: Year | null;
  error: string | null;
  load(year: number): Promise<void>;
}

const useCalendar = create<CalendarState>((set) => ({
  year: 0,
  view: null,
  error: null,
  async load(year) {
    set({ year, error: null });
    try {
      set({ view: await call('calendar.year', { year }) });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));

/** "Đã ghi …. 3 hồ sơ đổi hạn trả (26/11/2026 → 27/11/2026: 3 hồ sơ); 1 hồ sơ thuộc kỳ đã ký được ghi đính chính." */
function changeMessage(done: string, r: CommandOutput<'calendar.addEdit'>['recompute']): string {
  if (r.moved === 0) return `${done} Không hồ sơ nào đổi hạn trả.`;
  const corrections = r.corrections > 0 ? ` ${r.corrections} hồ sơ thuộc kỳ báo cáo đã ký được ghi đính chính.` : '';
  return `${done} ${r.moved} hồ sơ đổi hạn trả (${r.summary.join('; ')}).${corrections}`;
}

export function CalendarTab() {
  const info = useApp((s) => s.info);
  const { year, view, error, load } = useCalendar();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'off' | 'work'>('off');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [noticeError, setNoticeError] = useState<string | null>(null);

  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (info) void load(year || Number(info.today.slice(0, 4)));
  }, [info, load, year]);

  /** A change and the due dates it moves, in the worker (seconds on a large ledger): the bar shows how far. */
  async function changing<T>(work: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const parsed = parseViDate(date);
    setDateError(parsed.ok ? null : parsed.message);
    if (!parsed.ok) {
      setTimeout(() => focusField('cal-date'), 0);
      return;
    }
    const iso = isoOfViDate(date) ?? date;
    try {
      const { recompute } = await changing(() => runJob(CHANGING, (jobId) => call('calendar.addEdit', { date: iso, kind, reason, jobId }), { cancellable: false }));
      setFormError(null);
      setReason('');
      notify(changeMessage('Đã ghi thay đổi lịch làm việc.', recompute));
      await load(Number(iso.slice(0, 4)) || year);
    } catch (err) {
      setFormError(messageOf(err));
    }
  }

  async function removeNotice(id: number) {
    try {
      await call('calendar.removeNotice', { id });
      await load(year);
    } catch (err) {
      notifyError(err);
    }
  }

  async function remove(id: number) {
    try {
      const { recompute } = await changing(() => runJob(CHANGING, (jobId) => call('calendar.removeEdit', { id, jobId }), { cancellable: false }));
      notify(changeMessage('Đã bỏ thay đổi lịch làm việc.', recompute));
      await load(year);
    } catch (err) {
      notifyError(err);
    }
  }

  async function addNotice(e: FormEvent) {
    e.preventDefault();
    try {
      await call('calendar.addNotice', { year, source: notice });
      setNotice('');
      setNoticeError(null);
      notify(`Đã ghi thông báo lịch nghỉ năm ${year}: hạn trả trong năm này không còn là tạm tính.`);
      await load(year);
    } catch (err) {
      setNoticeError(messageOf(err));
    }
  }

  const entered = view?.notices.find((n) => n.year === year && n.removedAt === null) ?? null;

  return (
    <div className="calendar-tab">
      <div className="toolbar">
        <button type="button" className="button small" onClick={() => void load(year - 1)}>
          ← Năm {year - 1}
        </button>
        <h2>Năm {year}</h2>
        <button type="button" className="button small" onClick={() => void load(year + 1)}>
          Năm {year + 1} →
        </button>
        {view ? (
          <span className="muted">
            {view.workingDays} ngày làm việc · {view.weekendsOff} ngày nghỉ cuối tuần
          </span>
        ) : null}
      </div>
      <ErrorBox message={error} />
      {view ? (
        <section className={`card schedule-status ${view.schedule ? 'known' : 'unknown'}`} data-testid="schedule-status">
          {view.schedule ? (
            <p>
              <strong>Lịch nghỉ chính thức năm {year}:</strong> {view.schedule.source}
            </p>
          ) : (
            <p role="alert">
              <strong>Chưa có lịch nghỉ chính thức năm {year}.</strong> Ngày nghỉ Tết và Quốc khánh đang tính theo Bộ luật Lao động, nên mọi hạn
              trả tính qua năm này là <strong>tạm tính</strong>. Khi có thông báo: ghi các ngày nghỉ, ngày làm bù ở bên dưới, rồi ghi số thông báo.
            </p>
          )}
          <form onSubmit={addNotice} className="inline-form">
            <Field label={`Số, ngày thông báo lịch nghỉ năm ${year}`} htmlFor="cal-notice">
              <input id="cal-notice" value={notice} onChange={(e) => setNotice(e.target.value)} placeholder="Ví dụ: Thông báo số …/TB-BNV ngày …" />
            </Field>
            <button type="submit" className="button">
              {entered ? 'Thay thông báo' : 'Ghi thông báo'}
            </button>
          </form>
          <ErrorBox message={noticeError} />
          {entered ? (
            <small className="muted">
              Ghi bởi {entered.createdBy} lúc {viInstant(entered.createdAt)}{' '}
              <button type="button" className="button small" onClick={() => void removeNotice(entered.id)}>
                Bỏ thông báo
              </button>
            </small>
          ) : null}
        </section>
      ) : null}
      <div className="report-grid">
        <section className="card">
          <h3>Ngày nghỉ lễ, nghỉ bù, ngày làm bù</h3>
          {!view ? (
            <Loading />
          ) : (
            <table className="list-table" data-testid="calendar-days">
              <thead>
                <tr>
                  <th>Ngày</th>
                  <th>Thứ</th>
                  <th>Loại</th>
                  <th>Lý do</th>
                  <th>Nguồn</th>
                </tr>
              </thead>
              <tbody>
                {view.specialDays.map((d) => (
                  <tr key={d.date} className={d.working ? 'row-work' : 'row-off'}>
                    <td>{viIso(d.date)}</td>
                    <td>{d.weekday}</td>
                    <td>{d.working ? 'Làm việc' : 'Nghỉ'}</td>
                    <td>{d.reason}</td>
                    <td>
                      <span className={`source source-${d.source}`}>{d.sourceLabel}</span>
                      {d.basis && d.basis !== d.sourceLabel ? <small className="basis">{d.basis}</small> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="card">
          <h3>Thêm ngày nghỉ đột xuất hoặc ngày làm bù</h3>
          <form onSubmit={add} noValidate>
            <Field label="Ngày" htmlFor="cal-date">
              <DateInput id="cal-date" value={date} onChange={setDate} error={dateError} />
            </Field>
            <Field label="Loại" htmlFor="cal-kind">
              <select id="cal-kind" value={kind} onChange={(e) => setKind(e.target.value as 'off' | 'work')}>
                <option value="off">Nghỉ (đóng cửa: bão lũ, lịch mới công bố…)</option>
                <option value="work">Làm việc (làm bù vào thứ Bảy, Chủ nhật)</option>
              </select>
            </Field>
            <Field label="Lý do" htmlFor="cal-reason">
              <input id="cal-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Ví dụ: Nghỉ do bão số 3 theo Công điện …" />
            </Field>
            {busy ? <JobProgress /> : null}
            <ErrorBox message={formError} />
            <div className="actions">
              <button type="submit" className="button primary" disabled={busy}>
                Ghi thay đổi
              </button>
            </div>
          </form>
          <h3>Các thay đổi của đơn vị</h3>
          {view && view.edits.length === 0 ? <p className="muted">Chưa có thay đổi nào.</p> : null}
          <ul className="plain edits">
            {view?.edits.map((e) => (
              <li key={e.id} className={e.removedAt ? 'removed' : ''}>
                <strong>{viIso(e.date)}</strong> — {e.kind === 'off' ? 'Nghỉ' : 'Làm việc'}: {e.reason}
                <br />
                <small className="muted">
                  Ghi bởi {e.createdBy} lúc {viInstant(e.createdAt)}
                  {e.removedAt ? ` · đã bỏ bởi ${e.removedBy ?? ''} lúc ${viInstant(e.removedAt)}` : ''}
                </small>
                {!e.removedAt ? (
                  <button type="button" className="button small" disabled={busy} onClick={() => void remove(e.id)}>
                    Bỏ thay đổi
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
