// What the child reports on stdout, one line per event. A line is written (synchronously, to the pipe)
// only after the event happened, so whatever the parent reads before the kill did happen.
export type ChildEvent =
  /** opened the ledger, about to work */
  | { kind: 'ready' }
  /** a dossier write committed: the code and its version */
  | { kind: 'ack'; code: string; version: number }
  /** an import plan with `rows` new dossiers is about to be applied */
  | { kind: 'import-begin'; tag: string; rows: number }
  /** row `n` written inside the import's transaction (not committed yet) */
  | { kind: 'import-row'; tag: string; n: number }
  /** the import committed after `ms` */
  | { kind: 'import-done'; tag: string; ms: number }
  /** the backup before the upgrade was written into `files` folders */
  | { kind: 'backed-up'; files: number }
  | { kind: 'migrate-begin' }
  /** the synthetic migration is running, inside the migration transaction */
  | { kind: 'migrate-step' }
  | { kind: 'migrate-done'; version: number };

export function formatEvent(e: ChildEvent): string {
  switch (e.kind) {
    case 'ready':
      return 'R';
    case 'ack':
      return `A ${e.code} ${e.version}`;
    case 'import-begin':
      return `B ${e.tag} ${e.rows}`;
    case 'import-row':
      return `P ${e.tag} ${e.n}`;
    case 'import-done':
      return `D ${e.tag} ${e.ms}`;
    case 'backed-up':
      return `K ${e.files}`;
    case 'migrate-begin':
      return 'M';
    case 'migrate-step':
      return 'U';
    case 'migrate-done':
      return `m ${e.version}`;
  }
}

export function parseEvent(line: string): ChildEvent {
  const [head, a = '', b = ''] = line.split(' ');
  switch (head) {
    case 'R':
      return { kind: 'ready' };
    case 'A':
      return { kind: 'ack', code: a, version: Number(b) };
    case 'B':
      return { kind: 'import-begin', tag: a, rows: Number(b) };
    case 'P':
      return { kind: 'import-row', tag: a, n: Number(b) };
    case 'D':
      return { kind: 'import-done', tag: a, ms: Number(b) };
    case 'K':
      return { kind: 'backed-up', files: Number(a) };
    case 'M':
      return { kind: 'migrate-begin' };
    case 'U':
      return { kind: 'migrate-step' };
    case 'm':
      return { kind: 'migrate-done', version: Number(a) };
    default:
      throw new Error(`unknown line from the crash child: ${JSON.stringify(line)}`);
  }
}
