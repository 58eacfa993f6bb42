// The unit's settings: names, codes, this desk, extra time, period rule, supplement rule, office hours.
import { type FormEvent, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { SettingsView } from '../../../shared/api/setup-schemas';
import { PAUSE_RULES, PAUSE_RULE_LABELS_VI, supplementClockSentence } from '../../../shared/deadline/supplement-wording';
import { call, messageOf } from '../../api/client';
import { notify, useApp } from '../../app/app-store';
import { parseViTime } from '../../../shared/time/vi-date-text';
import { DateInput, focusField } from '../../components/DateInput';
import { ErrorBox, Field, Loading } from '../../components/ui';

interface UnitState {
  form: SettingsView | null;
  error: string | null;
  saving: boolean;
  load(): Promise<void>;
  set(patch: Partial<SettingsView>): void;
  save(): Promise<void>;
}

const useUnit = create<UnitState>((set, get) => ({
  form: null,
  error: null,
  saving: false,
  async load() {
    try {
      set({ form: await call('settings.get', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  set(patch) {
    const form = get().form;
    if (form) set({ form: { ...form, ...patch } });
  },
  async save() {
    const form = get().form;
    if (!form) return;
    set({ saving: true, error: null });
    try {
      const { hasChairmanPin: _pin, ...update } = form;
      set({ form: await call('settings.update', update) });
      notify('Đã lưu thông tin đơn vị.');
      void useApp.getState().load();
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ saving: false });
    }
  },
}));

/** The desk number (1–9) and the extra working days (0–60) out of range, by id, in Vietnamese. */
function numberProblems(form: SettingsView): Record<string, string> {
  const out: Record<string, string> = {};
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!whole(form.deskNumber, 1, 9)) out['s-desk'] = 'Số bàn tiếp nhận là một số nguyên từ 1 đến 9.';
  if (!whole(form.extraWorkingDays, 0, 60)) out['s-extra'] = 'Số ngày làm việc cộng thêm là một số nguyên từ 0 đến 60.';
  return out;
}

/** Each office-hours box that does not hold a 24-hour time, by id. */
function hoursProblems(hours: SettingsView['officeHours']): Record<string, string> {
  const out: Record<string, string> = {};
  hours.forEach((h, i) => {
    for (const [end, text] of [['start', h.start], ['end', h.end]] as const) {
      const parsed = parseViTime(text);
      if (!parsed.ok) out[`s-hours-${i}-${end}`] = parsed.message;
    }
  });
  return out;
}

export function UnitTab() {
  const { form, error, saving, load, set, save } = useUnit();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  if (!form) return error ? <ErrorBox message={error} /> : <Loading />;
  const hours = form.officeHours;
  const fieldProblems = { ...numberProblems(form), ...hoursProblems(hours) };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const first = Object.keys(fieldProblems)[0];
    if (first !== undefined) focusField(first);
    else void save();
  };
  return (
    <form className="card settings-form" onSubmit={submit} noValidate>
      <div className="grid-2">
        <Field label="Tên đơn vị" htmlFor="s-unitName">
          <input id="s-unitName" value={form.unitName} onChange={(e) => set({ unitName: e.target.value })} />
        </Field>
        <Field label="Mã đơn vị" htmlFor="s-unitCode">
          <input id="s-unitCode" value={form.unitCode} onChange={(e) => set({ unitCode: e.target.value })} />
        </Field>
        <Field label="Cơ quan cấp trên" htmlFor="s-parent">
          <input id="s-parent" value={form.parentBody} onChange={(e) => set({ parentBody: e.target.value })} />
        </Field>
        <Field label="Địa danh (dòng ngày tháng của văn bản)" htmlFor="s-place">
          <input id="s-place" value={form.placeName} onChange={(e) => set({ placeName: e.target.value })} />
        </Field>
        <Field label="Đơn vị nhận báo cáo" htmlFor="s-receiving">
          <input id="s-receiving" value={form.receivingUnit} onChange={(e) => set({ receivingUnit: e.target.value })} />
        </Field>
        <Field label="Số bàn tiếp nhận (1–9)" htmlFor="s-desk">
          <input id="s-desk" type="number" min={1} max={9} aria-invalid={checked && fieldProblems['s-desk'] ? true : undefined} value={form.deskNumber} onChange={(e) => set({ deskNumber: Number(e.target.value) })} />
          {checked && fieldProblems['s-desk'] ? <small className="field-error" role="alert" id="s-desk-error">{fieldProblems['s-desk']}</small> : null}
        </Field>
        <Field label="Ngày làm việc cộng thêm (xã miền núi, hải đảo)" htmlFor="s-extra">
          <input id="s-extra" type="number" min={0} max={60} aria-invalid={checked && fieldProblems['s-extra'] ? true : undefined} value={form.extraWorkingDays} onChange={(e) => set({ extraWorkingDays: Number(e.target.value) })} />
          {checked && fieldProblems['s-extra'] ? <small className="field-error" role="alert" id="s-extra-error">{fieldProblems['s-extra']}</small> : null}
        </Field>
        <Field label="Kỳ báo cáo mặc định" htmlFor="s-rule">
          <select id="s-rule" value={form.periodRule} onChange={(e) => set({ periodRule: e.target.value as SettingsView['periodRule'] })}>
            <option value="nd09">Theo Nghị định 09/2019 (ngày 15 đến ngày 14)</option>
            <option value="calendar">Theo tháng dương lịch</option>
          </select>
        </Field>
        <Field label="Khi yêu cầu bổ sung hồ sơ" htmlFor="s-pause" hint={`Mẫu 02 ghi: “${supplementClockSentence(form.pauseRule)}”`}>
          <select id="s-pause" value={form.pauseRule} onChange={(e) => set({ pauseRule: e.target.value as SettingsView['pauseRule'] })}>
            {PAUSE_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {PAUSE_RULE_LABELS_VI[rule]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tên bộ phận một cửa (in trên phiếu)" htmlFor="s-office" wide>
          <input id="s-office" value={form.officeName} onChange={(e) => set({ officeName: e.target.value })} />
        </Field>
        <Field label="Điện thoại của bộ phận" htmlFor="s-office-phone">
          <input id="s-office-phone" value={form.officePhone} onChange={(e) => set({ officePhone: e.target.value })} />
        </Field>
        <Field label="Hình thức ký báo cáo" htmlFor="s-signer-mode">
          <select id="s-signer-mode" value={form.signerMode} onChange={(e) => set({ signerMode: e.target.value as SettingsView['signerMode'] })}>
            <option value="TM">TM. Ủy ban nhân dân — Chủ tịch ký</option>
            <option value="KT">KT. Chủ tịch — Phó Chủ tịch ký thay</option>
          </select>
        </Field>
        <Field label="Chức vụ người ký" htmlFor="s-signer-title">
          <input id="s-signer-title" value={form.signerTitle} onChange={(e) => set({ signerTitle: e.target.value })} />
        </Field>
        <Field label="Họ tên người ký" htmlFor="s-signer-name">
          <input id="s-signer-name" value={form.signerName} onChange={(e) => set({ signerName: e.target.value })} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.multipleSupplementsAreLate} onChange={(e) => set({ multipleSupplementsAreLate: e.target.checked })} /> Yêu cầu bổ sung
          quá một lần thì tính là quá hạn
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.onlineNextDayStart} onChange={(e) => set({ onlineNextDayStart: e.target.checked })} /> Hồ sơ trực tuyến nộp sau
        17 giờ hoặc vào ngày nghỉ: tính thời hạn từ giờ mở cửa ngày làm việc tiếp theo (cho hồ sơ tiếp nhận từ khi bật)
      </label>
      <fieldset>
        <legend>Giờ làm việc (cho thủ tục tính theo giờ)</legend>
        {hours.map((h, i) => (
          <div className="inline-row" key={i}>
            Buổi {i + 1}: từ{' '}
            <DateInput id={`s-hours-${i}-start`} mode="time" ariaLabel={`Buổi ${i + 1} bắt đầu`} error={checked ? (fieldProblems[`s-hours-${i}-start`] ?? null) : null} value={h.start} onChange={(v) => set({ officeHours: hours.map((x, j) => (j === i ? { ...x, start: v } : x)) })} /> đến{' '}
            <DateInput id={`s-hours-${i}-end`} mode="time" ariaLabel={`Buổi ${i + 1} kết thúc`} error={checked ? (fieldProblems[`s-hours-${i}-end`] ?? null) : null} value={h.end} onChange={(v) => set({ officeHours: hours.map((x, j) => (j === i ? { ...x, end: v } : x)) })} />
          </div>
        ))}
      </fieldset>
      <ErrorBox message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Đang lưu…' : 'Lưu thiết lập'}
        </button>
      </div>
      <ChairmanPin hasPin={form.hasChairmanPin} onSet={() => set({ hasChairmanPin: true })} />
    </form>
  );
}

/** The chairman's PIN, needed to sign off a period; never shown back. */
function ChairmanPin({ hasPin, onSet }: { hasPin: boolean; onSet(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function save() {
    if (next !== again) {
      setError('Hai lần nhập mã PIN mới không khớp.');
      return;
    }
    try {
      await call('settings.setChairmanPin', { currentPin: hasPin ? current : null, newPin: next });
      setError(null);
      setCurrent('');
      setNext('');
      setAgain('');
      onSet();
      notify('Đã đặt mã PIN ký duyệt của Chủ tịch.');
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <fieldset>
      <legend>Mã PIN ký duyệt báo cáo của Chủ tịch</legend>
      <p className="hint">{hasPin ? 'Đã đặt mã PIN. Nhập mã hiện tại để đổi.' : 'Chưa đặt: cần đặt trước khi ký duyệt kỳ báo cáo (6–12 chữ số).'}</p>
      <div className="grid-3">
        {hasPin ? (
          <Field label="Mã PIN hiện tại" htmlFor="pin-current">
            <input id="pin-current" type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </Field>
        ) : null}
        <Field label="Mã PIN mới" htmlFor="pin-new">
          <input id="pin-new" type="password" inputMode="numeric" autoComplete="off" value={next} onChange={(e) => setNext(e.target.value)} />
        </Field>
        <Field label="Nhập lại mã PIN mới" htmlFor="pin-again">
          <input id="pin-again" type="password" inputMode="numeric" autoComplete="off" value={again} onChange={(e) => setAgain(e.target.value)} />
        </Field>
      </div>
      <ErrorBox message={error} />
      <button type="button" className="button" disabled={next === ''} onClick={() => void save()}>
        {hasPin ? 'Đổi mã PIN' : 'Đặt mã PIN'}
      </button>
    </fieldset>
  );
}
