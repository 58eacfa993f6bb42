// Where a command writes: injected so tests can run commands in-process and read what they printed.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The current instant in epoch milliseconds (the clock is read here, at the edge, never in shared/). */
  now(): number;
}

const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * A stream whose reader may leave early (`… | head`): the pipe's EPIPE means nobody reads any more, so
 * later writes are dropped instead of crashing the command half-way (the work itself carries on and ends
 * normally). Any other write error is still raised.
 */
function tolerantWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') readerGone = true;
    else throw error;
  });
  return (text) => {
    if (!readerGone) stream.write(line(text));
  };
}

let processWriters: { out: (text: string) => void; err: (text: string) => void } | null = null;
const writers = () => (processWriters ??= { out: tolerantWriter(process.stdout), err: tolerantWriter(process.stderr) });

export const processIo: CliIo = {
  out: (text) => writers().out(text),
  err: (text) => writers().err(text),
  now: () => Date.now(),
};
