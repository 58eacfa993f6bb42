// The loopback web host: the same API as the Electron shell, over HTTP on 127.0.0.1 only, for the
// end-to-end tests and as the fallback when Electron's binary is missing. Every API call needs the
// session token (sent by the page in a header, never in a cookie, so other sites cannot ride on it);
// a request naming another host is refused (DNS rebinding); pages carry the strict CSP.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiResult } from '../../../shared/api/common';
import type { Dispatch } from '../../api';
import { BodyTooLargeError, readBody, send, sendJson } from './http-io';
import { staticFile } from './static-files';

export const TOKEN_HEADER = 'x-somc-token';
/** Ledger files and backups travel as base64 in JSON. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const STATUS: Record<ApiErrorCode, number> = {
  invalid: 400,
  unauthorised: 401,
  unknown_command: 404,
  rejected: 422,
  needs_chairman_pin: 403,
  unsupported: 501,
  busy: 503,
  internal: 500,
};

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** The address to open: the token travels in the fragment, which browsers never send to a server. */
  openUrl: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function failure(res: ServerResponse, code: ApiErrorCode, message: string): void {
  const body: ApiResult<never> = { ok: false, error: { code, message } };
  sendJson(res, STATUS[code], body);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, command: string, options: Required<Omit<WebHostOptions, 'port'>>): Promise<void> {
  const given = req.headers[TOKEN_HEADER];
  if (!sameToken(Array.isArray(given) ? given[0] : given, options.token)) {
    failure(res, 'unauthorised', 'Thiếu hoặc sai mã phiên làm việc: hãy mở ứng dụng bằng đường dẫn được in ra khi khởi động.');
    return;
  }
  if (req.method !== 'POST') {
    failure(res, 'invalid', 'Lệnh phải được gửi bằng POST.');
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    failure(res, 'invalid', 'Dữ liệu gửi lên phải là JSON (Content-Type: application/json).');
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return failure(res, 'invalid', 'Dữ liệu gửi lên quá lớn (tối đa 256 MB).');
    if (error instanceof SyntaxError) return failure(res, 'invalid', 'Dữ liệu gửi lên không phải JSON hợp lệ, chưa thực hiện gì.');
    throw error;
  }
  let name: string;
  try {
    name = decodeURIComponent(command);
  } catch {
    return failure(res, 'invalid', 'Tên lệnh trong địa chỉ không hợp lệ (mã "%" sai), chưa thực hiện gì.');
  }
  const result = await options.dispatch(name, input);
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const config = { dispatch: options.dispatch, staticDir: options.staticDir, token };
  let port = 0;
  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, 'Yêu cầu không dành cho máy chủ này.', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const api = /^\/api\/([^/]+)$/.exec(url.pathname);
    const work = api
      ? handleApi(req, res, api[1] ?? '', config)
      : (async () => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Phương thức không được hỗ trợ.', 'text/plain; charset=utf-8');
          const file = await staticFile(options.staticDir, url.pathname);
          if (!file) return send(res, 404, 'Không tìm thấy.', 'text/plain; charset=utf-8');
          send(res, 200, file.body, file.contentType, { 'Cache-Control': 'no-cache' });
        })();
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) failure(res, 'internal', 'Lỗi không mong đợi ở máy chủ nội bộ.');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        port,
        token,
        openUrl: `${url}#token=${token}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
