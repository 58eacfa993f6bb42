// One scale, one ledger file, every measurement in turn: the read-only ones first (search, pages,
// report, exports), then the ones that write (intake adds 1,000 dossiers, the import 100,000). The file
// lives in the system's temporary folder and is deleted at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedgerSession } from '../electron/services/ledger-session';
import { scaleName } from './args';
import { BENCH_ACTOR, defaultYears, generateLedger } from './generate/generate-ledger';
import { createRandom } from './generate/random';
import { measureApiWait } from './measure/api-wait';
import { measureImportWait } from './measure/import-wait';
import { measureDocuments } from './measure/documents';
import { measureFsyncFloor } from './measure/fsync-floor';
import { IMPORT_ROWS, measureImport } from './measure/import';
import { FOREIGN_IMPORT_ROWS, measureForeignImport } from './measure/foreign-import';
import { measureIntake } from './measure/intake';
import { measurePages } from './measure/ledger-page';
import { busiestQuarter, measureReport } from './measure/report';
import { measureRecompute } from './measure/recompute';
import { measureSearch } from './measure/search';
import { type Optional, missing } from './measure/optional';
import type { ScaleResult } from './metrics';
import { pageRequests } from './workload/page-requests';
import { searchPrefixes } from './workload/search-prefixes';

export type Log = (line: string) => void;

async function optional(paths: readonly string[], issue: string, measure: () => Promise<Optional>): Promise<Optional> {
  const reason = missing(paths, issue);
  return reason === null ? measure() : { available: false, reason };
}

