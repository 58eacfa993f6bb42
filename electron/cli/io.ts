// Where a command writes: injected so tests can run commands in-process and read what they printed.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The current instant in epoch milliseconds (the clock is read here, at the edge, never in shared/). */
  now(): number;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  now: () => Date.now(),
};
