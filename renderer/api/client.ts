// The renderer's only way to the ledger: the typed API. In Electron the preload exposes `window.somc`
// (IPC to the main process); in the web host the same commands go over loopback HTTP with the session
// token the host printed (read once from the address fragment, then kept for this tab only).
import type { ApiError, ApiResult } from '../../shared/api/common';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';

interface Bridge {
  call(command: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    somc?: Bridge;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: string[];
  /** The input field a refusal is about (the form marks that box), or null. */
  readonly inputField: string | null;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details ?? [];
    this.inputField = error.inputField ?? null;
  }
}

const TOKEN_KEY = 'somc-token';

/** Takes the token from `#token=…` (and removes it from the address bar), or from this tab's storage. */
export function captureToken(): string | null {
  const match = /(?:^#|&)token=([0-9a-f]{16,128})/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function overHttp(command: string, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const response = await fetch(`/api/${encodeURIComponent(command)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-somc-token': token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<unknown>;
}

export function hostKind(): 'electron' | 'web' {
  return window.somc ? 'electron' : 'web';
}

type CallListener = (command: CommandName) => void;
const listeners = new Set<CallListener>();

/** Tells `listener` of every command that succeeded (e.g. to read the daily lists again after a write); returns the unsubscribe. */
export function onCallDone(listener: CallListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> {
  let result: ApiResult<unknown>;
  try {
    result = window.somc ? await window.somc.call(command, input) : await overHttp(command, input);
  } catch (error) {
    throw new ApiCallError({ code: 'internal', message: `Không kết nối được với sổ dữ liệu: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  for (const listener of listeners) listener(command);
  return result.value as CommandOutput<C>;
}

/** The input field a refused call names (see ApiError.inputField), or null. */
export function inputFieldOf(error: unknown): string | null {
  return error instanceof ApiCallError ? error.inputField : null;
}

/** The message to show for any error thrown by a call. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return error instanceof Error ? `Lỗi không mong đợi: ${error.message}` : 'Lỗi không mong đợi.';
}
