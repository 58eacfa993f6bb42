// First run: who the unit is, where its reports go, which desk this is, any extra time, and who works at
// this desk (every change in the ledger records one of these names). Three short steps; Enter moves on.
// A PC replacing an old one restores the old PC's encrypted backup instead ("Đã có bản sao lưu từ máy cũ?").
import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import { create } from 'zustand';
import { type SetupField, setupProblems } from '../../../shared/office/setup-checks';
import { call, messageOf } from '../../api/client';
import { focusField } from '../../components/DateInput';
import { ErrorBox, Field } from '../../components/ui';
import { afterRestore } from '../../backups/after-restore';
import { EncryptedRestoreButton } from '../../backups/EncryptedRestore';

type Step = 1 | 2 | 3;

interface SetupState {
  step: Step;
  unitName: string;
  unitCode: string;
  parentBody: string;
  receivingUnit: string;
  deskNumber: string;
  extraWorkingDays: string;
  /** The desk operators: at least one name. */
  operators: string[];
  saving: boolean;
  error: string | null;
  details: string[];
  set(patch: Partial<SetupState>): void;
}

const useSetup = create<SetupState>((set) => ({
  step: 1,
  unitName: '',
  unitCode: '',
  parentBody: '',
  receivingUnit: '',
  deskNumber: '1',
  extraWorkingDays: '0',
  operators: [''],
  saving: false,
  error: null,
  details: [],
  set: (patch) => set(patch),
}));

/** The fields each step asks for, by the id of their box. */
const STEP_FIELDS: Record<1 | 2, Array<[SetupField, string]>> = {
  1: [
    ['unitName', 'unitName'],
    ['unitCode', 'unitCode'],
  ],
  2: [
    ['receivingUnit', 'receivingUnit'],
    ['deskNumber', 'deskNumber'],
    ['extraWorkingDays', 'extraDays'],
  ],
};

/** The messages of the current step's boxes that fail their check, by box id. */
function stepProblems(s: SetupState): Record<string, string> {
  if (s.step === 3) return s.operators.every((o) => o.trim() === '') ? { 'operator-0': 'Hãy nhập họ tên ít nhất một cán bộ làm việc ở bàn này.' } : {};
  const problems = setupProblems(s);
  const out: Record<string, string> = {};
  for (const [field, id] of STEP_FIELDS[s.step]) {
    const message = problems[field];
    if (message) out[id] = message;
  }
  return out;
}

