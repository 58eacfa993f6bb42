// Daily automatic backups while the app runs: at start-up (openLedgerForWork) and then every few hours,
// so a desk left open overnight, or a USB drive plugged in later, still gets the day's backup. Each run
// writes only into the folders that have none for today.
import type { DeskLedger } from './desk-ledger';

export const AUTOMATIC_BACKUP_EVERY_MS = 3 * 60 * 60 * 1000;

/** Starts the timer; returns the function that stops it. The timer never keeps the process alive. */
export function scheduleAutomaticBackups(desk: DeskLedger, everyMs: number, onError: (error: unknown) => void): () => void {
  const timer = setInterval(() => {
    desk.runAutomaticBackup().catch(onError);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
