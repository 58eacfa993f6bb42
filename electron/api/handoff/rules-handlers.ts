// The rules update at a commune from the screens: the receiving offices it accepts updates from, the dry
// run of a package (a refused package is an answer, not a failure), then the import of exactly the
// previewed bytes — refused when the ledger changed so that it would do something else.
import path from 'node:path';
import type { RulesPreviewView } from '../../../shared/api/rules-update-schemas';
import {
  PackageRefusedError,
  type RulesUpdatePreview,
  exportRulesUpdate,
  listRulesAuthorities,
  parseRulesSource,
  previewRulesUpdate,
  registerRulesAuthority,
} from '../../handoff';
import {
  CALENDAR_ACTION_VI,
  PROCEDURE_ACTION_VI,
  SCHEDULE_ACTION_VI,
  calendarItemText,
  importedText,
  movedSummaryText,
  movedText,
  procedureItemText,
  ruleChangedText,
  scheduleItemText,
} from '../../handoff/rules-update-wording';
import { viInstant } from '../../reliability/vi-time';
import { runInWorker } from '../../workers/run-task';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { bytesOf } from '../files';
import { auditOf } from '../handlers/clock';
import { checkFolder, fileStamp, targetIn } from './export-handlers';
import { safeFileName } from '../files';
import { readChosenPackage } from './import-handlers';
import { type PendingStore, createPendingStore } from './pending-packages';
import { asApiErrors, hintFor } from './refusals';

type RulesHandlers = Pick<Handlers, 'rules.senders' | 'rules.registerSender' | 'rules.preview' | 'rules.import' | 'rules.make'>;

/** The screen's way forward where the module's message names a command-line command. */
function rulesHintFor(reason: PackageRefusedError['reason']): string | null {
  if (reason === 'unknown_unit' || reason === 'untrusted_key') {
    return 'Trong ứng dụng: sau khi gọi điện xác nhận dấu vân tay với đơn vị gửi, đăng ký ở mục "Nơi gửi cập nhật quy định" ngay trên rồi xem trước lại.';
  }
  return reason === 'wrong_kind' ? 'Gói báo cáo và gói đầy đủ được nhập ở Bàn giao USB › Nhập gói.' : hintFor(reason);
}

interface PendingRulesUpdate {
  fileName: string;
  bytes: Uint8Array;
  planDigest: string;
  createdAt: number;
}

function readyView(p: RulesUpdatePreview, previewId: string): RulesPreviewView {
  const s = p.summary;
  return {
    status: 'ready',
    previewId,
    fileName: s.fileName,
    title: s.title,
    createdAt: s.createdAt,
    sender: s.sender,
    alreadyImported: p.alreadyImported ? `Gói này đã được nhập lúc ${viInstant(Date.parse(p.alreadyImported.importedAt))} (${p.alreadyImported.importedBy}).` : null,
    calendar: p.plan.calendar.map((c) => ({
      date: c.date,
      action: c.action,
      actionLabel: CALENDAR_ACTION_VI[c.action],
      before: c.before,
      after: c.after,
      text: calendarItemText(c),
    })),
    schedules: p.plan.schedules.map((n) => ({ year: n.year, action: n.action, actionLabel: SCHEDULE_ACTION_VI[n.action], text: scheduleItemText(n) })),
    procedures: p.plan.procedures.map((x) => ({
      code: x.code,
      name: x.name,
      action: x.action,
      actionLabel: PROCEDURE_ACTION_VI[x.action],
      effectiveFrom: x.effectiveFrom,
      text: procedureItemText(x),
    })),
    ruleChanged: p.ruleChanged.map((d) => ({ code: d.code, text: ruleChangedText(d) })),
    moved: p.moved.map((m) => ({ code: m.code, ended: m.ended, text: movedText(m) })),
    movedSummary: movedSummaryText(p.moved),
    writes: p.writes,
  };
}

export function rulesHandlers(ctx: ApiContext, pending: PendingStore<PendingRulesUpdate> = createPendingStore()): RulesHandlers {
  const session = () => ctx.ledger.session();
  return {
    'rules.make': ({ source, folder }) =>
      asApiErrors(() => {
        const s = session();
        const content = parseRulesSource(Buffer.from(bytesOf(source.contentBase64)).toString('utf8'), source.fileName);
        const out = targetIn(checkFolder(folder), `SoMotCua-${safeFileName(s.settings().unitCode || 'don-vi')}-cap-nhat-quy-dinh-${fileStamp(ctx)}`);
        const o = exportRulesUpdate(s, content, out, new Date(ctx.clock()));
        return {
          path: o.file,
          fileName: path.basename(o.file),
          size: o.size,
          sha256: o.sha256,
          fingerprint: o.fingerprint,
          title: content.title,
          calendarDays: o.counts.calendar_days,
          schedules: o.counts.schedules,
          procedures: o.counts.procedures,
        };
      }),
    'rules.senders': () => ({ senders: listRulesAuthorities(session().db) }),
    'rules.registerSender': ({ unitCode, unitName, fingerprint }) => asApiErrors(() => registerRulesAuthority(session().db, { unitCode, unitName, fingerprint }, auditOf(ctx))),
    'rules.preview': ({ source }) =>
      asApiErrors((): RulesPreviewView => {
        const fileName = source.kind === 'upload' ? source.fileName : path.basename(source.path);
        const bytes = source.kind === 'upload' ? bytesOf(source.contentBase64) : readChosenPackage(ctx, source.path);
        try {
          const preview = previewRulesUpdate(session(), bytes, { fileName, at: new Date(ctx.clock()) });
          const previewId = pending.put({ fileName, bytes, planDigest: preview.planDigest }, ctx.clock());
          return readyView(preview, previewId);
        } catch (error) {
          if (!(error instanceof PackageRefusedError)) throw error;
          return { status: 'refused', fileName, reason: error.reason, message: error.message, hint: rulesHintFor(error.reason) };
        }
      }),
    'rules.import': ({ previewId, jobId }) =>
      asApiErrors(async () => {
        const p = pending.take(previewId, ctx.clock());
        if (!p) throw rejected('Không tìm thấy lần xem trước này (có thể đã quá 30 phút hoặc gói đã được nhập). Hãy chọn gói và xem trước lại.');
        const s = session();
        const task = { kind: 'rules-import', ledgerFile: ctx.ledger.file, actor: s.actor, bytes: p.bytes, fileName: p.fileName, expected: p.planDigest, at: ctx.clock() } as const;
        // In a worker, the one writer meanwhile (api/ledger-writer); the calendar and settings this thread keeps are read again after.
        const outcome = await ctx.jobs.run(jobId, { label: 'Đang mở gói', cancelled: 'Đã hủy nhập cập nhật quy định: chưa ghi gì vào sổ.' }, ({ signal, gate, onProgress }) =>
          runInWorker({ ...task, gate }, { signal, onProgress }),
        );
        s.invalidate();
        if (!outcome.writes) return { written: false, message: 'Không có gì mới để ghi: sổ giữ nguyên.' };
        return { written: true, message: importedText(outcome) };
      }),
  };
}
