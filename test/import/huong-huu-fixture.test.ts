// The shared real-world fixture (78 dossiers of Q1 2024, Vietnamese labels as headers). It sits outside
// the repository, in ../shared next to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLedgerTable } from '../../electron/import/read-ledger-file';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { day, fakeContext } from './helpers';
import { FIXTURE_CSV } from '../support/domain-fixtures';

const FIXTURE = FIXTURE_CSV;

describe('huong-huu-2024-q1.csv', () => {
  it('imports 78 dossiers without a problem', async () => {
    const table = await readLedgerTable(new Uint8Array(readFileSync(FIXTURE)), 'huong-huu-2024-q1.csv');
    const result = validateLedgerRows(table, fakeContext());
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dossiers).toHaveLength(78);
    expect(result.dossiers.map((d) => d.line)).toEqual(Array.from({ length: 78 }, (_, i) => i + 2));

    // The figures of huong-huu-2024-q1.expected.json that need no calendar.
    const facts = result.dossiers.map((d) => d.facts);
    expect(facts.filter((f) => f.channel === 'truc_tuyen_mot_phan' || f.channel === 'truc_tuyen_toan_trinh')).toHaveLength(46);
    expect(facts.filter((f) => f.endedOn !== null)).toHaveLength(63);
    expect(facts.filter((f) => f.field === 'Hộ tịch')).toHaveLength(38);
    expect(new Set(facts.map((f) => f.code)).size).toBe(78);

    expect(result.dossiers[0]).toMatchObject({
      line: 2,
      facts: {
        code: '000.00.21.H57-231215-0001',
        procedureCode: '1.004873',
        channel: 'truc_tiep',
        receivedAt: { day: day('2023-12-15'), minute: 11 * 60 },
        baseDueDay: day('2023-12-20'),
        endedOn: day('2023-12-18'),
        ending: 'giai_quyet',
        lateCause: '',
      },
      personal: { applicantName: '', idNumber: '', phone: '', address: '', note: '' },
    });
  });
});