/** A text box that shows its message underneath when it failed its check (marked, described by it). */
function CheckedInput(props: InputHTMLAttributes<HTMLInputElement> & { id: string; problem: string | undefined }) {
  const { problem, ...input } = props;
  return (
    <>
      <input {...input} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${props.id}-error` : undefined} />
      {problem ? (
        <small className="field-error" role="alert" id={`${props.id}-error`}>
          {problem}
        </small>
      ) : null}
    </>
  );
}

const TITLES: Record<Step, string> = { 1: 'Đơn vị sử dụng sổ', 2: 'Báo cáo và bàn tiếp nhận', 3: 'Cán bộ làm việc ở bàn này' };

/** Adds the names not yet in the ledger's list (the wizard may be finished again after a refusal). */
async function addOperators(names: string[]): Promise<void> {
  const existing = new Set((await call('operators.list', {})).operators.filter((o) => o.retiredAt === null).map((o) => o.name.toLocaleLowerCase('vi')));
  for (const name of names.map((n) => n.trim().replace(/\s+/g, ' '))) {
    if (name === '' || existing.has(name.toLocaleLowerCase('vi'))) continue;
    await call('operators.add', { name });
    existing.add(name.toLocaleLowerCase('vi'));
  }
}

function OperatorNames({ names, problems, onChange }: { names: string[]; problems: Record<string, string>; onChange(names: string[]): void }) {
  return (
    <>
      <p className="hint">Mỗi thay đổi trong sổ được ghi tên người làm. Người đầu tiên được chọn làm việc ngay; đổi người ở thanh trên cùng.</p>
      {names.map((name, i) => (
        <Field key={i} label={i === 0 ? 'Họ tên cán bộ một cửa' : `Cán bộ thứ ${i + 1}`} htmlFor={`operator-${i}`}>
          <CheckedInput
            id={`operator-${i}`}
            problem={problems[`operator-${i}`]}
            autoFocus={i === names.length - 1}
            value={name}
            maxLength={100}
            onChange={(e) => onChange(names.map((n, j) => (j === i ? e.target.value : n)))}
          />
        </Field>
      ))}
      {names.length < 10 ? (
        <button type="button" className="button small" onClick={() => onChange([...names, ''])}>
          + Thêm người
        </button>
      ) : null}
    </>
  );
}

export function SetupWizard({ onDone }: { onDone(): void }) {
  const s = useSetup();
  /** The boxes of this step that failed their check when the desk last tried to move on. */
  const [problems, setProblems] = useState<Record<string, string>>({});

  async function finish() {
    s.set({ saving: true, error: null, details: [] });
    try {
      await addOperators(s.operators);
      await call('setup.complete', {
        unitName: s.unitName,
        unitCode: s.unitCode,
        parentBody: s.parentBody,
        placeName: '',
        receivingUnit: s.receivingUnit,
        deskNumber: Number(s.deskNumber),
        extraWorkingDays: Number(s.extraWorkingDays),
      });
      onDone();
    } catch (error) {
      s.set({ error: messageOf(error), details: [] });
    } finally {
      s.set({ saving: false });
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = stepProblems(s);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      setTimeout(() => focusField(first), 0);
      return;
    }
    if (s.step < 3) s.set({ step: (s.step + 1) as Step });
    else void finish();
  }

  /** Back to a step: its boxes start unmarked. */
  function back() {
    setProblems({});
    s.set({ step: (s.step - 1) as Step });
  }

  return (
    <div className="wizard-page">
      <div className="wizard-stack">
        <form className="card wizard" onSubmit={submit} aria-labelledby="wizard-title" noValidate>
          <p className="eyebrow">Thiết lập lần đầu · Bước {s.step}/3</p>
          <h1 id="wizard-title">{TITLES[s.step]}</h1>
          {s.step === 1 ? (
            <>
              <Field label="Tên đơn vị" hint='Ví dụ: "UBND xã Hương Hữu" hoặc "Trung tâm Phục vụ hành chính công xã …"' htmlFor="unitName">
                <CheckedInput id="unitName" problem={problems.unitName} autoFocus value={s.unitName} onChange={(e) => s.set({ unitName: e.target.value })} />
              </Field>
              <Field label="Mã đơn vị (mã định danh theo QCVN 102:2016)" hint="Phần đầu của mã hồ sơ, ví dụ 000.00.21.H57" htmlFor="unitCode">
                <CheckedInput id="unitCode" problem={problems.unitCode} value={s.unitCode} onChange={(e) => s.set({ unitCode: e.target.value })} />
              </Field>
              <Field label="Cơ quan cấp trên (in ở góc trái văn bản, có thể để trống)" htmlFor="parentBody">
                <input id="parentBody" value={s.parentBody} onChange={(e) => s.set({ parentBody: e.target.value })} />
              </Field>
            </>
          ) : null}
          {s.step === 2 ? (
            <>
              <Field label="Đơn vị nhận báo cáo" hint="Ví dụ: UBND tỉnh Thừa Thiên Huế (Văn phòng UBND tỉnh)" htmlFor="receivingUnit">
                <CheckedInput id="receivingUnit" problem={problems.receivingUnit} autoFocus value={s.receivingUnit} onChange={(e) => s.set({ receivingUnit: e.target.value })} />
              </Field>
              <Field label="Số bàn tiếp nhận của máy này (1–9)" hint="Mỗi máy một số riêng: chữ số đầu của phần cuối mã hồ sơ, để các máy không cấp trùng mã." htmlFor="deskNumber">
                <CheckedInput id="deskNumber" inputMode="numeric" autoComplete="off" problem={problems.deskNumber} value={s.deskNumber} onChange={(e) => s.set({ deskNumber: e.target.value })} />
              </Field>
              <Field label="Số ngày làm việc cộng thêm (xã miền núi, hải đảo)" hint="Cộng vào thời hạn các thủ tục lĩnh vực Đất đai. Để 0 nếu không áp dụng." htmlFor="extraDays">
                <CheckedInput id="extraDays" inputMode="numeric" autoComplete="off" problem={problems.extraDays} value={s.extraWorkingDays} onChange={(e) => s.set({ extraWorkingDays: e.target.value })} />
              </Field>
            </>
          ) : null}
          {s.step === 3 ? <OperatorNames names={s.operators} problems={problems} onChange={(operators) => s.set({ operators })} /> : null}
          <ErrorBox message={s.error} details={s.details} />
          <div className="actions">
            {s.step > 1 ? (
              <button type="button" className="button" onClick={back}>
                Quay lại
              </button>
            ) : null}
            <button type="submit" className="button primary" disabled={s.saving}>
              {s.step < 3 ? 'Tiếp tục' : s.saving ? 'Đang lưu…' : 'Hoàn tất'}
            </button>
          </div>
        </form>
        {s.step === 1 ? (
          <aside className="card wizard-alt" aria-label="Khôi phục từ máy cũ">
            <span>Đã có bản sao lưu từ máy cũ?</span>
            <EncryptedRestoreButton
              label="Khôi phục…"
              intro="Chọn bản sao lưu mã hóa (.somc) tạo trên máy cũ ở Thiết lập › Sao lưu › “Sao lưu mã hóa”, gõ mật khẩu của nó: sổ khôi phục mang theo đơn vị, cán bộ, danh mục, lịch và mọi hồ sơ, nên không cần thiết lập lại."
              onRestored={afterRestore}
            />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
