// An import through the API stamps the history and its batch with the API's clock (the desk's time, which a
// test or the web host's --now sets), never the computer's own: otherwise a ledger imported "today" would
// hold events in the future of its clock and trip the clock-behind guard.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV } from '../support/domain-fixtures';
import { testApi } from './helpers';

describe('import through the API', () => {
  it("stamps every history event and the import batch with the API's clock", async () => {
    const t = await testApi('2024-03-15 08:00');
    const plan = await t.call('import.plan', { fileName: 'huong-huu-2024-q1.csv', contentBase64: readFileSync(FIXTURE_CSV).toString('base64') });
    t.setNow('2024-03-15 08:30');
    await t.call('import.apply', { planId: plan.planId, update: false });
    const db = new Database(t.file, { readonly: true });
    try {
      const stamps = db.prepare('SELECT DISTINCT at FROM dossier_history UNION SELECT DISTINCT at FROM import_batches').pluck().all();
      // 08:30 in Vietnam (UTC+7) is 01:30 UTC
      expect(stamps).toEqual(['2024-03-15T01:30:00.000Z']);
    } finally {
      db.close();
    }
  });
});
