// The receiving office: thirty communes' report packages consolidate into one Biểu 06 whose rows are the
// communes' own totals and whose total is their sum; the period view shows who sent, who did not, and who
// sent again (the newer report replaces the older, and what changed is listed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  consolidatePeriod,
  exportReportPackage,
  importPackage,
  periodStatus,
  registerSendingUnit,
  renderConsolidated,
  setReceivingOffice,
} from '../../electron/handoff';
import type { Channel } from '../../shared/dossier/dossier';
import { FORM_KEYS, type FormFigures } from '../../shared/report/figures';
import { identityViolations } from '../../shared/report/identities';
import { dayFromIso } from '../../shared/time/day';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { readPdf } from '../documents/read-pdf';
import { AT, dossier, initLedger, later, open, q1Report, tempFolder } from './helpers';

const UNITS = 30;
const CHANNELS: Channel[] = ['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'];
const KEY = '2024-Q1@nd09';

/** A small deterministic generator, so every run builds the same thirty ledgers. */
function generator(seed: number): (n: number) => number {
  let state = seed * 7919 + 17;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const unitCode = (i: number) => `000.00.${String(i + 10).padStart(2, '0')}.H57`;
const unitName = (i: number) => `UBND xã Thử Nghiệm ${i + 1}`;

function fill(s: LedgerSession, i: number): void {
  const next = generator(i);
  const count = 5 + next(20);
  const first = dayFromIso('2023-11-20');
  for (let k = 0; k < count; k += 1) {
    const received = first + next(115);
    const days = next(2) === 0 ? 0 : 3 + next(5);
    const due = received + (days === 0 ? 0 : days + 2);
    const ended = next(4) === 0 ? null : received + next(days + 6);
    const base = dossier('2024-01-01', 8 * 60 + next(480), {
      channel: CHANNELS[next(4)] ?? 'truc_tiep',
      field: ['Hộ tịch', 'Chứng thực', 'Đất đai'][next(3)] ?? 'Hộ tịch',
      rule: { timeValue: days, timeUnit: days === 0 ? 'same_day' : 'calendar_days', cutoffMinute: days === 0 ? 15 * 60 : null, extraWorkingDays: 0 },
      baseDueDay: due,
      endedOn: ended,
      ending: ended === null ? null : 'giai_quyet',
      applicantName: `Công dân ${i}-${k}`,
    });
    s.dossiers.insert({ ...base, receivedAt: { day: received, minute: base.receivedAt.minute } }, { actor: 'Bàn 1', at: AT });
  }
}

const sum = (rows: readonly FormFigures[]): FormFigures => Object.fromEntries(FORM_KEYS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as FormFigures;

interface World {
  folder: string;
  office: string;
  /** Each unit's own total, as its commune compiled it. */
  own: Map<string, FormFigures>;
  packages: string[];
  units: { file: string; code: string; fingerprint: string }[];
}

describe('receiving office: thirty units', () => {
  let w: World;
  beforeAll(async () => {
    const folder = tempFolder('suite');
    const units: World['units'] = [];
    const own = new Map<string, FormFigures>();
    const packages: string[] = [];
    for (let i = 0; i < UNITS; i += 1) {
      const file = await initLedger(join(folder, `unit-${i}.db`), { unitName: unitName(i), unitCode: unitCode(i), receivingUnit: 'UBND huyện Nam Đông' });
      const s = open(file);
      fill(s, i);
      const out = join(folder, `unit-${i}.somc`);
      const exported = await exportReportPackage(s, { out, period: resolvePeriodRequest(s, { period: '2024-Q1' }), at: later(i), includePdf: false });
      own.set(unitCode(i), q1Report(s).total);
      s.close();
      units.push({ file, code: unitCode(i), fingerprint: exported.fingerprint });
      packages.push(out);
    }
    const office = await initLedger(join(folder, 'office.db'), { unitName: 'UBND huyện Nam Đông', unitCode: 'H57' });
    const s = open(office, 'Phòng Nội vụ');
    setReceivingOffice(s, true, AT);
    for (const [i, u] of units.entries()) registerSendingUnit(s, { unitCode: u.code, fingerprint: u.fingerprint, unitName: unitName(i) }, AT);
    // Two more registered units that have not sent.
    registerSendingUnit(s, { unitCode: '000.00.98.H57', fingerprint: 'AAAA-BBBB-CCCC-DDDD', unitName: 'UBND xã Chưa Gửi 1' }, AT);
    registerSendingUnit(s, { unitCode: '000.00.99.H57', fingerprint: 'EEEE-FFFF-GGGG-HHHH', unitName: 'UBND xã Chưa Gửi 2' }, AT);
    for (const p of packages) expect(importPackage(s, readFileSync(p), { at: later(100) }).report?.action).toBe('new');
    s.close();
    w = { folder, office, own, packages, units };
  });

  it('one row per unit, each the unit’s own total, and a total equal to their sum', () => {
    const s = open(w.office);
    const c = consolidatePeriod(s, KEY);
    expect(c?.rows).toHaveLength(UNITS);
    for (const row of c?.rows ?? []) {
      const own = w.own.get(row.unit_code);
      expect(Object.fromEntries(FORM_KEYS.map((k) => [k, row[k]]))).toEqual(own);
    }
    const ownTotals = [...w.own.values()];
    expect(c?.total).toEqual(sum(ownTotals));
    expect(c?.total).toEqual(sum(c?.rows ?? []));
    expect(identityViolations(c?.total ?? sum([]))).toEqual([]);
    expect(c?.total.received).toBeGreaterThan(UNITS * 5);
    expect(c?.total.carried_over).toBeGreaterThan(0);
  });

  it('shows who has sent and who has not', () => {
    const status = periodStatus(open(w.office), KEY);
    expect(status.counts).toEqual({ sent: UNITS, sent_again: 0, missing: 2 });
    expect(status.units.filter((u) => u.state === 'missing').map((u) => u.unitName)).toEqual(['UBND xã Chưa Gửi 1', 'UBND xã Chưa Gửi 2']);
  });

  it('a unit that sends again replaces its report, and the change is shown', async () => {
    const unit = w.units[6];
    if (!unit) throw new Error('unit 7 missing');
    const s = open(unit.file);
    s.dossiers.insert(dossier('2024-03-12', 9 * 60, { channel: 'truc_tuyen_toan_trinh', applicantName: 'Người nộp muộn' }), { actor: 'Bàn 1', at: later(200) });
    const out = join(w.folder, 'unit-6-again.somc');
    await exportReportPackage(s, { out, period: resolvePeriodRequest(s, { period: '2024-Q1' }), at: later(201), includePdf: false });
    const newTotal = q1Report(s).total;
    s.close();

    const office = open(w.office);
    const outcome = importPackage(office, readFileSync(out), { at: later(300) });
    expect(outcome.report?.action).toBe('updated');
    expect(outcome.report?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 'Tổng cộng', column: 'received', after: (w.own.get(unit.code)?.received ?? 0) + 1 })]),
    );
    const status = periodStatus(office, KEY);
    expect(status.counts).toEqual({ sent: UNITS - 1, sent_again: 1, missing: 2 });
    const again = status.units.find((u) => u.unitCode === unit.code);
    expect(again?.packages.map((p) => p.replaced)).toEqual([true, false]);
    expect(again?.changes.find((c) => c.row === 'Tổng cộng' && c.column === 'new_online')).toMatchObject({ after: (w.own.get(unit.code)?.new_online ?? 0) + 1 });

    const c = consolidatePeriod(office, KEY);
    expect(c?.rows).toHaveLength(UNITS);
    const totals = [...w.own.entries()].map(([code, t]) => (code === unit.code ? newTotal : t));
    expect(c?.total).toEqual(sum(totals));
    // The older package arriving once more changes nothing.
    expect(importPackage(office, readFileSync(w.packages[6] ?? ''), { at: later(400) }).report?.action).toBe('unchanged');
  });

  it('prints the consolidated Biểu 06 with one row per unit, through the documents module', async () => {
    const office = open(w.office);
    const c = consolidatePeriod(office, KEY);
    if (!c) throw new Error('nothing consolidated');
    const pages = await readPdf(await renderConsolidated(office, c, 'pdf', dayFromIso('2024-03-20')));
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('Đơn vị báo cáo');
    expect(text).toContain(unitName(0));
    expect(text).toContain(unitName(UNITS - 1));
    const xlsx = await renderConsolidated(office, c, 'xlsx', dayFromIso('2024-03-20'));
    expect(Buffer.from(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
