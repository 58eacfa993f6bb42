// A list that draws only the rows in view (plus a few), so 100 000 dossiers scroll like 100. Rows have one
// fixed height; the parent owns which row is selected and how to draw a row that is not loaded yet.
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  selected: number;
  onSelect(index: number): void;
  onOpen(index: number): void;
  /** Called with the range in view, so the parent can load it. */
  onRange(first: number, last: number): void;
  renderRow(index: number, selected: boolean): ReactNode;
  label: string;
  listRef?: (el: HTMLDivElement | null) => void;
}

const OVERSCAN = 8;

export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, selected, onSelect, onOpen, onRange, renderRow, label } = props;
  const box = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  useEffect(() => {
    if (count > 0) onRange(first, last);
  }, [first, last, count, onRange]);

  // Keep the selected row in view.
  useEffect(() => {
    const el = box.current;
    if (!el || selected < 0) return;
    const top = selected * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [selected, rowHeight]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) {
      e.preventDefault();
      onSelect(Math.min(count - 1, Math.max(0, selected + (moves[e.key] ?? 0))));
    } else if (e.key === 'Home') {
      e.preventDefault();
      onSelect(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      onSelect(count - 1);
    } else if (e.key === 'Enter' && selected >= 0) {
      e.preventDefault();
      onOpen(selected);
    }
  }

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i += 1) {
    rows.push(
      <div
        key={i}
        className={`vrow${i === selected ? ' vrow-selected' : ''}`}
        role="row"
        aria-rowindex={i + 1}
        aria-selected={i === selected}
        style={{ transform: `translateY(${i * rowHeight}px)`, height: rowHeight }}
        onClick={() => onSelect(i)}
        onDoubleClick={() => onOpen(i)}
      >
        {renderRow(i, i === selected)}
      </div>,
    );
  }

  return (
    <div
      ref={(el) => {
        box.current = el;
        props.listRef?.(el);
      }}
      className="vlist"
      role="grid"
      aria-label={label}
      aria-rowcount={count}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist-space" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
