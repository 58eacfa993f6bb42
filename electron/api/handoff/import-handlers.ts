// Importing a package from the screens: the file (uploaded by the browser, or read from the path the
// native dialog gave), the dry run — a refused package is an answer, not a failure — then the import of
// exactly the previewed bytes; and the conflicts between desks with the person's choice.
import path from 'node:path';
import type { PreviewView } from '../../../shared/api/handoff-schemas';
import { listConflicts, resolveConflict } from '../../handoff';
import { runInWorker } from '../../workers/run-task';
import { type ChosenFileRule, readChosenFile } from '../chosen-files';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected, unsupported } from '../errors';
import { bytesOf } from '../files';
import { type PendingPackages, createPendingPackages } from './pending-packages';
import { conflictView, previewView } from './presenters';
import { asApiErrors, hintFor } from './refusals';
import { OPEN_DIALOG_TITLES } from '../dialog-titles';

type ImportHandlers = Pick<
  Handlers,
  'handoff.choosePackageFile' | 'handoff.preview' | 'handoff.import' | 'handoff.conflicts' | 'handoff.resolveConflict'
>;

/** Far above any commune's full package; a bigger file is not one of ours. */
const PACKAGE_FILE: ChosenFileRule = { dialog: OPEN_DIALOG_TITLES.packageFile, maxBytes: 512 * 1024 * 1024, tooBig: 'quá lớn để là một gói bàn giao' };

/** A package file the page names: in Electron only one the open dialog handed out (host.allowsPath). */
export const readChosenPackage = (ctx: ApiContext, file: string): Uint8Array => readChosenFile(ctx, file, PACKAGE_FILE);

const outcomeMessage = (c: Record<string, number>, written: boolean) =>
  written
    ? `Đã nhập gói: thêm mới ${c.new}, cập nhật ${c.updated}, không đổi ${c.unchanged}, xung đột ${c.conflict}, từ chối ${c.rejected}.` +
      ((c.conflict ?? 0) > 0 ? ' Các hồ sơ xung đột giữ nguyên bản trong sổ; bản kia được lưu lại để chọn ở mục Xung đột.' : '')
    : 'Không có gì mới để ghi: sổ giữ nguyên.';

export function importHandlers(ctx: ApiContext, pending: PendingPackages = createPendingPackages()): ImportHandlers {
  const session = () => ctx.ledger.session();
  return {
    'handoff.choosePackageFile': async () => {
      if (!ctx.host.choosePackageFile) throw unsupported('Hộp thoại chọn tệp gói');
      return { path: await ctx.host.choosePackageFile() };
    },
    'handoff.preview': ({ source, passphrase, trustNewUnit, jobId }) =>
      asApiErrors(async (): Promise<PreviewView> => {
        const fileName = source.kind === 'upload' ? source.fileName : path.basename(source.path);
        const bytes = source.kind === 'upload' ? bytesOf(source.contentBase64) : readChosenPackage(ctx, source.path);
        session(); // refuses while the ledger is not open
        const task = { kind: 'handoff-preview', ledgerFile: ctx.ledger.file, bytes, fileName, passphrase: passphrase === '' ? null : passphrase, trustNewUnit } as const;
        // Decrypting, checking the signature and planning every dossier takes seconds for a big package: in a worker.
        const result = await ctx.jobs.run(jobId, { label: 'Đang mở gói', cancelled: 'Đã hủy xem trước gói.' }, ({ signal, onProgress }) => runInWorker(task, { signal, onProgress }));
        if (result.kind === 'refused') return { status: 'refused', fileName, reason: result.reason, message: result.message, hint: hintFor(result.reason) };
        const previewId = pending.put({ fileName, bytes, passphrase: task.passphrase, trustNewUnit, counts: result.preview.counts }, ctx.clock());
        return previewView(result.preview, previewId);
      }),
    'handoff.import': ({ previewId, jobId }) =>
      asApiErrors(async () => {
        const p = pending.take(previewId, ctx.clock());
        if (!p) throw rejected('Không tìm thấy lần xem trước này (có thể đã quá 30 phút hoặc gói đã được nhập). Hãy chọn gói và xem trước lại.');
        const s = session();
        const task = {
          kind: 'handoff-import',
          ledgerFile: ctx.ledger.file,
          actor: s.actor,
          bytes: p.bytes,
          fileName: p.fileName,
          passphrase: p.passphrase,
          trustNewUnit: p.trustNewUnit,
          expected: p.counts,
          at: ctx.clock(),
        } as const;
        // Opened, checked and written in a worker, the one writer meanwhile (api/ledger-writer).
        const outcome = await ctx.jobs.run(jobId, { label: 'Đang mở gói', cancelled: 'Đã hủy nhập gói: chưa ghi gì vào sổ.' }, ({ signal, gate, onProgress }) =>
          runInWorker({ ...task, gate }, { signal, onProgress }),
        );
        s.invalidate();
        const written = outcome.batchId !== null;
        return { written, counts: outcome.counts, message: outcomeMessage(outcome.counts, written) };
      }),
    'handoff.conflicts': ({ includeResolved }) => ({ conflicts: listConflicts(session(), { includeResolved }).map(conflictView) }),
    'handoff.resolveConflict': ({ id, keep }) =>
      asApiErrors(() => {
        const record = resolveConflict(session(), id, keep, new Date(ctx.clock()));
        return {
          code: record.code,
          version: record.version,
          message: `Đã giải quyết xung đột số ${id}: hồ sơ ${record.code} ${keep === 'local' ? 'giữ bản trong sổ' : 'lấy bản của máy kia'}; lịch sử giữ cả hai bản.`,
        };
      }),
  };
}
