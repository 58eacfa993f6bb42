// Small shared pieces of the screens: labelled fields, the state badge, an error box, a spinner line.
import type { ReactNode } from 'react';
import type { DossierState } from '../../shared/api/dossier-schemas';

export function Field(props: { label: string; hint?: string; children: ReactNode; wide?: boolean; htmlFor?: string }) {
  return (
    <div className={`field${props.wide ? ' field-wide' : ''}`}>
      <label htmlFor={props.htmlFor}>{props.label}</label>
      {props.children}
      {props.hint ? <small className="hint">{props.hint}</small> : null}
    </div>
  );
}

const TONES: Record<DossierState['kind'], string> = {
  pending_in_time: 'info',
  pending_overdue: 'late',
  waiting: 'warn',
  early: 'ok',
  on_time: 'ok',
  late: 'late',
  withdrawn: 'muted',
  stopped: 'muted',
  rejected: 'muted',
};

export function StateBadge({ state }: { state: DossierState }) {
  const extra = state.workingDaysLate > 0 ? ` ${state.workingDaysLate} ngày` : '';
  return <span className={`badge badge-${TONES[state.kind]}`}>{state.label + extra}</span>;
}

/**
 * The message under a box that failed its check (the box itself carries aria-invalid): the one way the
 * screens show a problem at the field, with the id `<box id>-error` the box may point to.
 */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <small className="field-error" role="alert" id={`${id}-error`}>
      {message}
    </small>
  );
}

export function ErrorBox({ message, details }: { message: string | null; details?: string[] }) {
  if (!message) return null;
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {details && details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Loading({ text = 'Đang tải…' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}
