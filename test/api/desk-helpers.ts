// The desk app opened on a ledger file that already exists (made by an earlier run, then damaged, made by
// a newer app, dated after the computer's clock …), and real ways to damage it.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { type AppApi, createAppApi } from '../../electron/api';
import { epochOfLocal } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

export interface DeskApi {
  api: AppApi;
  call<C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>>;
  /** The refusal of a call that must fail. */
  refusal(command: CommandName, input: unknown): Promise<{ code: string; message: string }>;
  setNow(local: string): void;
}

/** The app on `file` (which it opens through the start-up check) at Vietnam local time `now`. */
export function deskApi(file: string, now: string): DeskApi {
  let clock = epochOfLocal(now);
  const errors: unknown[] = [];
  const api = createAppApi({ ledgerFile: file, actor: 'máy bàn 1', host: { kind: 'web' }, appVersion: '0.1.0', clock: () => clock, onInternalError: (e) => errors.push(e) });
  cleanups.push(() => {
    api.close();
    if (errors.length > 0) throw new Error(`internal errors: ${errors.map(String).join('; ')}`);
  });
  return {
    api,
    async call(command, input) {
      const result = await api.dispatch(command, input);
      if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
      return result.value as CommandOutput<typeof command>;
    },
    async refusal(command, input) {
      const result = await api.dispatch(command, input);
      if (result.ok) throw new Error(`${command} was expected to be refused`);
      return result.error;
    },
    setNow: (local) => (clock = epochOfLocal(local)),
  };
}

/** Overwrites the pages that hold `table` and its indexes with garbage (the file stays the same size). */
export function corruptTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const roots = db.prepare<[string], number>("SELECT rootpage FROM sqlite_schema WHERE tbl_name = ? AND rootpage > 0").pluck().all(table);
  db.close();
  if (roots.length === 0) throw new Error(`no pages for ${table}`);
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of roots) fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs raw SQL on a closed ledger file, as a newer app (or a careless tool) would. */
export function rawSql(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
