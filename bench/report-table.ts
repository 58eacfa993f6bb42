// The results as Markdown tables: one per scale (metric, value, unit, target, met?) and a summary with
// a column per scale, the form the README keeps.
import { scaleName } from './args';
import { METRICS, type MetricSpec, type ScaleResult, TARGET_SCALE, meets } from './metrics';

export function formatValue(spec: MetricSpec, value: number): string {
  if (spec.unit === 'rows/s') return Math.round(value).toLocaleString('en-US');
  if (spec.unit === 'ratio') return value.toFixed(2);
  return value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US');
}

export function formatTarget(spec: MetricSpec): string {
  if (!spec.target) return '—';
  const unit = spec.unit === 'ratio' ? '×' : ` ${spec.unit}`;
  return `${spec.target.op === '<=' ? '≤' : spec.target.op === '>=' ? '≥' : '<'} ${spec.target.value.toLocaleString('en-US')}${unit}`;
}

/** yes / NO at the target scale; in brackets (indicative) below it. */
export function metText(spec: MetricSpec, value: number | undefined, dossiers: number): string {
  if (!spec.target || value === undefined) return '—';
  const ok = meets(spec.target, value);
  if (dossiers >= TARGET_SCALE) return ok ? 'yes' : 'NO';
  return ok ? '(yes)' : '(no)';
}

export function scaleTable(result: ScaleResult): string {
  const lines = [
    `### ${scaleName(result.dossiers)} dossiers${result.dossiers < TARGET_SCALE ? ' (targets are set for 1M: met? is indicative)' : ''}`,
    '',
    '| metric | value | unit | target | met? |',
    '|---|---:|---|---|---|',
  ];
  for (const spec of METRICS) {
    const value = result.values[spec.name];
    const missing = result.unavailable[spec.name];
    if (value === undefined && missing === undefined) continue;
    const shown = value === undefined ? `not available: ${missing}` : formatValue(spec, value);
    lines.push(`| ${spec.name} — ${spec.label} | ${shown} | ${spec.unit} | ${formatTarget(spec)} | ${metText(spec, value, result.dossiers)} |`);
  }
  return lines.join('\n');
}

export function summaryTable(results: readonly ScaleResult[]): string {
  const largest = results.reduce<ScaleResult | null>((a, b) => (a === null || b.dossiers > a.dossiers ? b : a), null);
  const head = ['metric', 'unit', 'target (1M)', ...results.map((r) => scaleName(r.dossiers)), `met? (${largest ? scaleName(largest.dossiers) : '—'})`];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i >= 3 && i < head.length - 1 ? '---:' : '---')).join('|')}|`];
  for (const spec of METRICS) {
    const cells = results.map((r) => {
      const value = r.values[spec.name];
      return value === undefined ? (r.unavailable[spec.name] !== undefined ? 'n/a' : '') : formatValue(spec, value);
    });
    if (cells.every((c) => c === '')) continue;
    const met = largest ? metText(spec, largest.values[spec.name], largest.dossiers) : '—';
    lines.push(`| ${spec.name} | ${spec.unit} | ${formatTarget(spec)} | ${cells.join(' | ')} | ${met} |`);
  }
  const notes = new Map<string, string>();
  for (const r of results) for (const [name, reason] of Object.entries(r.unavailable)) notes.set(name, reason);
  for (const [name, reason] of notes) lines.push('', `n/a — ${name}: not available (${reason}).`);
  return lines.join('\n');
}
