// Shared by the fuzz tests: mutations of real files (bit flips, bytes set, inserted, deleted, truncation),
// a fingerprint of everything an import can write, and what counts as a readable error.
import fc from 'fast-check';
import { expect } from 'vitest';
import type Database from 'better-sqlite3';

/** Every fuzz test runs with this seed and a bounded number of runs (CI repeats exactly the same inputs). */
export const FUZZ_SEED = 20_240_307;

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

/** Applies the mutations in order; positions wrap round the current length. */
export function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Uint8Array.from(original);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
        break;
      case 'set':
        if (bytes.length > 0) bytes[at] = m.value;
        break;
      case 'insert':
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

export interface LedgerFingerprint {
  dossiers: number;
  versions: number;
  history: number;
  lastSeq: number;
  batches: number;
  tables: string;
}

/** Changes whenever an import writes anything: rows, versions, history, batches. */
export function fingerprint(db: Database.Database, extraTables: readonly string[] = []): LedgerFingerprint {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    dossiers: one('SELECT count(*) FROM dossiers'),
    versions: one('SELECT coalesce(sum(version), 0) FROM dossiers'),
    history: one('SELECT count(*) FROM dossier_history'),
    lastSeq: one('SELECT coalesce(max(seq), 0) FROM dossier_history'),
    batches: one('SELECT count(*) FROM import_batches'),
    tables: extraTables.map((t) => `${t}:${one(`SELECT count(*) FROM ${t}`)}`).join(','),
  };
}

/**
 * A message a person can read: Vietnamese, no code leaking through (a stack, an error class, an object
 * printed as such). `undefined` and `NaN` only when the input itself holds them (a user can type "NaN").
 */
export function expectReadable(message: string, input = ''): void {
  expect(message).toMatch(/[À-ỹ]/u);
  expect(message).not.toMatch(/\[object |at .*\(.*:\d+:\d+\)|SqliteError|TypeError|RangeError|ZodError/);
  for (const token of ['undefined', 'NaN']) {
    if (!input.includes(token)) expect(message).not.toContain(token);
  }
}

/** Bytes that print briefly in a counterexample (as text, cut to 300 characters). */
export interface FuzzInput {
  bytes: Uint8Array;
  text: string;
}

export function fuzzInput(bytes: Uint8Array): FuzzInput {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return {
    bytes,
    text,
    [fc.toStringMethod]: () => `${bytes.length} bytes: ${JSON.stringify(text.slice(0, 300))}`,
  } as FuzzInput;
}

/** The thrown value is one of `types` and reads well; anything else is a crash. */
export function expectTypedError(error: unknown, types: ReadonlyArray<new (...args: never[]) => Error>, input = ''): void {
  if (!types.some((type) => error instanceof type)) {
    throw new Error(`untyped error (a crash): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  expectReadable((error as Error).message, input);
}
