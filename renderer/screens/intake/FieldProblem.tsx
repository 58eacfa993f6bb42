// Under an intake field that failed its check: the message and, when the value may be kept (an old
// reception, a passport number, a number abroad), the check box that keeps it on purpose.
import type { IntakeProblem } from '../../../shared/dossier/intake-checks';
import { useIntake } from './intake-store';

export function FieldProblem(props: { problem: IntakeProblem | null; confirmLabel: string; withMessage?: boolean }) {
  const { problem } = props;
  if (!problem) return null;
  const confirm = () => {
    const { form, update } = useIntake.getState();
    update({ confirmed: { ...form.confirmed, [problem.field]: true } });
    useIntake.setState({ problems: useIntake.getState().problems.filter((p) => p.field !== problem.field) });
  };
  return (
    <>
      {props.withMessage === false ? null : (
        <small className="field-error" role="alert" id={`${problem.field}-error`}>
          {problem.message}
        </small>
      )}
      {problem.confirmable ? (
        <label className="override">
          <input type="checkbox" data-testid={`confirm-${problem.field}`} onChange={(e) => e.target.checked && confirm()} /> {props.confirmLabel}
        </label>
      ) : null}
    </>
  );
}
