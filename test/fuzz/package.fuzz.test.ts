// Fuzzing the USB package importer (electron/handoff): bit flips and byte edits of a real full package
// (encrypted, desk → desk) and of a real report package (commune → receiving office), random bytes, and
// packages re-signed with the unit's own key whose content (report figures, dossier rows and history) was
// changed to hostile values. Whatever comes in: no crash (only a typed, readable Vietnamese refusal),
// and the ledger is exactly as it was unless the package was imported whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../shared/periods/period';
import { LedgerError } from '../../electron/ledger';
import {
  HandoffError,
  PackageRefusedError,
  exportFullPackage,
  exportReportPackage,
  importPackage,
  previewPackageImport,
  registerSendingUnit,
  setReceivingOffice,
  unitIdentity,
} from '../../electron/handoff';
import { PART_NAMES } from '../../electron/handoff/package-open';
import { partOpener, readPackage } from '../../electron/handoff/package-reader';
import { type PartInput, buildPackage } from '../../electron/handoff/package-writer';
import { readUnitKey } from '../../electron/handoff/unit-identity';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';
import { FUZZ_SEED, type FuzzInput, expectTypedError, fingerprint, fuzzInput, mutate, mutationsArb } from './fuzz-helpers';

const PASSPHRASE = 'mật khẩu của bàn một';
const AT = new Date('2024-04-02T02:00:00.000Z');
const HANDOFF_TABLES = ['received_reports', 'dossier_conflicts', 'trusted_units', 'unit_signing_key'];
const REFUSALS = [PackageRefusedError, HandoffError, LedgerError];

interface Sources {
  full: Uint8Array;
  report: Uint8Array;
  key: { publicKey: Buffer; privateKey: Buffer };
  fingerprint: string;
}

/** A unit's ledger with the fixture's dossiers, and the two packages it exports. */
async function exportPackages(): Promise<Sources> {
  const folder = tempFolder();
  const db = await initLedger(folder);
  await cli('import', '--db', db, FIXTURE_CSV);
  const session = openLedgerSession(db, { actor: 'Bàn 1' });
  try {
    exportFullPackage(session, { out: join(folder, 'day-du.somc'), passphrase: PASSPHRASE, at: AT });
    const period = resolvePeriod({ kind: 'quarter', year: 2024, quarter: 1 }, 'nd09');
    await exportReportPackage(session, { period, out: join(folder, 'bao-cao.somc'), at: AT, includePdf: false });
    const key = readUnitKey(session.db);
    if (!key) throw new Error('no unit key after export');
    return {
      full: new Uint8Array(readFileSync(join(folder, 'day-du.somc'))),
      report: new Uint8Array(readFileSync(join(folder, 'bao-cao.somc'))),
      key,
      fingerprint: unitIdentity(session)?.fingerprint ?? '',
    };
  } finally {
    session.close();
  }
}

/** Another desk of the same unit (takes full packages). */
async function deskLedger(): Promise<LedgerSession> {
  return openLedgerSession(await initLedger(tempFolder()), { actor: 'Bàn 2' });
}

/** The receiving office, with the unit registered (takes report packages). */
async function officeLedger(fingerprintText: string): Promise<LedgerSession> {
  const session = openLedgerSession(await initLedger(tempFolder()), { actor: 'Phòng nhận báo cáo' });
  setReceivingOffice(session, true, AT);
  registerSendingUnit(session, { unitCode: '000.00.21.H57', fingerprint: fingerprintText, unitName: 'UBND xã Hương Hữu' }, AT);
  return session;
}

type Result = 'imported' | 'refused' | 'nothing';

/** Preview then import, checked: refusals typed and readable, nothing written unless imported whole. */
function attempt(session: LedgerSession, input: FuzzInput, passphrase: string | null): Result {
  const before = fingerprint(session.db, HANDOFF_TABLES);
  try {
    previewPackageImport(session, input.bytes, { passphrase, fileName: 'goi.somc' });
  } catch (error) {
    expectTypedError(error, REFUSALS, input.text);
    expect(fingerprint(session.db, HANDOFF_TABLES)).toEqual(before);
  }
  expect(fingerprint(session.db, HANDOFF_TABLES)).toEqual(before);
  let outcome;
  try {
    outcome = importPackage(session, input.bytes, { passphrase, fileName: 'goi.somc', at: AT });
  } catch (error) {
    expectTypedError(error, REFUSALS, input.text);
    expect(fingerprint(session.db, HANDOFF_TABLES)).toEqual(before);
    return 'refused';
  }
  if (outcome.batchId === null) {
    expect(fingerprint(session.db, HANDOFF_TABLES)).toEqual(before);
    return 'nothing';
  }
  expect(fingerprint(session.db, HANDOFF_TABLES).batches).toBe(before.batches + 1);
  return 'imported';
}

/** The same package with other content, signed again with the unit's key (so it passes the signature). */
function resigned(original: Uint8Array, key: Sources['key'], parts: PartInput[], passphrase: string | null): FuzzInput {
  const m = readPackage(original).manifest;
  const bytes = buildPackage({
    kind: m.kind,
    appVersion: m.app_version,
    createdAt: new Date(m.created_at),
    sender: { unitCode: m.sender.unit_code, unitName: m.sender.unit_name, desk: m.sender.desk },
    receivingUnit: m.receiving_unit,
    period: m.period,
    schemaVersion: m.schema_version,
    counts: m.counts,
    parts,
    key,
    passphrase,
  });
  return fuzzInput(new Uint8Array(bytes));
}

