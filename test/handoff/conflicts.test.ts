// Two desks change the same dossier since they last met: exactly one conflict, listed with both versions,
// nothing lost meanwhile; a person's choice settles it for good, on both desks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFullPackage, importPackage, listConflicts, resolveConflict } from '../../electron/handoff';
import { collectDossiers } from '../../electron/handoff/dossier-content';
import { CONTENT_COLUMNS } from '../../electron/handoff/dossier-differences';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { HUONG_HUU, PASSPHRASE, cli, hashLedger, importFixture, initLedger, later, open, tempFolder } from './helpers';

const CODE = '000.00.21.H57-240124-0035';

interface Desks {
  folder: string;
  a: LedgerSession;
  b: LedgerSession;
  aFile: string;
  bFile: string;
  /** Sends `from`'s full package to `to` and returns the outcome. */
  send(from: LedgerSession, to: LedgerSession, minute: number): ReturnType<typeof importPackage>;
}

async function desksThatMet(): Promise<Desks> {
  const folder = tempFolder();
  const aFile = await initLedger(join(folder, 'a.db'), { ...HUONG_HUU, desk: 1 });
  const bFile = await initLedger(join(folder, 'b.db'), { ...HUONG_HUU, desk: 2 });
  const a = open(aFile, 'Bàn 1');
  const b = open(bFile, 'Bàn 2');
  await importFixture(a);
  let n = 0;
  const send = (from: LedgerSession, to: LedgerSession, minute: number) => {
    const out = join(folder, `goi-${(n += 1)}.somc`);
    exportFullPackage(from, { out, passphrase: PASSPHRASE, at: later(minute) });
    return importPackage(to, readFileSync(out), { passphrase: PASSPHRASE, at: later(minute + 1) });
  };
  send(a, b, 1);
  return { folder, a, b, aFile, bFile, send };
}

function edit(s: LedgerSession, patch: Parameters<LedgerSession['dossiers']['update']>[1], minute: number): void {
  const d = s.dossiers.getByCode(CODE);
  if (!d) throw new Error(`${CODE} missing`);
  s.dossiers.update(d.id, patch, { actor: s.actor, at: later(minute) });
}

const content = (s: LedgerSession) => {
  const row = collectDossiers(s.db).find((d) => d.row.code === CODE)?.row;
  return row && Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, row[c]]));
};

