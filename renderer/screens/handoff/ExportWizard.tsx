// Xuất gói: a three-step wizard — the kind of package (the report for the receiving office, for a
// period; or the full package for another desk or a backup, with a passphrase typed twice), where to
// write it (a detected USB drive, or another folder), then writing it and showing its checksum.
import { useEffect } from 'react';
import { useApp } from '../../app/app-store';
import { type PeriodChoice, PeriodPicker, currentQuarter, periodChoiceLabel, yearsAround } from '../../components/PeriodPicker';
import { ErrorBox } from '../../components/ui';
import { JobProgress } from '../../components/JobProgress';
import { DestinationStep } from './DestinationStep';
import { ExportResult } from './ExportResult';
import { type Step, kindProblem, useExport } from './export-store';
import { PassphrasePair } from './PassphrasePair';

const STEPS: { step: Step; label: string }[] = [
  { step: 1, label: 'Loại gói' },
  { step: 2, label: 'Nơi lưu' },
  { step: 3, label: 'Ghi gói' },
];

function Stepper({ step }: { step: Step }) {
  return (
    <ol className="stepper" aria-label="Các bước xuất gói">
      {STEPS.map((s) => (
        <li key={s.step} className={s.step === step ? 'current' : s.step < step ? 'done' : ''} aria-current={s.step === step ? 'step' : undefined}>
          <span className="step-no">{s.step}</span> {s.label}
        </li>
      ))}
    </ol>
  );
}

function KindStep({ period, years }: { period: PeriodChoice; years: number[] }) {
  const st = useExport();
  const problem = kindProblem(st);
  return (
    <form
      className="card"
      aria-labelledby="kind-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === null) st.set({ step: 2 });
      }}
    >
      <h2 id="kind-title">Chọn loại gói</h2>
      <div className="choice-grid" role="radiogroup" aria-label="Loại gói">
        <label className={`choice${st.kind === 'report' ? ' chosen' : ''}`}>
          <input type="radio" name="kind" checked={st.kind === 'report'} onChange={() => st.set({ kind: 'report' })} />
          <span>
            <strong>Gói báo cáo</strong> — gửi đơn vị nhận báo cáo
            <small className="hint">Số liệu Biểu 06 của kỳ, danh sách hồ sơ quá hạn và bản báo cáo PDF. Không có họ tên, số định danh, điện thoại, địa chỉ.</small>
          </span>
        </label>
        <label className={`choice${st.kind === 'full' ? ' chosen' : ''}`}>
          <input type="radio" name="kind" checked={st.kind === 'full'} onChange={() => st.set({ kind: 'full' })} />
          <span>
            <strong>Gói đầy đủ</strong> — chuyển sang máy khác, sao lưu
            <small className="hint">Mọi hồ sơ với toàn bộ lịch sử. Có dữ liệu cá nhân nên luôn được mã hóa bằng mật khẩu bạn đặt.</small>
          </span>
        </label>
      </div>
      {st.kind === 'report' ? (
        <div className="inline-row" aria-label="Kỳ báo cáo của gói">
          <span className="strong">Kỳ báo cáo:</span>
          <PeriodPicker value={period} years={years} onChange={(patch) => st.setPeriod(patch, period)} />
        </div>
      ) : (
        <PassphrasePair />
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={problem !== null}>
          Tiếp theo: chọn nơi lưu
        </button>
        {problem && st.kind === 'full' && (st.passphrase || st.passphraseAgain) ? <span className="hint">{problem}</span> : null}
      </div>
    </form>
  );
}

function WriteStep({ period }: { period: PeriodChoice }) {
  const st = useExport();
  return (
    <section className="card" aria-labelledby="write-title">
      <h2 id="write-title">Ghi gói</h2>
      <dl className="facts">
        <dt>Loại gói</dt>
        <dd>{st.kind === 'report' ? 'Gói báo cáo (gửi đơn vị nhận báo cáo)' : 'Gói đầy đủ (đã mã hóa bằng mật khẩu)'}</dd>
        {st.kind === 'report' ? (
          <>
            <dt>Kỳ báo cáo</dt>
            <dd>{periodChoiceLabel(period)}</dd>
          </>
        ) : null}
        <dt>Lưu vào</dt>
        <dd className="mono">{st.folder}</dd>
      </dl>
      <p className="hint">Gói được ghi ra tệp tạm, đọc lại kiểm tra, rồi mới đặt tên chính thức; không ghi đè gói nào đã có trên ổ.</p>
      <ErrorBox message={st.error} />
      <div className="actions">
        <button type="button" className="button" disabled={st.writing} onClick={() => st.set({ step: 2 })}>
          Quay lại
        </button>
        <button type="button" className="button primary" autoFocus disabled={st.writing} onClick={() => void st.write(period)}>
          {st.writing ? 'Đang ghi và kiểm tra…' : 'Ghi gói'}
        </button>
      </div>
      <JobProgress />
    </section>
  );
}

export function ExportWizard() {
  const info = useApp((s) => s.info);
  const st = useExport();
  const today = info?.today ?? null;
  const period = st.period ?? currentQuarter(today ?? '2024-01-01');
  useEffect(() => {
    if (st.step === 2 && st.drives === null) void useExport.getState().detect();
  }, [st.step, st.drives]);
  return (
    <div className="export-wizard">
      <Stepper step={st.outcome ? 3 : st.step} />
      {st.outcome ? (
        <ExportResult outcome={st.outcome} onAgain={st.restart} />
      ) : st.step === 1 ? (
        <KindStep period={period} years={yearsAround(today, period.year)} />
      ) : st.step === 2 ? (
        <DestinationStep />
      ) : (
        <WriteStep period={period} />
      )}
    </div>
  );
}
