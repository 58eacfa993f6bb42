// Under an intake field that failed its check: the message and, when the value may be kept (a reception
// far in the past or later than the computer's clock, a passport number, a number abroad), the check box
// that keeps it on purpose.
import type { ConfirmableField, IntakeProblem } from '../../../shared/dossier/intake-checks';
import { useIntake } from './intake-store';

const CONFIRMABLE: readonly string[] = ['receivedAt', 'idNumber', 'phone'] satisfies ConfirmableField[];
const isConfirmable = (field: string): field is ConfirmableField => CONFIRMABLE.includes(field);

export function FieldProblem(props: { problem: IntakeProblem | null; confirmLabel?: string; withMessage?: boolean }) {
  const { problem } = props;
  if (!problem) return null;
  const field = problem.field;
  const confirm = () => {
    if (!isConfirmable(field)) return;
    const { form, update } = useIntake.getState();
    update({ confirmed: { ...form.confirmed, [field]: true } });
    useIntake.setState({ problems: useIntake.getState().problems.filter((p) => p.field !== field) });
  };
  return (
    <>
      {props.withMessage === false ? null : (
        <small className="field-error" role="alert" id={`${field}-error`}>
          {problem.message}
        </small>
      )}
      {problem.confirmable && isConfirmable(field) ? (
        <label className="override">
          <input type="checkbox" data-testid={`confirm-${field}`} onChange={(e) => e.target.checked && confirm()} /> {problem.confirmLabel ?? props.confirmLabel}
        </label>
      ) : null}
    </>
  );
}
