// A modal dialog on the native <dialog> element: focus stays inside, Esc closes.
import { type ReactNode, useEffect, useRef } from 'react';

/** `wide`: 960 px (a document, a form in two columns); `medium`: 680 px (a preview with a file name). */
export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean; medium?: boolean }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${props.wide ? ' dialog-wide' : props.medium ? ' dialog-medium' : ''}`}
      aria-label={props.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header className="dialog-head">
        <h2>{props.title}</h2>
        <button type="button" className="icon-button" aria-label="Đóng" onClick={props.onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
    </dialog>
  );
}
