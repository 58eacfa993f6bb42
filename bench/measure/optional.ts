// Metrics of modules other issues deliver: measured when the module is in the tree, otherwise reported
// as not available with the reason (never a made-up number).
import fs from 'node:fs';
import path from 'node:path';

export type Optional = { available: true; ms: number; note: string } | { available: false; reason: string };

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Null when every path exists, else why the metric cannot be measured. */
export function missing(paths: readonly string[], issue: string): string | null {
  const absent = paths.filter((p) => !fs.existsSync(path.join(REPO_ROOT, p)));
  return absent.length === 0 ? null : `${absent.join(', ')} (${issue}) not in this tree yet`;
}
