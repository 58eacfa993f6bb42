// The procedure catalogue (picker and editor) and the live due date of the reception screen.
import type { ProcedureView } from '../../../shared/api/setup-schemas';
import type { Procedure } from '../../../shared/catalogue/procedure';
import { dayFromIso, dayFromYmd, viDate, weekdayNameVi } from '../../../shared/time/day';
import { formatMinute, parseLocalDateTime, parseMinute } from '../../../shared/time/local-time';
import { ruleForOffice } from '../../services/due-dates';
import { addCatalogueVersion, catalogueKeyOf } from '../../services/catalogue-edit';
import { deadlineFor } from '../../services/deadline-service';
import { procedureAtReception } from '../../services/dossier-intake';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { procedureView, statutoryTimeVi } from '../presenters/procedure';
import { auditOf, todayOf } from './clock';

/** A day far enough ahead to see every open-ended catalogue version. */
const FAR_FUTURE = dayFromYmd(2099, 12, 31);

type CatalogueHandlers = Pick<Handlers, 'catalogue.list' | 'catalogue.addVersion' | 'deadline.preview'>;

export function catalogueHandlers(ctx: ApiContext): CatalogueHandlers {
  const session = () => ctx.ledger.session();
  return {
    'catalogue.list': ({ on }) => {
      const s = session();
      const fields = s.catalogue.fields().map((f) => f.name);
      if (on !== null) return { fields, procedures: s.catalogue.listActive(dayFromIso(on)).map(procedureView) };
      const seen = new Set<string>();
      const procedures: ProcedureView[] = [];
      for (const p of [...s.catalogue.listActive(todayOf(ctx)), ...s.catalogue.listActive(FAR_FUTURE)]) {
        if (seen.has(p.code)) continue;
        seen.add(p.code);
        procedures.push(...s.catalogue.versionsOf(p.code).map(procedureView));
      }
      return { fields, procedures };
    },
    'catalogue.addVersion': (input) => {
      const s = session();
      if (input.timeUnit === 'same_day' && input.cutoff === null) throw rejected('Thủ tục giải quyết trong ngày cần giờ tiếp nhận muộn nhất (ví dụ 15:00).');
      const procedure: Procedure = {
        code: catalogueKeyOf(input.code, input.name),
        name: input.name,
        field: input.field,
        rule: { timeValue: input.timeValue, timeUnit: input.timeUnit, cutoffMinute: input.cutoff === null ? null : parseMinute(input.cutoff), extraWorkingDays: 0 },
        note: input.note,
        confidence: 'practice',
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
      };
      return procedureView(addCatalogueVersion(s, procedure, auditOf(ctx)));
    },
    'deadline.preview': ({ procedureCode, receivedAt, channel }) => {
      const s = session();
      const at = parseLocalDateTime(receivedAt);
      if (!at) throw rejected('Thời điểm tiếp nhận không hợp lệ.');
      const procedure = procedureAtReception(s, procedureCode, at);
      const answer = deadlineFor(s, procedure.code, receivedAt, channel);
      const dueDay = dayFromIso(answer.due);
      const dueText = `${weekdayNameVi(dueDay)}, ${viDate(dueDay)}${answer.dueMinute === null ? '' : ` lúc ${formatMinute(answer.dueMinute)}`}`;
      return {
        procedureCode: procedure.code,
        procedureName: procedure.name,
        statutoryTime: statutoryTimeVi(ruleForOffice(s, procedure)),
        due: answer.due,
        dueMinute: answer.dueMinute,
        dueText,
        explanation: answer.explanation,
        provisional: answer.provisional,
      };
    },
  };
}
