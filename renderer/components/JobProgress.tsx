// The progress bar of the job the screen follows (api/jobs): what is being done, how far, and "Hủy"
// while the job still reads and checks (refused once it writes: the button is then disabled; none at all
// for a job that cannot stop half-way, such as a backup).
import { useJob } from '../api/jobs';

export function JobProgress() {
  const { id, status, note, cancel, cancellable } = useJob();
  if (id === null || status === null) return null;
  const fraction = status.fraction;
  return (
    <div className="progress-block job-progress" data-testid="job-progress">
      {fraction === null ? <progress aria-label="Tiến độ" /> : <progress max={1} value={fraction} aria-label="Tiến độ" />}
      <span role="status" data-testid="job-label">
        {status.label}
        {fraction === null ? '' : ` (${Math.round(fraction * 100)} %)`}
      </span>
      {cancellable ? (
        <button type="button" className="button" disabled={!status.cancellable} title={status.cancellable ? 'Dừng lại, chưa ghi gì' : 'Đang ghi: không hủy được nữa'} onClick={() => void cancel()}>
          Hủy
        </button>
      ) : null}
      {note ? <span className="hint">{note}</span> : null}
    </div>
  );
}