type JsonPath = Array<string | number>;

function pathsOf(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

interface JsonEdit {
  pick: number;
  remove: boolean;
  value: unknown;
}

const HOSTILE_JSON: unknown[] = [-1, 0, 1e308, 2 ** 53 + 2, 1.5, '', 'x'.repeat(20_000), null, [], {}, '2024-02-30', 'Nguyễn Văn A', '001203004005', true];
const jsonEditArb: fc.Arbitrary<JsonEdit> = fc.record({
  pick: fc.nat(),
  remove: fc.boolean(),
  value: fc.oneof(fc.constantFrom(...HOSTILE_JSON), fc.jsonValue({ maxDepth: 2 })),
});

/** Replaces (or removes) the value at one path of a JSON document, chosen by `pick`. */
function editJson(document: unknown, edits: readonly JsonEdit[]): unknown {
  let root = structuredClone(document);
  for (const edit of edits) {
    const paths = pathsOf(root);
    const path = paths[edit.pick % paths.length] ?? [];
    if (path.length === 0) {
      root = edit.value;
      continue;
    }
    let parent: unknown = root;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
    const last = path[path.length - 1] as string | number;
    const container = parent as Record<string | number, unknown>;
    if (edit.remove && !Array.isArray(container)) delete container[last];
    else container[last] = edit.value;
  }
  return root;
}

const jsonPart = (name: string, value: unknown): PartInput => ({ name, mediaType: 'application/json', content: Buffer.from(JSON.stringify(value), 'utf8'), compress: true });

describe('fuzzing the package importer', () => {
  let sources: Sources;
  beforeAll(async () => {
    sources = await exportPackages();
  });

  it('the packages as exported import whole (the baseline)', async () => {
    const desk = await deskLedger();
    const office = await officeLedger(sources.fingerprint);
    try {
      expect(attempt(desk, fuzzInput(sources.full), PASSPHRASE)).toBe('imported');
      expect(attempt(desk, fuzzInput(sources.full), PASSPHRASE)).toBe('nothing');
      expect(attempt(office, fuzzInput(sources.report), null)).toBe('imported');
    } finally {
      desk.close();
      office.close();
    }
  });

  it('bit flips and byte edits of a full package and of a report package', async () => {
    const desk = await deskLedger();
    const office = await officeLedger(sources.fingerprint);
    try {
      await fc.assert(
        fc.property(mutationsArb, fc.boolean(), (mutations, full) => {
          const source = full ? sources.full : sources.report;
          const mutated = mutate(source, mutations);
          // A byte set to the value it had, or two flips of one bit, leave the package as it was: that
          // package imports whole (the baseline test), so only packages that really changed are judged.
          fc.pre(!Buffer.from(mutated).equals(Buffer.from(source)));
          const result = full ? attempt(desk, fuzzInput(mutated), PASSPHRASE) : attempt(office, fuzzInput(mutated), null);
          expect(result).toBe('refused');
        }),
        { seed: FUZZ_SEED, numRuns: 200 },
      );
    } finally {
      desk.close();
      office.close();
    }
  });

  it('random bytes, with and without the package header', async () => {
    const desk = await deskLedger();
    try {
      const header = sources.full.subarray(0, 16);
      await fc.assert(
        fc.property(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), (bytes, withHeader) => {
          const input = withHeader ? Uint8Array.from([...header, ...bytes]) : bytes;
          expect(attempt(desk, fuzzInput(input), PASSPHRASE)).toBe('refused');
        }),
        { seed: FUZZ_SEED, numRuns: 100 },
      );
    } finally {
      desk.close();
    }
  });

  it('report packages signed by the unit with hostile figures', async () => {
    const office = await officeLedger(sources.fingerprint);
    const original: unknown = JSON.parse(partOpener(readPackage(sources.report), null).bytes(PART_NAMES.report).toString('utf8'));
    try {
      const seen = new Set<Result>();
      await fc.assert(
        fc.property(fc.array(jsonEditArb, { minLength: 1, maxLength: 4 }), (edits) => {
          const input = resigned(sources.report, sources.key, [jsonPart(PART_NAMES.report, editJson(original, edits))], null);
          seen.add(attempt(office, input, null));
        }),
        { seed: FUZZ_SEED, numRuns: 120 },
      );
      expect(seen).toContain('refused');
    } finally {
      office.close();
    }
  });

  it('full packages signed by the unit with hostile dossier rows and history', async () => {
    const desk = await deskLedger();
    const opener = partOpener(readPackage(sources.full), PASSPHRASE);
    const dossiers: unknown = JSON.parse(opener.bytes(PART_NAMES.dossiers).toString('utf8'));
    const ledger: unknown = JSON.parse(opener.bytes(PART_NAMES.ledger).toString('utf8'));
    try {
      const seen = new Set<Result>();
      await fc.assert(
        fc.property(fc.array(jsonEditArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, editLedgerPart) => {
          const parts = editLedgerPart
            ? [jsonPart(PART_NAMES.dossiers, dossiers), jsonPart(PART_NAMES.ledger, editJson(ledger, edits))]
            : [jsonPart(PART_NAMES.dossiers, editJson(dossiers, edits)), jsonPart(PART_NAMES.ledger, ledger)];
          seen.add(attempt(desk, resigned(sources.full, sources.key, parts, PASSPHRASE), PASSPHRASE));
        }),
        { seed: FUZZ_SEED, numRuns: 12 },
      );
      expect(seen).toContain('refused');
    } finally {
      desk.close();
    }
  });
});
