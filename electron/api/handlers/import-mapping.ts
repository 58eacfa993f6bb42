// The mapping step of a foreign dossier list in the app: the dry run with a mapping, a profile and
// decisions (kept with the file so "Nhập vào sổ" writes exactly what was previewed), and the profiles.
import type { ForeignPlanView } from '../../../shared/api/import-mapping-schemas';
import { type ForeignMapping, foreignMappingSchema } from '../../import/foreign';
import { createImportProfileRepository } from '../../ledger';
import type { ImportPlan } from '../../services/import-plan';
import { runInWorker } from '../../workers/run-task';
import { loadImportProfile, mappingOfReading, saveImportProfile } from '../../services/import-profiles';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { importFileBytes } from '../import-file';
import { planViewOf } from './data';

type MappingHandlers = Pick<Handlers, 'import.planForeign' | 'import.profiles' | 'import.saveProfile'>;

function checkedMapping(raw: unknown): ForeignMapping {
  const parsed = foreignMappingSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw rejected(`Bảng ghép cột có mục không hợp lệ${issue ? ` ở "${issue.path.join(' → ')}"` : ''}.`);
}

function foreignViewOf(plan: ImportPlan, planId: string, mapping: ForeignMapping | null): ForeignPlanView {
  return {
    ...planViewOf(plan, planId),
    counts: plan.counts,
    foreign: plan.foreign
      ? {
          headerLines: plan.foreign.headerLines,
          encoding: plan.foreign.encoding,
          columns: plan.foreign.columns.map((c) => ({ index: c.index, header: c.header, key: c.key, samples: c.samples })),
          mapping: mappingOfReading(plan.foreign, mapping),
        }
      : null,
    procedureSuggestions: plan.procedureSuggestions,
    undecided: plan.items
      .filter((i) => i.action === 'undecided')
      .map((i) => ({
        line: i.line,
        code: i.code,
        candidates: (i.candidates ?? []).map((c) => ({ code: c.code, receivedAt: c.receivedAt, applicantName: c.applicantName, by: c.by })),
      })),
  };
}

export function importMappingHandlers(ctx: ApiContext): MappingHandlers {
  const session = () => ctx.ledger.session();
  return {
    'import.planForeign': async ({ fileName, contentBase64, path, mapping, profile, decisions, sheet, jobId }) => {
      const s = session();
      const chosen = mapping ? checkedMapping(mapping) : profile ? loadImportProfile(s, profile) : null;
      const bytes = importFileBytes(ctx, { contentBase64, path });
      const options = { mapping: chosen, decisions: decisions ?? {}, ...(sheet === undefined ? {} : { sheet }) };
      // Reading and checking every row takes seconds for a large file: in a worker, over its own connection.
      const plan = await ctx.jobs.run(jobId, { label: 'Đang đọc tệp', cancelled: 'Đã hủy chạy thử: chưa ghi gì.' }, ({ signal, onProgress }) =>
        runInWorker({ kind: 'import-plan', ledgerFile: ctx.ledger.file, bytes, fileName, options }, { signal, onProgress }),
      );
      const planId = ctx.imports.put({ fileName, bytes, options }, ctx.clock());
      return foreignViewOf(plan, planId, chosen);
    },
    'import.profiles': async () => ({
      profiles: createImportProfileRepository(session().db)
        .list()
        .map((p) => ({ name: p.name, updatedAt: p.updatedAt })),
    }),
    'import.saveProfile': async ({ name, mapping }) => {
      saveImportProfile(session(), name, checkedMapping(mapping));
      return { name: name.trim() };
    },
  };
}
