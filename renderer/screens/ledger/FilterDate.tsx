// A reception-date filter of the ledger: typed dd/mm/yyyy (or picked); the list follows as soon as the
// text is a date, and an empty box removes the filter. What is not a date is said on leaving the box.
import { useEffect, useState } from 'react';
import { isoOfViDate, parseViDate, viDateOfIso } from '../../../shared/time/vi-date-text';
import { DateInput } from '../../components/DateInput';

export function FilterDate(props: { id: string; label: string; value: string | undefined; onChange(iso: string): void }) {
  const [text, setText] = useState(viDateOfIso(props.value ?? ''));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if ((isoOfViDate(text) ?? '') !== (props.value ?? '')) setText(viDateOfIso(props.value ?? ''));
    // only when the filter changes from elsewhere (cleared, or set by the book dialog's range)
  }, [props.value]);
  function change(next: string) {
    setText(next);
    setError(null);
    if (next.trim() === '') props.onChange('');
    else {
      const iso = isoOfViDate(next);
      if (iso !== null) props.onChange(iso);
    }
  }
  function check() {
    if (text.trim() === '') return;
    const parsed = parseViDate(text);
    setError(parsed.ok ? null : parsed.message);
  }
  return (
    <span onBlur={check}>
      <DateInput id={props.id} ariaLabel={props.label} value={text} onChange={change} error={error} />
    </span>
  );
}
