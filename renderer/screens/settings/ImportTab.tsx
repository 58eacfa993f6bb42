// Import an Excel or CSV ledger: read the file, dry run (every row checked, nothing written) with a
// preview of what would happen, then write it all in one transaction.
import { useState } from 'react';
import { create } from 'zustand';
import type { ForeignPlanView, MappingInput } from '../../../shared/api/import-mapping-schemas';
import type { CommandOutput } from '../../../shared/api/contract';
import { ApiCallError, call, hostKind, messageOf } from '../../api/client';
import { fileToBase64 } from '../../api/files';
import { JobCancelledError, runJob } from '../../api/jobs';
import { formatIntVi } from '../../app/format';
import { FilePick } from '../../components/FilePick';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBox } from '../../components/ui';
import { DecisionTable } from './DecisionTable';
import { MappingTable } from './MappingTable';

type Stage = 'idle' | 'reading' | 'checking' | 'preview' | 'writing' | 'done';

/** The browser uploads the file it was given; the desktop app names the file its open dialog chose. */
type ImportSource = { kind: 'file'; file: File } | { kind: 'path'; path: string };

const nameOf = (source: ImportSource) => (source.kind === 'file' ? source.file.name : (source.path.split(/[\\/]/).pop() ?? source.path));

/**
 * What the last dry run was asked with — the worksheet of an .xlsx or .xls (default the first visible one), a
 * mapping or saved profile for a foreign list, the decisions on unsure matches — kept so that a rerun keeps the rest.
 */
interface PlanChoice {
  mapping?: MappingInput;
  profile?: string;
  decisions?: Record<string, string>;
  sheet?: string;
}

interface ImportState {
  stage: Stage;
  progress: number;
  plan: ForeignPlanView | null;
  source: ImportSource | null;
  choice: PlanChoice;
  profiles: string[];
  saved: string | null;
  outcome: CommandOutput<'import.apply'> | null;
  error: string | null;
  details: string[];
  dryRun(source: ImportSource, choice?: PlanChoice): Promise<void>;
  loadProfiles(): Promise<void>;
  saveProfile(name: string, mapping: MappingInput): Promise<void>;
  apply(update: boolean): Promise<void>;
  reset(): void;
}

const STAGE_TEXT: Record<Stage, string> = {
  idle: '',
  reading: 'Đang đọc tệp…',
  checking: 'Đang kiểm tra từng dòng (chạy thử, chưa ghi gì)…',
  preview: 'Chạy thử xong: chưa ghi gì vào sổ.',
  writing: 'Đang ghi vào sổ…',
  done: 'Đã nhập xong.',
};