describe('conflicts', () => {
  it('the same dossier changed on two desks is exactly one conflict with both versions, and nothing is lost', async () => {
    const d = await desksThatMet();
    edit(d.a, { lateCause: 'Bàn 1: chờ UBND huyện ký' }, 10);
    edit(d.b, { lateCause: 'Bàn 2: hồ sơ thiếu giấy tờ', phone: '0914 000 111' }, 11);
    const bBefore = d.b.dossiers.getByCode(CODE);

    const outcome = d.send(d.a, d.b, 20);
    expect(outcome.counts).toEqual({ new: 0, updated: 0, unchanged: 77, conflict: 1, rejected: 0 });
    expect(d.b.dossiers.getByCode(CODE)).toEqual(bBefore);

    const conflicts = listConflicts(d.b);
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(c?.code).toBe(CODE);
    expect(c?.local.lateCause).toBe('Bàn 2: hồ sơ thiếu giấy tờ');
    expect(c?.incoming.lateCause).toBe('Bàn 1: chờ UBND huyện ký');
    expect(c?.differences).toEqual(
      expect.arrayContaining([
        { column: 'late_cause', label: 'Nguyên nhân quá hạn', local: 'Bàn 2: hồ sơ thiếu giấy tờ', incoming: 'Bàn 1: chờ UBND huyện ký' },
        { column: 'phone', label: 'Điện thoại', local: '0914 000 111', incoming: '' },
      ]),
    );
    expect(c?.source).toMatch(/UBND xã Hương Hữu \(mã 000\.00\.21\.H57\), bàn 1/);

    // The same package again lists nothing new and writes nothing.
    d.b.close();
    const before = hashLedger(d.bFile);
    const again = open(d.bFile, 'Bàn 2');
    const out = join(d.folder, 'goi-2.somc');
    const repeat = importPackage(again, readFileSync(out), { passphrase: PASSPHRASE, at: later(30) });
    expect(repeat.dossiers.find((i) => i.code === CODE)?.reason).toMatch(/đã được ghi nhận trước đó/);
    expect(repeat.batchId).toBeNull();
    expect(listConflicts(again)).toHaveLength(1);
    again.close();
    expect(hashLedger(d.bFile)).toBe(before);
  });

  it('choosing the other desk’s version keeps both histories, and the desks then agree without a new conflict', async () => {
    const d = await desksThatMet();
    edit(d.a, { lateCause: 'Bàn 1: chờ UBND huyện ký' }, 10);
    edit(d.b, { lateCause: 'Bàn 2: hồ sơ thiếu giấy tờ' }, 11);
    d.send(d.a, d.b, 20);
    const [c] = listConflicts(d.b);
    const chosen = resolveConflict(d.b, c?.id ?? 0, 'incoming', later(25));
    expect(chosen.lateCause).toBe('Bàn 1: chờ UBND huyện ký');
    expect(listConflicts(d.b)).toEqual([]);
    expect(listConflicts(d.b, { includeResolved: true })[0]?.resolution).toBe('incoming');
    const history = d.b.history.listForDossier(chosen.id);
    expect(history.map((e) => [e.version, e.actor, e.action])).toEqual([
      [1, expect.any(String), 'import'],
      [2, 'Bàn 2', 'update'],
      [3, 'Bàn 1', 'update'],
      [4, 'Bàn 2', 'resolve_conflict'],
    ]);
    expect(() => resolveConflict(d.b, c?.id ?? 0, 'local')).toThrow(/đã được giải quyết/);

    const back = d.send(d.b, d.a, 30);
    expect(back.counts).toMatchObject({ updated: 1, conflict: 0 });
    expect(content(d.a)).toEqual(content(d.b));
    expect(d.send(d.a, d.b, 40).counts).toMatchObject({ unchanged: 78, conflict: 0, updated: 0 });
    expect(d.send(d.b, d.a, 50).counts).toMatchObject({ unchanged: 78, conflict: 0, updated: 0 });
  });

  it('keeping the ledger’s version also settles it for good', async () => {
    const d = await desksThatMet();
    edit(d.a, { fee: 20_000 }, 10);
    edit(d.b, { fee: 30_000 }, 11);
    d.send(d.a, d.b, 20);
    const [c] = listConflicts(d.b);
    expect(resolveConflict(d.b, c?.id ?? 0, 'local', later(25)).fee).toBe(30_000);
    expect(d.send(d.b, d.a, 30).counts).toMatchObject({ updated: 1, conflict: 0 });
    expect(d.a.dossiers.getByCode(CODE)?.fee).toBe(30_000);
    expect(d.send(d.a, d.b, 40).counts).toMatchObject({ unchanged: 78, conflict: 0 });
  });

  it('a newer version from the same desk replaces the waiting conflict instead of adding one', async () => {
    const d = await desksThatMet();
    edit(d.a, { lateCause: 'lần 1' }, 10);
    edit(d.b, { lateCause: 'bàn 2' }, 11);
    d.send(d.a, d.b, 20);
    edit(d.a, { lateCause: 'lần 2' }, 30);
    const outcome = d.send(d.a, d.b, 40);
    expect(outcome.counts.conflict).toBe(1);
    const open = listConflicts(d.b);
    expect(open).toHaveLength(1);
    expect(open[0]?.incoming.lateCause).toBe('lần 2');
    expect(listConflicts(d.b, { includeResolved: true }).map((x) => x.resolution)).toEqual(['superseded', null]);
  });

  it('the command line lists conflicts with both versions and resolves one', async () => {
    const d = await desksThatMet();
    edit(d.a, { lateCause: 'Bàn 1 ghi' }, 10);
    edit(d.b, { lateCause: 'Bàn 2 ghi' }, 11);
    d.send(d.a, d.b, 20);
    d.b.close();
    const listed = await cli('conflicts', '--db', d.bFile);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/Xung đột số 1 — hồ sơ 000\.00\.21\.H57-240124-0035, đang chờ chọn/);
    expect(listed.stdout).toMatch(/Nguyên nhân quá hạn: trong sổ "Bàn 2 ghi" \| bản kia "Bàn 1 ghi"/);
    const bad = await cli('resolve-conflict', '--db', d.bFile, '--conflict', '1', '--keep', 'both');
    expect(bad.code).toBe(2);
    const resolved = await cli('resolve-conflict', '--db', d.bFile, '--conflict', '1', '--keep', 'incoming');
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout).toMatch(/lấy bản kia, nay ở phiên bản 4/);
  });
});
