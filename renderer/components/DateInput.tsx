// The app's own date and time box: dd/mm/yyyy and HH:MM on a 24-hour clock, typed or picked from a month,
// the same on every computer whatever its language (the browser's date box follows the system's locale:
// mm/dd/yyyy and AM/PM on an English Windows, and it drops half-typed text when Tab moves inside it).
// A plain text box keeps exactly what was typed; the form checks it (shared/time/vi-date-text.ts) and
// shows the message under the box.
import { useState } from 'react';
import { type DayNumber, dayFromYmd, isoFromDay, parseIsoDate, viDate, weekday, ymdFromDay } from '../../shared/time/day';
import { parseViDate } from '../../shared/time/vi-date-text';
import { useApp } from '../app/app-store';

export type DateInputMode = 'date' | 'datetime' | 'time';

const PLACEHOLDERS: Record<DateInputMode, string> = { date: 'ngày/tháng/năm', datetime: 'ngày/tháng/năm giờ:phút', time: 'giờ:phút' };
const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

export interface DateInputProps {
  id: string;
  value: string;
  onChange(text: string): void;
  mode?: DateInputMode;
  /** The message of the last check, shown under the box (the box is then marked invalid). */
  error?: string | null;
  autoFocus?: boolean;
  ariaLabel?: string;
  /** The day the month picker opens on when the box holds no date. */
  today?: DayNumber;
}

export function DateInput(props: DateInputProps) {
  const mode = props.mode ?? 'date';
  const [open, setOpen] = useState(false);
  const [datePart = '', timePart = ''] = props.value.trim().split(/\s+/);
  const appToday = useApp((st) => st.info?.today);
  const typed = parseViDate(datePart);
  const shown = typed.ok ? typed.value : (props.today ?? parseIsoDate(appToday ?? '') ?? dayFromYmd(2026, 1, 1));
  function pick(day: DayNumber) {
    props.onChange(mode === 'datetime' ? `${viDate(day)} ${timePart || '08:00'}` : viDate(day));
    setOpen(false);
    document.getElementById(props.id)?.focus();
  }
  const errorId = `${props.id}-error`;
  return (
    <span className={`date-input${props.error ? ' invalid' : ''}`}>
      <span className="date-input-row">
        <input
          id={props.id}
          className={mode === 'time' ? 'time-box' : mode === 'date' ? 'date-box' : 'datetime-box'}
          inputMode="numeric"
          autoComplete="off"
          placeholder={PLACEHOLDERS[mode]}
          aria-label={props.ariaLabel}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? errorId : undefined}
          autoFocus={props.autoFocus}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (mode !== 'time' && e.altKey && e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        {mode === 'time' ? null : (
          <button type="button" className="date-pick-button" tabIndex={-1} aria-label="Chọn ngày trên lịch" aria-expanded={open} onClick={() => setOpen(!open)}>
            ▦
          </button>
        )}
      </span>
      {open ? <MonthGrid initial={shown} selected={typed.ok ? typed.value : null} onPick={pick} onClose={() => setOpen(false)} /> : null}
      {props.error ? (
        <small className="field-error" id={errorId} role="alert">
          {props.error}
        </small>
      ) : null}
    </span>
  );
}

function MonthGrid(props: { initial: DayNumber; selected: DayNumber | null; onPick(day: DayNumber): void; onClose(): void }) {
  const start = ymdFromDay(props.initial);
  const [month, setMonth] = useState({ year: start.year, month: start.month });
  const first = dayFromYmd(month.year, month.month, 1);
  const lead = (weekday(first) + 6) % 7; // Monday first
  const days: Array<DayNumber | null> = Array.from({ length: lead }, () => null);
  for (let d = first; ymdFromDay(d).month === month.month; d += 1) days.push(d);
  const shift = (by: number) => {
    const m = month.month - 1 + by;
    setMonth({ year: month.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1 });
  };
  return (
    <div className="month-grid" role="dialog" aria-label="Lịch chọn ngày" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onClose())}>
      <div className="month-grid-head">
        <button type="button" className="icon-button" aria-label="Tháng trước" onClick={() => shift(-1)}>
          ‹
        </button>
        <strong>
          Tháng {month.month}/{month.year}
        </strong>
        <button type="button" className="icon-button" aria-label="Tháng sau" onClick={() => shift(1)}>
          ›
        </button>
      </div>
      <div className="month-grid-days">
        {WEEKDAYS.map((w) => (
          <span key={w} className="month-grid-weekday">
            {w}
          </span>
        ))}
        {days.map((d, i) =>
          d === null ? (
            <span key={`e${i}`} />
          ) : (
            <button
              key={d}
              type="button"
              className={`month-grid-day${d === props.selected ? ' selected' : ''}`}
              aria-label={viDate(d)}
              data-iso={isoFromDay(d)}
              onClick={() => props.onPick(d)}
            >
              {ymdFromDay(d).day}
            </button>
          ),
        )}
      </div>
    </div>
  );
}

/** Focuses a field that failed its check and brings it into view. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