function record(result: ScaleResult, metric: 'consolidate_100_units_ms' | 'web_cold_start_ms', outcome: Optional, log: Log, name: string): void {
  if (outcome.available) {
    result.values[metric] = outcome.ms;
    log(`[${name}] ${metric} ${fmt(outcome.ms)} (${outcome.note})`);
  } else {
    result.unavailable[metric] = outcome.reason;
    log(`[${name}] ${metric}: not available — ${outcome.reason}`);
  }
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

export async function runScale(dossiers: number, options: { keep: boolean; log: Log }): Promise<ScaleResult> {
  const { log } = options;
  const name = scaleName(dossiers);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `so-mot-cua-bench-${name}-`));
  const file = path.join(dir, 'so.db');
  const result: ScaleResult = { dossiers, values: {}, unavailable: {} };
  const v = result.values;
  try {
    log(`[${name}] generating ${dossiers} dossiers in ${file} …`);
    const ledger = generateLedger({ file, dossiers });
    v.generate_ms = ledger.milliseconds;
    log(`[${name}] generated in ${(ledger.milliseconds / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB`);

    const fsync = measureFsyncFloor(dir);
    v.fsync_p50_ms = fsync.p50;
    v.fsync_p99_ms = fsync.p99;
    log(`[${name}] fsync floor p50 ${fmt(fsync.p50)}, p99 ${fmt(fsync.p99)}`);

    const session = openLedgerSession(file, { actor: BENCH_ACTOR, mustExist: true });
    try {
      const search = measureSearch(session, searchPrefixes(session.db, createRandom(11)));
      v.search_p50_ms = search.p50;
      v.search_p99_ms = search.p99;
      log(`[${name}] search p50 ${fmt(search.p50)}, p99 ${fmt(search.p99)}; slowest "${search.slowest.label}" ${fmt(search.slowest.ms)}`);

      const pages = measurePages(session, pageRequests(session.db, session.dossiers, createRandom(13), ledger.asOf));
      v.page_p50_ms = pages.p50;
      v.page_p99_ms = pages.p99;
      log(`[${name}] page p50 ${fmt(pages.p50)}, p99 ${fmt(pages.p99)}; slowest ${pages.slowest.label} ${fmt(pages.slowest.ms)}`);

      const period = busiestQuarter(session, ledger.from, ledger.asOf);
      const report = measureReport(session, period);
      v.report_ms = report.reportMs;
      v.count_floor_ms = report.countFloorMs;
      v.report_ratio = report.reportMs / report.countFloorMs;
      log(`[${name}] report ${period.label} (${report.counted} dossiers) ${fmt(report.reportMs)}, count(*) floor ${fmt(report.countFloorMs)}`);

      const documents = await measureDocuments(session, period);
      v.report_pdf_ms = documents.pdfMs;
      v.report_xlsx_ms = documents.xlsxMs;
      log(`[${name}] PDF ${fmt(documents.pdfMs)} (${(documents.pdfBytes / 1024).toFixed(0)} KiB), XLSX ${fmt(documents.xlsxMs)} (${(documents.xlsxBytes / 1024).toFixed(0)} KiB)`);

      const consolidation = await optional(['electron/handoff/index.ts'], 'issue 5', async () => {
        const { measureConsolidation } = await import('./measure/consolidation');
        return measureConsolidation(dossiers, defaultYears(dossiers), period, dir);
      });
      record(result, 'consolidate_100_units_ms', consolidation, log, name);

      const web = await optional(['electron/hosts/web/main.ts'], 'issue 4', async () => {
        const { measureWebColdStart } = await import('./measure/web-host');
        return measureWebColdStart(file, dir);
      });
      record(result, 'web_cold_start_ms', web, log, name);

      const wait = await measureApiWait(file, period);
      v.api_wait_idle_p99_ms = wait.idleP99;
      v.api_wait_backup_p99_ms = wait.backupP99;
      v.api_wait_report_p99_ms = wait.reportP99;
      log(
        `[${name}] API wait p99 idle ${fmt(wait.idleP99)}, during a backup ${fmt(wait.backupP99)} (${wait.backupCalls} calls over ${fmt(wait.backupMs)}), ` +
          `during the report PDF ${fmt(wait.reportP99)} (${wait.reportCalls} calls over ${fmt(wait.reportMs)})`,
      );

      const intake = measureIntake(session, ledger.asOf);
      v.intake_p50_ms = intake.p50;
      v.intake_p99_ms = intake.p99;
      v.intake_fsync_ratio = intake.p50 / fsync.p50;
      log(`[${name}] intake p50 ${fmt(intake.p50)}, p99 ${fmt(intake.p99)}`);

      const imported = await measureImport(session, ledger.asOf);
      v.import_rows_per_s = imported.rowsPerSecond;
      log(`[${name}] import ${imported.rows} rows: plan ${fmt(imported.planMs)}, apply ${fmt(imported.applyMs)} → ${imported.rowsPerSecond.toFixed(0)} rows/s`);

      const recompute = measureRecompute(session, ledger.asOf);
      v.recompute_day_off_ms = recompute.addMs;
      v.recompute_moved_dossiers = recompute.moved;
      log(`[${name}] day off ${recompute.day}: ${recompute.moved} of ${recompute.openDossiers} pending dossiers moved in ${fmt(recompute.addMs)}, back in ${fmt(recompute.removeMs)}`);
      const foreign = await measureForeignImport(session, ledger.asOf, Math.min(FOREIGN_IMPORT_ROWS, dossiers));
      v.import_foreign_xlsx_rows_per_s = foreign.rowsPerSecond;
      log(`[${name}] province XLSX ${foreign.rows} rows: plan ${fmt(foreign.planMs)}, apply ${fmt(foreign.applyMs)} → ${foreign.rowsPerSecond.toFixed(0)} rows/s`);
      const importWait = await measureImportWait(file, ledger.asOf, Math.min(IMPORT_ROWS, dossiers));
      v.api_wait_import_p99_ms = importWait.p99;
      log(`[${name}] API wait p99 during a ${importWait.rows}-row CSV import ${fmt(importWait.p99)} (${importWait.calls} calls over ${fmt(importWait.ms)})`);
    } finally {
      session.close();
    }
  } finally {
    if (options.keep) log(`[${name}] kept ${file}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
