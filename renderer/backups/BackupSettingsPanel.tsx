// The backup folders form with its own loading, for the start-up screen (no backup could be written
// before an upgrade, or the USB folder is missing) and Thiết lập.
import { useEffect } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { BackupFolders } from './BackupFolders';
import { useBackups } from './backup-store';

/** `embedded`: the screen around it loads the backup settings and shows the results itself. */
export function BackupSettingsPanel({ embedded = false }: { embedded?: boolean }) {
  const { settings, busy, error, lines, load, save } = useBackups();
  useEffect(() => {
    if (!embedded) void load();
  }, [load, embedded]);
  if (!settings) return error ? <ErrorBox message={error} /> : <Loading />;
  return (
    <>
      <BackupFolders settings={settings} busy={busy} error={embedded ? null : error} onSave={(directories, keep) => void save(directories, keep)} />
      {!embedded && lines.length > 0 ? (
        <ul className="plain result-lines" role="status">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
