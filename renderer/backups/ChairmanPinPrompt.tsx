// Asked before a restore that would drop signed periods: which ones, that their figures and signer are
// kept, and the chairman's PIN (the restore is then sent again with it).
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorBox, Field } from '../components/ui';
import { type PinRequest, pinShapeProblem } from './restore-pin';

export function ChairmanPinPrompt(props: { request: PinRequest; busy: boolean; error: string | null; onSubmit(pin: string): void; onCancel(): void }) {
  const [pin, setPin] = useState('');
  const [shape, setShape] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The prompt may open below the fold (the start-up screen): focusing the field brings it into view.
  useEffect(() => input.current?.focus(), []);
  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = pinShapeProblem(pin);
    setShape(problem);
    if (problem === null) props.onSubmit(pin);
  }
  return (
    <form className="restore-pin" aria-label="Cần mã PIN của Chủ tịch" onSubmit={submit}>
      <p className="warn-text">
        Bản sao lưu này được tạo trước khi Chủ tịch ký duyệt; khôi phục sẽ làm mất chữ ký duyệt của:
      </p>
      <ul data-testid="signed-periods-at-risk">
        {props.request.periods.map((p) => (
          <li key={p}>
            <strong>{p}</strong>
          </li>
        ))}
      </ul>
      <p className="hint">
        Sổ khôi phục vẫn giữ số liệu đã ký, người ký và thời điểm ký của các kỳ này, nhưng cần mã PIN của Chủ tịch để khôi phục. Chưa khôi phục, sổ hiện tại giữ
        nguyên.
      </p>
      <Field label="Mã PIN của Chủ tịch (6–12 chữ số)" htmlFor="restore-pin">
        <input
          id="restore-pin"
          ref={input}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
      </Field>
      <ErrorBox message={shape ?? props.error} />
      <div className="actions">
        <button type="submit" className="button danger" disabled={props.busy || pin === ''}>
          {props.busy ? 'Đang khôi phục…' : 'Khôi phục với mã PIN'}
        </button>
        <button type="button" className="button" disabled={props.busy} onClick={props.onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
