// The one decision a cancellable job and its worker share: cancel, or start writing — whichever comes
// first wins, and the other is refused. It lives in shared memory, so the worker (deciding to write) and
// the answering thread (asked to cancel) see the same word without waiting for each other's messages.
const RUNNING = 0;
const CANCELLED = 1;
const WRITING = 2;

export type JobGate = Int32Array;

export function createJobGate(): JobGate {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** In the worker, just before the first write: false when the job was cancelled (then write nothing). */
export function enterWriting(gate: JobGate | undefined): boolean {
  if (!gate) return true;
  const was = Atomics.compareExchange(gate, 0, RUNNING, WRITING);
  return was === RUNNING || was === WRITING;
}

/** On the answering thread: 'cancelled' when nothing was written yet, 'writing' when too late. */
export function cancelGate(gate: JobGate): 'cancelled' | 'writing' {
  const was = Atomics.compareExchange(gate, 0, RUNNING, CANCELLED);
  return was === WRITING ? 'writing' : 'cancelled';
}

export function isWriting(gate: JobGate): boolean {
  return Atomics.load(gate, 0) === WRITING;
}
