// The Hương Hữu 2024 Q1 fixture as DossierFacts, compiled with the real rules module.
import { readFileSync } from 'node:fs';
import { buildWorkingCalendar } from '../../shared/calendar';
import type { ProcedureRule, TimeUnit } from '../../shared/catalogue/procedure';
import { DEFAULT_DEADLINE_POLICY } from '../../shared/deadline/policy';
import type { Channel, DossierFacts } from '../../shared/dossier/dossier';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { type CompiledReport, compileReport } from '../../shared/report/compile';
import { parseCsv } from '../../shared/text/csv';
import { dayFromIso, dayFromYmd } from '../../shared/time/day';
import { parseLocalDateTime, parseMinute } from '../../shared/time/local-time';
import type { ReportInput } from '../../electron/documents/report-input';

const SHARED = '/work/shared';
export const FIXTURE_CSV = `${SHARED}/fixtures/huong-huu-2024-q1.csv`;
export const EXPECTED_JSON = `${SHARED}/fixtures/huong-huu-2024-q1.expected.json`;

interface ProcedureRow {
  name: string;
  field: string;
  rule: ProcedureRule;
}

function procedures(): Map<string, ProcedureRow> {
  const rows = parseCsv(readFileSync(`${SHARED}/domain/procedures.csv`, 'utf8')).slice(1);
  const out = new Map<string, ProcedureRow>();
  for (const { cells } of rows) {
    const [code = '', name = '', field = '', value = '0', unit = 'working_days', cutoff = ''] = cells;
    if (!code) continue;
    const timeUnit = unit as TimeUnit;
    out.set(code, {
      name,
      field,
      rule: { timeValue: Number(value), timeUnit, cutoffMinute: cutoff ? parseMinute(cutoff) : null, extraWorkingDays: 0 },
    });
  }
  return out;
}

const CHANNELS: Record<string, Channel> = {
  'Trực tiếp': 'truc_tiep',
  'Bưu chính': 'buu_chinh',
  'Trực tuyến một phần': 'truc_tuyen_mot_phan',
  'Trực tuyến toàn trình': 'truc_tuyen_toan_trinh',
};

export function fixtureDossiers(): DossierFacts[] {
  const catalogue = procedures();
  const lines = readFileSync(FIXTURE_CSV, 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const [code = '', procedureCode = '', channel = '', received = '', due = '', ended = '', cause = ''] = line.split(',');
    const proc = catalogue.get(procedureCode);
    const receivedAt = parseLocalDateTime(received);
    const chan = CHANNELS[channel];
    if (!proc || !receivedAt || !chan) throw new Error(`bad fixture line ${line}`);
    return {
      code,
      procedureCode,
      procedureName: proc.name,
      field: proc.field,
      channel: chan,
      receivedAt,
      rule: proc.rule,
      baseDueDay: dayFromIso(due),
      supplements: [],
      endedOn: ended ? dayFromIso(ended) : null,
      ending: ended ? 'giai_quyet' : null,
      returnedOn: null,
      extension: null,
      lateCause: cause,
      digitisedDossier: false,
      digitisedResult: false,
      storedResult: false,
      paidOnline: false,
      fee: 0,
      rating: null,
    } satisfies DossierFacts;
  });
}

export const Q1_2024 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
export const ctx = { calendar: buildWorkingCalendar({}), policy: DEFAULT_DEADLINE_POLICY };

export function compile(dossiers: readonly DossierFacts[] = fixtureDossiers()): CompiledReport {
  return compileReport(dossiers, Q1_2024, ctx, { fieldOrder: ['Hộ tịch', 'Chứng thực', 'Đất đai'] });
}

export function reportInput(report: CompiledReport = compile()): ReportInput {
  return {
    report,
    unit: {
      parentBody: 'Ủy ban nhân dân huyện Nam Đông',
      name: 'UBND xã Hương Hữu',
      place: 'Hương Hữu',
      receivingUnit: 'Phòng Nội vụ huyện Nam Đông',
      documentNumber: '356/BC-UBND',
      signer: { mode: 'TM', title: 'Chủ tịch', name: 'Hồ Văn Ẩn' },
    },
    issuedOn: dayFromYmd(2024, 3, 8),
    narrative: {
      sections: [
        {
          heading: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
          text:
            'Thực hiện Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ, UBND xã Hương Hữu báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2024 như sau:\n' +
            'UBND xã đã ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024; niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa. Kiểm tra chữ hoa: ỶỰẪ ĂÂĐÊÔƠƯ ăâđêôơư Ỹ Ữ Ợ Ỡ.',
        },
        { heading: 'III. ĐÁNH GIÁ CHUNG', text: 'Thuận lợi: công tác cải cách hành chính nhận được sự quan tâm, chỉ đạo của cấp ủy, chính quyền.' },
      ],
    },
    recipients: ['Như trên;', 'TT Đảng ủy, HĐND xã;', 'Lưu: VT.'],
  };
}

/** The fixture plus two late dossiers (one resolved late with an apology, one pending overdue) and some ratings. */
export function fixtureWithLate(): DossierFacts[] {
  const base = fixtureDossiers();
  const first = base[0];
  if (!first) throw new Error('empty fixture');
  const rated = base.map((d, i) => (d.endedOn !== null && i % 3 === 0 ? { ...d, rating: 'rat_hai_long' as const, digitisedResult: true } : d));
  return [
    ...rated,
    {
      ...first,
      code: '000.00.21.H57-240205-0101',
      receivedAt: { day: dayFromIso('2024-02-05'), minute: 9 * 60 },
      baseDueDay: dayFromIso('2024-02-08'),
      endedOn: dayFromIso('2024-02-21'),
      ending: 'giai_quyet',
      extension: { newDueDay: dayFromIso('2024-02-22'), apologyOn: dayFromIso('2024-02-07') },
      lateCause: 'Phải xác minh tình trạng hôn nhân tại nơi cư trú trước đây',
      fee: 20_000,
      paidOnline: true,
    },
    {
      ...first,
      code: '000.00.21.H57-240301-0102',
      receivedAt: { day: dayFromIso('2024-03-01'), minute: 14 * 60 },
      baseDueDay: dayFromIso('2024-03-06'),
      endedOn: null,
      ending: null,
      lateCause: 'Chờ ý kiến của cơ quan phối hợp',
    },
  ];
}
