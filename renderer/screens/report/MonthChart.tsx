// Received / resolved / late by month, as plain SVG bars.
import type { ReportView } from '../../../shared/api/report-schemas';
import { formatIntVi } from '../../app/format';

const SERIES = [
  { key: 'received', label: 'Tiếp nhận', cls: 'bar-received' },
  { key: 'resolved', label: 'Đã giải quyết', cls: 'bar-resolved' },
  { key: 'late', label: 'Quá hạn', cls: 'bar-late' },
] as const;

export function MonthChart({ months }: { months: ReportView['months'] }) {
  const width = 520;
  const height = 240;
  const pad = { top: 14, right: 10, bottom: 34, left: 40 };
  const max = Math.max(1, ...months.flatMap((m) => [m.received, m.resolved, m.late]));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const groupW = plotW / Math.max(1, months.length);
  const barW = Math.min(28, (groupW - 12) / SERIES.length);
  const y = (v: number) => pad.top + plotH - (v / top) * plotH;
  const ticks = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Biểu đồ hồ sơ tiếp nhận, đã giải quyết và quá hạn theo tháng">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="grid-line" />
            <text x={pad.left - 6} y={y(t) + 4} className="axis" textAnchor="end">
              {formatIntVi(t)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x0 = pad.left + i * groupW + (groupW - barW * SERIES.length) / 2;
          return (
            <g key={m.label}>
              {SERIES.map((s, j) => (
                <rect key={s.key} x={x0 + j * barW} y={y(m[s.key])} width={barW - 2} height={Math.max(0, pad.top + plotH - y(m[s.key]))} className={s.cls}>
                  <title>{`${m.label} — ${s.label}: ${formatIntVi(m[s.key])}`}</title>
                </rect>
              ))}
              <text x={pad.left + i * groupW + groupW / 2} y={height - pad.bottom + 16} className="axis" textAnchor="middle">
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <i className={`swatch ${s.cls}`} /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function niceStep(max: number): number {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}
