// The committed copy of the domain reference's example ledger must stay byte for byte the reference's own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REFERENCE_FIXTURES_DIR } from './domain-fixtures';

const FILES = ['huong-huu-2024-q1.csv', 'huong-huu-2024-q1.expected.json'];

describe.runIf(existsSync(REFERENCE_FIXTURES_DIR))('the copy of the domain fixtures', () => {
  it.each(FILES)('%s equals the reference beside the repository', (name) => {
    expect(readFileSync(path.join(FIXTURES_DIR, name)).equals(readFileSync(path.join(REFERENCE_FIXTURES_DIR, name)))).toBe(true);
  });
});
