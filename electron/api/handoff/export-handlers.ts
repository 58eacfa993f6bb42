// The export wizard's commands: the unit's identity and the ledger's role, the removable drives, the
// native folder dialog, and writing a package into the chosen folder (handoff.md: through a verified
// temporary file, never over an existing package).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExportOutcome as ExportOutcomeDto, IdentityView } from '../../../shared/api/handoff-schemas';
import { periodKey } from '../../../shared/periods/period';
import { isoFromDay } from '../../../shared/time/day';
import { formatMinute } from '../../../shared/time/local-time';
import { type ExportOutcome, KIND_LABELS_VI, setReceivingOffice, unitIdentity, ledgerRole } from '../../handoff';
import { ensureUnitKey } from '../../handoff/unit-identity';
import type { LedgerSession } from '../../services/ledger-session';
import { listRemovableDrives } from '../../services/removable-drives';
import { resolvePeriodRequest } from '../../services/report-service';
import { runInWorker } from '../../workers/run-task';
import type { WorkerTask } from '../../workers/worker-tasks';
import { removePackageLeftovers } from '../../handoff/package-file';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected, unsupported } from '../errors';
import { safeFileName } from '../files';
import { nowOf } from '../handlers/clock';
import { asApiErrors } from './refusals';

type ExportHandlers = Pick<Handlers, 'handoff.identity' | 'handoff.drives' | 'handoff.chooseFolder' | 'handoff.export' | 'handoff.setRole'>;

export function identityOf(session: LedgerSession, create: boolean, at: Date): IdentityView {
  const identity = unitIdentity(session, { create, at });
  const s = session.settings();
  return {
    unitCode: s.unitCode,
    unitName: s.unitName,
    fingerprint: identity?.fingerprint ?? null,
    keyCreatedAt: identity?.keyCreatedAt ?? null,
    role: ledgerRole(session),
  };
}

/** An existing folder, given as an absolute path. */
export function checkFolder(folder: string): string {
  if (!path.isAbsolute(folder)) throw rejected(`"${folder}" không phải đường dẫn đầy đủ của một thư mục (ví dụ E:\\ hoặc /media/canbo/USB).`);
  let isDirectory = false;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch (error) {
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw rejected(`Không mở được thư mục "${folder}" (ổ USB có thể đã bị rút ra hoặc thư mục không tồn tại).`);
  }
  if (!isDirectory) throw rejected(`"${folder}" không phải một thư mục.`);
  return folder;
}

/** "SoMotCua-000.00.21.H57-2024-Q1-nd09-bao-cao-20240320-0930.somc", never the name of an existing file. */
export function targetIn(folder: string, base: string): string {
  const name = safeFileName(base);
  for (let n = 1; n < 1000; n += 1) {
    const file = path.join(folder, `${name}${n === 1 ? '' : `-${n}`}.somc`);
    if (!existsSync(file)) return file;
  }
  throw rejected(`Thư mục "${folder}" đã có quá nhiều gói cùng tên; hãy chọn thư mục khác.`);
}

function describe(o: ExportOutcome, periodLabel: string | null): string {
  return o.kind === 'full'
    ? `Gói đầy đủ (đã mã hóa): ${o.counts.dossiers ?? 0} hồ sơ, ${o.counts.history_events ?? 0} sự kiện lịch sử.`
    : `Gói báo cáo ${periodLabel ?? ''}: ${o.counts.received ?? 0} hồ sơ tiếp nhận, ${o.counts.late_dossiers ?? 0} hồ sơ quá hạn; không có dữ liệu cá nhân.`;
}

function dto(o: ExportOutcome, what: string): ExportOutcomeDto {
  return {
    kind: o.kind,
    kindLabel: KIND_LABELS_VI[o.kind],
    path: o.file,
    fileName: path.basename(o.file),
    size: o.size,
    sha256: o.sha256,
    fingerprint: o.fingerprint,
    packageId: o.packageId,
    counts: o.counts,
    what,
  };
}

/** "20240320-0930": the desk's local time, for package file names. */
export function fileStamp(ctx: ApiContext): string {
  const now = nowOf(ctx);
  return `${isoFromDay(now.day).replaceAll('-', '')}-${formatMinute(now.minute).replace(':', '')}`;
}

export function exportHandlers(ctx: ApiContext): ExportHandlers {
  const session = () => ctx.ledger.session();
  const stamp = () => fileStamp(ctx);
  return {
    'handoff.identity': ({ create }) => asApiErrors(() => identityOf(session(), create, new Date(ctx.clock()))),
    'handoff.drives': () => listRemovableDrives(ctx.driveProbe),
    'handoff.chooseFolder': async () => {
      if (!ctx.host.chooseFolder) throw unsupported('Hộp thoại chọn thư mục');
      return { path: await ctx.host.chooseFolder('Chọn thư mục lưu gói bàn giao') };
    },
    'handoff.export': (input) =>
      asApiErrors(async () => {
        const s = session();
        const folder = checkFolder(input.folder);
        const at = new Date(ctx.clock());
        const unit = safeFileName(s.settings().unitCode || 'don-vi');
        // The unit key on the one writer (the first export makes it); the package itself in a worker.
        ensureUnitKey(s.db, { actor: s.actor, at });
        const common = { kind: 'handoff-export', ledgerFile: ctx.ledger.file, actor: s.actor, at: at.getTime() } as const;
        const inWorker = (task: Extract<WorkerTask, { kind: 'handoff-export' }>) =>
          ctx.jobs.run(input.jobId, { label: 'Đang tạo gói', cancelled: 'Đã hủy: không có tệp gói nào được ghi.' }, ({ signal, onProgress }) =>
            runInWorker(task, { signal, onProgress }).catch((error: unknown) => {
              // Cancelled: the worker has stopped; what it had begun to write goes.
              if (signal.aborted) removePackageLeftovers(task.out);
              throw error;
            }),
          );
        if (input.kind === 'full') {
          const out = targetIn(folder, `SoMotCua-${unit}-day-du-${stamp()}`);
          const outcome = await inWorker({ ...common, out, package: { kind: 'full', passphrase: input.passphrase } });
          return dto(outcome, describe(outcome, null));
        }
        const period = resolvePeriodRequest(s, { period: input.period, rule: input.rule });
        const out = targetIn(folder, `SoMotCua-${unit}-${periodKey(period).replace('@', '-')}-bao-cao-${stamp()}`);
        const outcome = await inWorker({ ...common, out, package: { kind: 'report', period } });
        return dto(outcome, describe(outcome, period.label));
      }),
    'handoff.setRole': ({ receivingOffice }) =>
      asApiErrors(() => {
        const s = session();
        const at = new Date(ctx.clock());
        setReceivingOffice(s, receivingOffice, at);
        return identityOf(s, false, at);
      }),
  };
}