const useImport = create<ImportState>((set, get) => ({
  stage: 'idle',
  progress: 0,
  plan: null,
  source: null,
  choice: {},
  profiles: [],
  saved: null,
  outcome: null,
  error: null,
  details: [],
  async dryRun(source, choice = {}) {
    set({ stage: 'reading', progress: 0, plan: null, source, choice, outcome: null, error: null, details: [], saved: null });
    try {
      const content =
        source.kind === 'file' ? { contentBase64: await fileToBase64(source.file, (f) => set({ progress: Math.round(f * 40) })) } : { path: source.path };
      set({ stage: 'checking', progress: 45 });
      // One dry run for every file: a list in our own layout comes back without a mapping step.
      const plan = await runJob('Đang đọc tệp', (jobId) => call('import.planForeign', { fileName: nameOf(source), ...content, ...choice, jobId }));
      set({ plan, stage: 'preview', progress: 60 });
    } catch (error) {
      set({ stage: 'idle', progress: 0, error: messageOf(error) });
    }
  },
  async apply(update) {
    const plan = get().plan;
    if (!plan) return;
    set({ stage: 'writing', progress: 75, error: null, details: [] });
    try {
      const outcome = await runJob('Đang đọc tệp', (jobId) => call('import.apply', { planId: plan.planId, update, jobId }));
      set({ outcome, stage: 'done', progress: 100 });
    } catch (error) {
      // Cancelled: nothing was written, and the dry run is spent (the file is chosen and run again).
      if (error instanceof JobCancelledError) return set({ stage: 'idle', progress: 0, plan: null, error: error.message, details: [] });
      set({ stage: 'preview', progress: 60, error: messageOf(error), details: error instanceof ApiCallError ? error.details : [] });
    }
  },
  async loadProfiles() {
    try {
      set({ profiles: (await call('import.profiles', {})).profiles.map((p) => p.name) });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async saveProfile(name, mapping) {
    try {
      const saved = await call('import.saveProfile', { name, mapping });
      set({ saved: saved.name });
      await get().loadProfiles();
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  reset() {
    set({ stage: 'idle', progress: 0, plan: null, outcome: null, error: null, details: [], saved: null });
  },
}));

/** An .xlsx or .xls with several worksheets: which one was read, and another to dry-run instead (hidden ones marked). */
function SheetChoice(props: { sheets: string[]; hidden: readonly string[]; read: string; busy: boolean; onPick(sheet: string): void }) {
  return (
    <div className="sheet-choice inline-row" data-testid="sheet-choice">
      <span>
        Tệp có {props.sheets.length} trang tính; đang đọc trang <strong data-testid="sheet-read">“{props.read}”</strong>.
      </span>
      <label>
        Đọc trang tính:{' '}
        <select aria-label="Trang tính" value={props.read} disabled={props.busy} onChange={(e) => props.onPick(e.target.value)}>
          {props.sheets.map((name) => (
            <option key={name} value={name}>
              {props.hidden.includes(name) ? `${name} (trang ẩn)` : name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The browser's file box, or in the desktop app the native open dialog (the file is then read by path). */
function ImportSourcePick(props: { source: ImportSource | null; onChoose(source: ImportSource | null): void }) {
  const [error, setError] = useState<string | null>(null);
  if (hostKind() !== 'electron') {
    return (
      <FilePick
        label="Chọn tệp sổ theo dõi"
        accept=".csv,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        onChange={(file) => props.onChoose(file ? { kind: 'file', file } : null)}
      />
    );
  }
  const choose = async () => {
    try {
      setError(null);
      const chosen = await call('import.chooseFile', {});
      if (chosen.path) props.onChoose({ kind: 'path', path: chosen.path });
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <span className="file-pick">
      <button type="button" className="button" onClick={() => void choose()}>
        Chọn tệp…
      </button>
      <span className="file-name">{props.source ? nameOf(props.source) : 'Chưa chọn tệp nào'}</span>
      <ErrorBox message={error} />
    </span>
  );
}

export function ImportTab() {
  const st = useImport();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [update, setUpdate] = useState(false);
  const [profile, setProfile] = useState('');
  const plan = st.plan;
  const canWrite =
    plan !== null && plan.problems.length === 0 && st.stage === 'preview' && (plan.counts.new > 0 || plan.counts.linked > 0 || (update && plan.counts.conflict > 0));
  return (
    <div className="card import-tab">
      <p>
        Nhập sổ theo dõi từ tệp Excel (.xlsx, .xls) hoặc CSV theo các cột của mẫu trao đổi (Mã hồ sơ, Mã TTHC, Hình thức nộp, Ngày tiếp nhận…). Tệp có dòng lỗi thì không
        ghi gì; nhập lại cùng một tệp không làm thay đổi gì.
      </p>
      <div className="inline-row">
        <ImportSourcePick
          source={source}
          onChoose={(chosen) => {
            setSource(chosen);
            st.reset();
          }}
        />
        <select aria-label="Mẫu ghép cột" value={profile} onFocus={() => void st.loadProfiles()} onChange={(e) => setProfile(e.target.value)}>
          <option value="">Tự nhận cột</option>
          {st.profiles.map((p) => (
            <option key={p} value={p}>
              Mẫu: {p}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button primary"
          disabled={!source || st.stage === 'reading' || st.stage === 'checking'}
          onClick={() => source && void st.dryRun(source, profile ? { profile } : {})}
        >
          Chạy thử
        </button>
      </div>
      <JobProgress />
      {st.stage === 'reading' || st.stage === 'preview' || st.stage === 'done' ? (
        <div className="progress-block">
          <progress max={100} value={st.progress} aria-label="Tiến độ nhập" />
          <span role="status">{STAGE_TEXT[st.stage]}</span>
        </div>
      ) : null}
      <ErrorBox message={st.error} details={st.details} />
      {plan ? (
        <section aria-labelledby="plan-title" data-testid="import-plan">
          <h3 id="plan-title">
            Tệp {plan.fileName}: {formatIntVi(plan.rows)} dòng
          </h3>
          <ul className="counts">
            <li>
              Thêm mới: <strong data-testid="count-new">{plan.counts.new}</strong>
            </li>
            <li>
              Không đổi: <strong data-testid="count-unchanged">{plan.counts.unchanged}</strong>
            </li>
            <li>
              Xung đột: <strong data-testid="count-conflict">{plan.counts.conflict}</strong>
            </li>
            <li>
              Dòng lỗi: <strong data-testid="count-rejected">{plan.counts.rejected}</strong>
            </li>
          </ul>
          {plan.sheets && plan.sheets.length > 1 ? (
            <SheetChoice
              sheets={plan.sheets}
              hidden={plan.hiddenSheets ?? []}
              read={plan.sheet ?? plan.sheets[0] ?? ''}
              busy={st.stage !== 'preview'}
              onPick={(sheet) => st.source && void st.dryRun(st.source, { sheet, ...(profile ? { profile } : {}) })}
            />
          ) : null}
          {plan.foreign ? (
            <MappingTable
              key={plan.planId}
              plan={plan}
              busy={st.stage !== 'preview'}
              onRerun={(mapping) =>
                st.source &&
                void st.dryRun(st.source, {
                  mapping,
                  ...(st.choice.decisions ? { decisions: st.choice.decisions } : {}),
                  ...(plan.sheet === undefined ? {} : { sheet: plan.sheet }),
                })
              }
              onSave={(name, mapping) => void st.saveProfile(name, mapping)}
            />
          ) : null}
          {st.saved ? (
            <p className="success" role="status">
              Đã lưu mẫu ghép cột “{st.saved}”.
            </p>
          ) : null}
          {plan.counts.linked + plan.counts.undecided > 0 ? (
            <p className="hint">
              Ghép với hồ sơ đã ghi tại đây: {plan.counts.linked}; chờ quyết định (chưa ghi): {plan.counts.undecided}.
            </p>
          ) : null}
          <DecisionTable
            key={plan.planId}
            undecided={plan.undecided}
            busy={st.stage !== 'preview'}
            onRerun={(decisions) => st.source && void st.dryRun(st.source, { ...st.choice, decisions: { ...st.choice.decisions, ...decisions } })}
          />
          {plan.warnings.map((w, i) => (
            <p key={i} className="hint">
              Lưu ý: {w}
            </p>
          ))}
          {plan.problems.length > 0 ? (
            <table className="list-table problems">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Cột</th>
                  <th>Giá trị</th>
                  <th>Lỗi</th>
                </tr>
              </thead>
              <tbody>
                {plan.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.line}</td>
                    <td>{p.column}</td>
                    <td>{p.value}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {plan.conflicts.length > 0 ? (
            <>
              <h4>Hồ sơ đã có trong sổ với nội dung khác</h4>
              <ul className="plain">
                {plan.conflicts.map((c) => (
                  <li key={c.code}>
                    Dòng {c.line}, <span className="mono">{c.code}</span>: {c.differences.map((d) => `${d.column}: "${d.ledger}" → "${d.file}"`).join('; ')}
                  </li>
                ))}
              </ul>
              <label className="check">
                <input type="checkbox" checked={update} onChange={(e) => setUpdate(e.target.checked)} /> Cập nhật các hồ sơ xung đột theo tệp (lịch sử hồ sơ giữ giá trị cũ)
              </label>
            </>
          ) : null}
          {plan.sample.length > 0 ? (
            <details>
              <summary>Xem {plan.sample.length} dòng đầu</summary>
              <table className="list-table">
                <thead>
                  <tr>
                    <th>Dòng</th>
                    <th>Mã hồ sơ</th>
                    <th>Thủ tục</th>
                    <th>Tiếp nhận</th>
                    <th>Sẽ</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.sample.map((s) => (
                    <tr key={s.line}>
                      <td>{s.line}</td>
                      <td className="mono">{s.code}</td>
                      <td>{s.procedure}</td>
                      <td>{s.receivedAt}</td>
                      <td>{s.action}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
          <div className="actions">
            <button type="button" className="button primary" disabled={!canWrite} onClick={() => void st.apply(update)}>
              Nhập vào sổ
            </button>
          </div>
        </section>
      ) : null}
      {st.outcome ? (
        <p className="success" role="status" data-testid="import-outcome">
          Đã ghi: thêm mới {st.outcome.inserted}, cập nhật {st.outcome.updated}, không đổi {st.outcome.unchanged}
          {st.outcome.skippedConflicts > 0 ? `, bỏ qua ${st.outcome.skippedConflicts} hồ sơ xung đột` : ''}
          {st.outcome.linked > 0 ? `, ghép với hồ sơ đã có ${st.outcome.linked}` : ''}.
          {st.outcome.undecided > 0 ? ` ${st.outcome.undecided} dòng chờ quyết định chưa được ghi.` : ''}
        </p>
      ) : null}
    </div>
  );
}
