// Thiết lập › Đơn vị, desktop app only: the printer forms go to without the print dialog (or the dialog
// each time). Electron cannot tell which printer was picked in the dialog, so the office chooses here.
import { useEffect, useState } from 'react';
import type { PrintersView } from '../../../shared/api/print-schemas';
import { call, messageOf } from '../../api/client';
import { notify, useApp } from '../../app/app-store';
import { ErrorBox, Field } from '../../components/ui';

const DIALOG = '';

export function PrinterChoice() {
  const host = useApp((s) => s.info?.host);
  const [view, setView] = useState<PrintersView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (host !== 'electron') return;
    call('host.printers', {}).then(setView, (e: unknown) => setError(messageOf(e)));
  }, [host]);
  if (host !== 'electron') return null;

  async function choose(name: string) {
    setError(null);
    try {
      const next = await call('host.choosePrinter', { name: name === DIALOG ? null : name });
      setView(next);
      notify(next.chosen ? `Phiếu sẽ in thẳng ra máy in ${next.chosen}.` : 'Mỗi lần in sẽ mở hộp thoại in để chọn máy in.');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="card settings-form" aria-labelledby="printer-title">
      <h2 id="printer-title">Máy in phiếu</h2>
      <Field label="In phiếu, sổ ra" htmlFor="s-printer" hint="Chọn một máy in để bấm In (hoặc Ctrl+P ở màn hình tiếp nhận) là in ngay, không qua hộp thoại.">
        <select id="s-printer" value={view?.chosen ?? DIALOG} disabled={!view} onChange={(e) => void choose(e.target.value)}>
          <option value={DIALOG}>Hỏi mỗi lần in (hộp thoại in của Windows)</option>
          {view?.printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.displayName}
              {p.isDefault ? ' (mặc định)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <ErrorBox message={error} />
    </section>
  );
}
