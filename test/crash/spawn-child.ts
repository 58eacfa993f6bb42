// Runs the crash child (node 22 + tsx) and SIGKILLs it at the planned moment: a delay after a chosen
// line of its output. Resolves once the process is gone and every line it wrote has been read.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './fixtures';
import { type ChildEvent, parseEvent } from './protocol';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/** A child that reaches no kill point within this time is a failure of the harness, not a pass. */
const CHILD_TIMEOUT_MS = 60_000;

export interface KillPlan {
  /** The event after which the kill is armed. */
  trigger: (event: ChildEvent) => boolean;
  delayMs: number;
}

export interface ChildRun {
  events: ChildEvent[];
  /** When each event was read (performance.now()). */
  times: number[];
  /** Events read before the kill was sent. */
  eventsBeforeKill: number;
  killed: boolean;
  /** Killed by the watchdog: the kill point was never reached. */
  timedOut: boolean;
  exitCode: number | null;
  stderr: string;
}

export function runChild(args: string[], plan: KillPlan): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: ChildEvent[] = [];
  const times: number[] = [];
  let buffered = '';
  let stderr = '';
  let killed = false;
  let eventsBeforeKill = -1;
  let armed = false;
  let timedOut = false;
  const kill = () => {
    if (killed || child.exitCode !== null) return;
    killed = true;
    eventsBeforeKill = events.length;
    child.kill('SIGKILL');
  };
  const watchdog = setTimeout(() => {
    timedOut = true;
    kill();
  }, CHILD_TIMEOUT_MS);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const event = parseEvent(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      events.push(event);
      times.push(performance.now());
      if (!armed && plan.trigger(event)) {
        armed = true;
        if (plan.delayMs <= 0) kill();
        else setTimeout(kill, plan.delayMs);
      }
      newline = buffered.indexOf('\n');
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      if (buffered.trim() !== '') stderr += `\n(unterminated output: ${buffered})`;
      resolvePromise({ events, times, eventsBeforeKill: killed ? eventsBeforeKill : events.length, killed, timedOut, exitCode: code, stderr });
    });
  });
}
