// Under a changed identity number or phone of the edit dialog that fails the check of
// shared/dossier/citizen-numbers.ts (the one the intake and edit commands apply): the message and the
// check box that keeps the unusual number on purpose (sent as confirmedNumbers).
import type { CitizenNumberProblem } from '../../../shared/dossier/citizen-numbers';

export function NumberProblem(props: { problem: CitizenNumberProblem | undefined; kept: boolean; onKeep: (kept: boolean) => void; label: string }) {
  const { problem } = props;
  if (!problem) return null;
  return (
    <>
      {props.kept ? null : (
        <small className="field-error" role="alert" id={`edit-${problem.field}-error`}>
          {problem.message}
        </small>
      )}
      <label className="override">
        <input type="checkbox" data-testid={`edit-confirm-${problem.field}`} checked={props.kept} onChange={(e) => props.onKeep(e.target.checked)} /> {props.label}
      </label>
    </>
  );
}
