// Every metric the bench reports, its unit and its target (set for 1M dossiers, issue 7). Values are
// milliseconds, rows per second, or ratios (names ending in _ratio).

export type MetricName =
  | 'generate_ms'
  | 'fsync_p50_ms'
  | 'fsync_p99_ms'
  | 'intake_p50_ms'
  | 'intake_p99_ms'
  | 'intake_fsync_ratio'
  | 'search_p50_ms'
  | 'search_p99_ms'
  | 'page_p50_ms'
  | 'page_p99_ms'
  | 'count_floor_ms'
  | 'report_ms'
  | 'report_ratio'
  | 'report_pdf_ms'
  | 'report_xlsx_ms'
  | 'import_rows_per_s'
  | 'import_foreign_xlsx_rows_per_s'
  | 'consolidate_100_units_ms'
  | 'web_cold_start_ms'
  | 'api_wait_idle_p99_ms'
  | 'api_wait_backup_p99_ms'
  | 'api_wait_report_p99_ms'
  | 'api_wait_import_p99_ms'
  | 'recompute_day_off_ms'
  | 'recompute_moved_dossiers';

export type Unit = 'ms' | 'rows/s' | 'ratio' | 'dossiers';

export interface Target {
  op: '<' | '<=' | '>=';
  value: number;
}

export interface MetricSpec {
  name: MetricName;
  unit: Unit;
  /** What is measured, for the table. */
  label: string;
  target?: Target;
}

export const METRICS: readonly MetricSpec[] = [
  { name: 'generate_ms', unit: 'ms', label: 'generate the synthetic ledger (setup, not a target)' },
  { name: 'fsync_p50_ms', unit: 'ms', label: 'floor: bare write+fsync of a file, p50' },
  { name: 'fsync_p99_ms', unit: 'ms', label: 'floor: bare write+fsync of a file, p99' },
  { name: 'intake_p50_ms', unit: 'ms', label: 'intake: log one dossier, durable commit, p50' },
  { name: 'intake_p99_ms', unit: 'ms', label: 'intake: log one dossier, durable commit, p99', target: { op: '<', value: 10 } },
  { name: 'intake_fsync_ratio', unit: 'ratio', label: 'intake p50 / fsync p50' },
  { name: 'search_p50_ms', unit: 'ms', label: 'search-as-you-type, 200 prefixes, p50' },
  { name: 'search_p99_ms', unit: 'ms', label: 'search-as-you-type, 200 prefixes, p99', target: { op: '<', value: 50 } },
  { name: 'page_p50_ms', unit: 'ms', label: 'ledger page of 100 rows, filtered, p50' },
  { name: 'page_p99_ms', unit: 'ms', label: 'ledger page of 100 rows, filtered, p99', target: { op: '<', value: 20 } },
  { name: 'count_floor_ms', unit: 'ms', label: 'floor: SELECT count(*) FROM dossiers, median of 5' },
  { name: 'report_ms', unit: 'ms', label: 'quarterly report, busiest quarter, median of 5', target: { op: '<', value: 1000 } },
  { name: 'report_ratio', unit: 'ratio', label: 'report / count(*) floor', target: { op: '<=', value: 3 } },
  { name: 'report_pdf_ms', unit: 'ms', label: 'export that report as PDF' },
  { name: 'report_xlsx_ms', unit: 'ms', label: 'export that report as XLSX (with the dossier list)' },
  { name: 'import_rows_per_s', unit: 'rows/s', label: 'import a 100k-row CSV (plan + apply)', target: { op: '>=', value: 50_000 } },
  { name: 'import_foreign_xlsx_rows_per_s', unit: 'rows/s', label: 'import a 100k-row province XLSX (title, merged header; fewer rows below 100k)' },
  { name: 'consolidate_100_units_ms', unit: 'ms', label: 'consolidate 100 units\' report packages', target: { op: '<', value: 2000 } },
  { name: 'web_cold_start_ms', unit: 'ms', label: 'web host cold start to the first API answer', target: { op: '<', value: 3000 } },
  { name: 'api_wait_idle_p99_ms', unit: 'ms', label: 'floor: the same screen calls with nothing heavy running, p99' },
  { name: 'api_wait_backup_p99_ms', unit: 'ms', label: 'wait of a screen call while a backup is made, p99', target: { op: '<', value: 100 } },
  { name: 'api_wait_import_p99_ms', unit: 'ms', label: 'wait of a screen call while a large CSV file is imported (checked and written in a worker), p99', target: { op: '<', value: 100 } },
  { name: 'api_wait_report_p99_ms', unit: 'ms', label: 'wait of a screen call while the report PDF is made, p99', target: { op: '<', value: 100 } },
  { name: 'recompute_day_off_ms', unit: 'ms', label: 'add a day off: recompute the due dates it moves, with history' },
  { name: 'recompute_moved_dossiers', unit: 'dossiers', label: 'dossiers that day off moved (count, not a time)' },
];

/** Where the targets are defined. Below it a target is only indicative. */
export const TARGET_SCALE = 1_000_000;

export function meets(target: Target, value: number): boolean {
  switch (target.op) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>=':
      return value >= target.value;
  }
}

/** What one scale produced: numbers, and for each metric that could not be measured, why. */
export interface ScaleResult {
  dossiers: number;
  values: Partial<Record<MetricName, number>>;
  unavailable: Partial<Record<MetricName, string>>;
}
