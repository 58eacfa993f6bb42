// The desk operators (electron/security/operators): the list kept in the ledger, who is working at this
// desk now (recorded on every later write), adding and retiring names. The very first name of a ledger is
// added by the host itself; after that, changes to the list record the operator making them.
import type { OperatorsView } from '../../../shared/api/operator-schemas';
import { addOperator, listOperators, operatorActor, retireOperator } from '../../security/operators';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';

type OperatorHandlers = Pick<Handlers, 'operators.list' | 'operators.add' | 'operators.retire' | 'operators.select'>;

export function operatorHandlers(ctx: ApiContext): OperatorHandlers {
  const desk = ctx.desk;
  const view = (): OperatorsView => ({
    operators: listOperators(desk.hostSession().db, { includeRetired: true }).map((o) => ({
      name: o.name,
      createdAt: o.createdAt,
      createdBy: o.createdBy,
      retiredAt: o.retiredAt,
      retiredBy: o.retiredBy,
    })),
    current: desk.operator(),
  });
  const at = () => new Date(ctx.clock());
  return {
    'operators.list': view,
    'operators.add': ({ name }) => {
      const host = desk.hostSession();
      const first = listOperators(host.db).length === 0;
      // Without anyone on the list yet, nobody can be chosen: the host records the first name.
      const actor = first ? host.actor : desk.session().actor;
      const added = addOperator(host.db, name, { actor, at: at() });
      if (desk.operator() === null) desk.selectOperator(added.name);
      return view();
    },
    'operators.retire': ({ name }) => {
      const session = desk.session();
      const actor = session.actor;
      const target = operatorActor(session.db, name);
      if (listOperators(session.db).length <= 1) throw rejected('Phải còn ít nhất một cán bộ đang làm việc: hãy thêm tên người thay trước khi đánh dấu người này thôi làm việc.');
      const retired = retireOperator(session.db, target, { actor, at: at() });
      if (desk.operator() === retired.name) desk.selectOperator(null);
      return view();
    },
    'operators.select': ({ name }) => {
      desk.selectOperator(name);
      return view();
    },
  };
}
