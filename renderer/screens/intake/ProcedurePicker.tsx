// The procedure picker: type part of the name without diacritics ("dang ky lai khai sinh") or the code
// ("1.004884"); ↑/↓ choose, Enter takes it, Esc clears.
import { type KeyboardEvent, useMemo, useState } from 'react';
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import { displayedProcedureCode, isNationalProcedureCode, procedureLabel } from '../../../shared/catalogue/procedure-code';
import { foldText } from '../../../shared/text/fold';

const MAX_SHOWN = 12;

const display = procedureLabel;

/** The procedures matching what is typed; among equal matches, the ones this office logs most first (`usage`: dossiers per code). */
export function matchProcedures(procedures: readonly ProcedureView[], query: string, usage: Readonly<Record<string, number>> = {}): ProcedureView[] {
  const words = foldText(query).split(' ').filter(Boolean);
  const used = (p: ProcedureView) => usage[p.code] ?? 0;
  if (words.length === 0) return [...procedures].sort((a, b) => used(b) - used(a)).slice(0, MAX_SHOWN);
  const scored: { p: ProcedureView; score: number }[] = [];
  for (const p of procedures) {
    const name = foldText(p.name);
    // Only a national code is typed to find a procedure: the ledger's own keys ("XA-…") are never shown.
    const code = displayedProcedureCode(p.code).toLowerCase();
    if (code !== '' && code.startsWith(words.join(' '))) scored.push({ p, score: 0 });
    else if (words.every((w) => name.includes(w) || foldText(p.field).includes(w))) scored.push({ p, score: name.startsWith(words[0] ?? '') ? 1 : 2 });
  }
  return scored
    .sort((a, b) => a.score - b.score || used(b.p) - used(a.p) || a.p.name.length - b.p.name.length)
    .slice(0, MAX_SHOWN)
    .map((s) => s.p);
}

export function ProcedurePicker(props: {
  procedures: ProcedureView[];
  value: ProcedureView | null;
  onChange(p: ProcedureView | null): void;
  autoFocus?: boolean;
  usage?: Readonly<Record<string, number>>;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchProcedures(props.procedures, query, props.usage), [props.procedures, query, props.usage]);
  const shown = open && props.value === null;

  function choose(p: ProcedureView | undefined) {
    if (!p) return;
    props.onChange(p);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (props.value !== null) {
      if (e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Escape') {
        e.preventDefault();
        props.onChange(null);
        setOpen(true);
      }
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(matches.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      if (shown && matches.length > 0) {
        e.preventDefault();
        choose(matches[active]);
      }
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
    }
  }

  return (
    <div className="picker">
      <input
        id="procedure"
        role="combobox"
        aria-expanded={shown}
        aria-controls="procedure-options"
        aria-autocomplete="list"
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder="Gõ tên thủ tục (không cần dấu) hoặc mã, ví dụ: khai sinh, 1.004884"
        value={props.value ? display(props.value) : query}
        onChange={(e) => {
          // Typing over a chosen procedure starts a new search with what was typed.
          const typed = props.value ? e.target.value.replace(display(props.value), '') : e.target.value;
          if (props.value !== null) props.onChange(null);
          setQuery(typed);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown ? (
        <ul id="procedure-options" role="listbox" className="picker-list">
          {matches.length === 0 ? <li className="picker-empty">Không có thủ tục nào khớp.</li> : null}
          {matches.map((p, i) => (
            <li
              key={`${p.code}-${p.effectiveFrom ?? ''}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
            >
              <span className="picker-name">{p.name}</span>
              <span className="picker-meta">
                {[isNationalProcedureCode(p.code) ? p.code : null, p.field, p.timeLabel].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
