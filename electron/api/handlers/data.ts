// Ledger import (dry run, then the same file for real) and a backup saved where the person chooses
// (automatic backups and restoring: handlers/backups).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isoFromDay } from '../../../shared/time/day';
import { formatMinute } from '../../../shared/time/local-time';
import { ImportRejectedError } from '../../services/import-apply';
import type { ImportPlanView } from '../../../shared/api/setup-schemas';
import type { ImportPlan, PlanAction } from '../../services/import-plan';
import { runInWorker } from '../../workers/run-task';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected, unsupported } from '../errors';
import { MIME, toFileDto } from '../files';
import { importFileBytes } from '../import-file';
import { nowOf } from './clock';

type DataHandlers = Pick<Handlers, 'import.chooseFile' | 'import.plan' | 'import.apply' | 'backup.create'>;

const PREVIEW_ROWS = 200;

const ACTION_LABELS: Record<PlanAction, string> = {
  new: 'Thêm mới',
  unchanged: 'Không đổi',
  conflict: 'Xung đột',
  linked: 'Ghép với hồ sơ đã có',
  undecided: 'Chờ quyết định',
};

function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'so-mot-cua-'));
  return use(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

function stamp(ctx: ApiContext): string {
  const now = nowOf(ctx);
  return `${isoFromDay(now.day)}-${formatMinute(now.minute).replace(':', '')}`;
}

/** The dry run as the import screen shows it (the first rows of each list). */
export function planViewOf(plan: ImportPlan, planId: string): ImportPlanView {
  return {
    planId,
    fileName: plan.fileName,
    rows: plan.items.length + plan.counts.rejected,
    counts: plan.counts,
    problems: plan.problems.slice(0, PREVIEW_ROWS),
    warnings: plan.warnings,
    ...(plan.sheets ? { sheets: plan.sheets } : {}),
    ...(plan.hiddenSheets ? { hiddenSheets: plan.hiddenSheets } : {}),
    ...(plan.sheet !== undefined ? { sheet: plan.sheet } : {}),
    conflicts: plan.items
      .filter((i) => i.action === 'conflict')
      .slice(0, PREVIEW_ROWS)
      .map((i) => ({ line: i.line, code: i.code, differences: i.differences })),
    sample: plan.items.slice(0, PREVIEW_ROWS).map((i) => ({
      line: i.line,
      code: i.code,
      procedure: i.imported.facts.procedureName,
      receivedAt: `${isoFromDay(i.imported.facts.receivedAt.day)} ${formatMinute(i.imported.facts.receivedAt.minute)}`,
      action: ACTION_LABELS[i.action],
    })),
  };
}

export function dataHandlers(ctx: ApiContext): DataHandlers {
  const session = () => ctx.ledger.session();
  return {
    'import.chooseFile': async () => {
      if (!ctx.host.chooseImportFile) throw unsupported('Hộp thoại chọn tệp sổ theo dõi');
      return { path: await ctx.host.chooseImportFile() };
    },
    'import.plan': async ({ fileName, contentBase64, path: chosenPath, sheet, jobId }) => {
      const bytes = importFileBytes(ctx, { contentBase64, path: chosenPath });
      session(); // refuses while the ledger is not open
      // Reading and checking every row takes seconds for a large file: in a worker, over its own connection.
      const chosen = sheet === undefined ? {} : { sheet };
      const plan = await ctx.jobs.run(jobId, { label: 'Đang đọc tệp', cancelled: 'Đã hủy chạy thử.' }, ({ signal, onProgress }) =>
        runInWorker({ kind: 'import-plan', ledgerFile: ctx.ledger.file, bytes, fileName, options: chosen }, { signal, onProgress }),
      );
      const planId = ctx.imports.put({ fileName, bytes, ...chosen, options: chosen }, ctx.clock());
      return planViewOf(plan, planId);
    },
    'import.apply': async ({ planId, update, jobId }) => {
      const pending = ctx.imports.take(planId, ctx.clock());
      if (!pending) throw rejected('Không tìm thấy lần chạy thử này (có thể đã quá một giờ hoặc đã nhập). Hãy chọn tệp và chạy thử lại.');
      const s = session();
      // Checked again against the ledger as it is now, then written, both in the worker: while it runs
      // every other write is answered "busy" (api/ledger-writer), so nothing comes between.
      const task = { kind: 'import-apply', ledgerFile: ctx.ledger.file, actor: s.actor, bytes: pending.bytes, fileName: pending.fileName, options: pending.options ?? {}, update, at: ctx.clock() } as const;
      const result = await ctx.jobs.run(jobId, { label: 'Đang đọc tệp', cancelled: 'Đã hủy nhập: chưa ghi gì vào sổ.' }, ({ signal, gate, onProgress }) =>
        runInWorker({ ...task, gate }, { signal, onProgress }),
      );
      if (result.kind === 'rejected') throw new ImportRejectedError(result.problems);
      const outcome = result.outcome;
      return { inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, skippedConflicts: outcome.skippedConflicts, linked: outcome.linked, undecided: outcome.undecided };
    },
    // The copy and its full check in the worker, queued behind any backup or check under way (never two at
    // once); the command does not hold the others meanwhile, nor while the save dialog is open (dispatch.ts).
    'backup.create': async ({ jobId }) => {
      const s = session();
      const fileName = `so-mot-cua-sao-luu-${stamp(ctx)}.db`;
      const copy = (target: string) =>
        ctx.jobs.run(jobId, { label: 'Đang chuẩn bị sao lưu', cancelled: 'Đã hủy sao lưu.', cancellable: false }, ({ onProgress }) => ctx.desk.copyTo(target, onProgress));
      if (ctx.host.chooseSaveTarget) {
        const target = await ctx.host.chooseSaveTarget(fileName);
        if (target === null) return { dossiers: s.dossiers.count(), savedTo: null, file: null };
        const result = await copy(target);
        return { dossiers: result.dossiers, savedTo: result.file, file: null };
      }
      return withTempDir(async (dir) => {
        const result = await copy(path.join(dir, fileName));
        return { dossiers: result.dossiers, savedTo: null, file: toFileDto(fileName, MIME.db, readFileSync(result.file)) };
      });
    },
  };
}
