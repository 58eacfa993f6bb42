// 021: the start-up clock check's newest history instant comes from an index, not a scan of the history.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { migration021HistoryAtIndex } from '../../electron/ledger/migrations/021-history-at-index';
import { openLedger } from '../../electron/ledger/open-ledger';
import { latestLedgerEntry } from '../../electron/reliability/latest-entry';
import { fillLedger } from './month-counts';
import { tempFile, track } from './helpers';

const NEWEST_EVENT_SQL = `SELECT h.at AS at, d.code AS code FROM dossier_history h LEFT JOIN dossiers d ON d.id = h.dossier_id
          ORDER BY h.at DESC LIMIT 1`;

describe('migration 021 (history by instant)', () => {
  it('indexes a ledger written before it, and the newest event is read through the index', () => {
    const file = tempFile();
    const index = MIGRATIONS.indexOf(migration021HistoryAtIndex);
    expect(migration021HistoryAtIndex.version).toBe(index + 1);
    const old = openLedger(file, { migrations: MIGRATIONS.slice(0, index) });
    fillLedger(old, 50);
    const before = latestLedgerEntry(old);
    old.close();
    const db = track(openLedger(file));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${NEWEST_EVENT_SQL}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan[0]).toBe('SCAN h USING INDEX dossier_history_at');
    expect(plan.join(' ')).not.toContain('TEMP B-TREE');
    expect(latestLedgerEntry(db)).toEqual(before);
    expect(before).not.toBeNull();
  });
});
