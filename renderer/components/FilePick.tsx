// A file chooser with a Vietnamese button (the browser's own says "Choose File"), keyboard reachable.
import { useId, useState } from 'react';

export function FilePick(props: { label: string; accept: string; onChange(file: File | null): void }) {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <span className="file-pick">
      <input
        id={id}
        type="file"
        aria-label={props.label}
        accept={props.accept}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setName(file?.name ?? null);
          props.onChange(file);
        }}
      />
      <label htmlFor={id} className="button">
        Chọn tệp…
      </label>
      <span className="file-name">{name ?? 'Chưa chọn tệp nào'}</span>
    </span>
  );
}
