// The example ledger of the domain reference (../shared/fixtures beside the repository) with its expected
// figures. A copy lives in test/fixtures/domain so that a clone anywhere runs the tests;
// test/support/domain-fixtures.test.ts keeps the copy equal to the reference whenever the reference is there.
import path from 'node:path';

export const REFERENCE_FIXTURES_DIR = path.resolve(import.meta.dirname, '../../../shared/fixtures');
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/domain');
export const FIXTURE_CSV = path.join(FIXTURES_DIR, 'huong-huu-2024-q1.csv');
export const FIXTURE_EXPECTED = path.join(FIXTURES_DIR, 'huong-huu-2024-q1.expected.json');
