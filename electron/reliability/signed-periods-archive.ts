// Every sign-off is also written to a small archive beside the ledger's real path (`so.db.ky-duyet.json`,
// atomically): if the ledger later loses the sign-off (an older copy of the file put back outside the
// app), signing the period again finds the earlier one there, and its difference is recorded as a
// correction (services/signoff-service) instead of the figures being silently rewritten.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';

const entrySchema = z.object({
  periodKey: z.string(),
  label: z.string(),
  figuresJson: z.string(),
  signerName: z.string(),
  signedAt: z.string(),
  /** Who recorded it (the desk's operator); absent from archives written before it was kept. */
  signedBy: z.string().optional(),
});
export type ArchivedSignoff = z.output<typeof entrySchema>;

export function signoffArchiveFile(ledgerFile: string): string {
  let real = ledgerFile;
  try {
    real = realpathSync(ledgerFile);
  } catch {
    // Not on disk: its own name.
  }
  return `${real}.ky-duyet.json`;
}

function readArchive(ledgerFile: string): ArchivedSignoff[] {
  const file = signoffArchiveFile(ledgerFile);
  if (!existsSync(file)) return [];
  try {
    const parsed = z.array(entrySchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The latest archived sign-off of each period, in the order they were signed. */
export function archivedSignoffs(ledgerFile: string): ArchivedSignoff[] {
  const latest = new Map<string, ArchivedSignoff>();
  for (const entry of readArchive(ledgerFile)) {
    latest.delete(entry.periodKey);
    latest.set(entry.periodKey, entry);
  }
  return [...latest.values()];
}

/** The latest archived sign-off of the period, if any. */
export function archivedSignoff(ledgerFile: string, periodKey: string): ArchivedSignoff | null {
  return readArchive(ledgerFile).filter((e) => e.periodKey === periodKey).pop() ?? null;
}

export function archiveSignoff(ledgerFile: string, entry: ArchivedSignoff): void {
  const file = signoffArchiveFile(ledgerFile);
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify([...readArchive(ledgerFile), entry])}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
