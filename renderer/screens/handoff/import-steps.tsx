// The steps every package import screen shares (handoff packages, rules updates): choosing the file, the
// dry-run button with what is being checked, the refusal with its reason, and the import button.
import type { ReactNode } from 'react';
import { hostKind } from '../../api/client';
import { FilePick } from '../../components/FilePick';
import { JobProgress } from '../../components/JobProgress';
import type { PackageSource } from './import-store';

/** The native dialog in the desktop app, an upload in the browser. */
export function PackageSourcePick({ source, label, onChoosePath, onFile }: { source: PackageSource | null; label: string; onChoosePath(): void; onFile(file: File | null): void }) {
  if (hostKind() === 'electron') {
    return (
      <div className="inline-row">
        <button type="button" className="button" onClick={onChoosePath}>
          Chọn tệp gói…
        </button>
        <span className="mono">{source?.kind === 'path' ? source.path : 'Chưa chọn tệp nào'}</span>
      </div>
    );
  }
  return <FilePick label={label} accept=".somc" onChange={onFile} />;
}

export function PreviewButton({ disabled, busyText }: { disabled: boolean; busyText: string | null }) {
  return (
    <div className="actions">
      <button type="submit" className="button primary" disabled={disabled}>
        Xem trước (chưa ghi gì)
      </button>
      {busyText ? (
        <span role="status" className="muted">
          {busyText}
        </span>
      ) : null}
    </div>
  );
}

export function Refused({ preview }: { preview: { fileName: string; message: string; hint: string | null } }) {
  return (
    <div className="error-box refused" role="alert" data-testid="package-refused">
      <p>
        <strong>Gói {preview.fileName} bị từ chối.</strong> {preview.message}
      </p>
      {preview.hint ? <p className="refused-hint">{preview.hint}</p> : null}
    </div>
  );
}

/** "Nhập vào sổ", disabled when the dry run found nothing to write. */
export function ApplyBar({ writes, busy, onApply, children }: { writes: boolean; busy: boolean; onApply(): void; children?: ReactNode }) {
  return (
    <div className="actions">
      <button type="button" className="button primary" disabled={!writes || busy} onClick={onApply}>
        Nhập vào sổ
      </button>
      {!writes ? <span className="hint">Gói không có gì mới so với sổ: không cần nhập.</span> : null}
      {children}
      <JobProgress />
    </div>
  );
}
