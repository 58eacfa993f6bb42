// `npm run web`: the loopback web host on a ledger file (by default the desk's own, in the user data
// folder). Prints the address to open; Ctrl+C stops it.
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseLocalDateTime } from '../../../shared/time/local-time';
import { createAppApi } from '../../api';
import { appVersion, defaultLedgerFile, rendererDir } from '../app-paths';
import { openInBrowser } from './open-browser';
import { startWebHost } from './server';

/** Epoch ms of a Vietnam local time (UTC+7). */
function epochOfLocal(text: string): number {
  const t = parseLocalDateTime(text);
  if (!t) throw new Error(`--now "${text}" không hợp lệ: dùng "YYYY-MM-DD HH:MM".`);
  return (t.day * 1440 + t.minute - 7 * 60) * 60_000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' }, now: { type: 'string' }, open: { type: 'boolean' } },
    allowPositionals: false,
  });
  const ledgerFile = path.resolve(values.db ?? defaultLedgerFile());
  mkdirSync(path.dirname(ledgerFile), { recursive: true, mode: 0o700 });
  const staticDir = path.resolve(values.static ?? rendererDir());
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`Chưa có giao diện đã dựng ở "${staticDir}": hãy chạy "npm run build:renderer" trước (lệnh "npm run web" tự làm việc này).`);
  }
  // A fixed "now" for demonstrations and tests: the clock then starts at that instant and runs on.
  const offset = values.now ? epochOfLocal(values.now) - Date.now() : 0;
  let user = 'người dùng';
  try {
    user = userInfo().username;
  } catch (error) {
    console.error('Không đọc được tên người dùng của máy:', error);
  }
  const api = createAppApi({ ledgerFile, actor: `ứng dụng web (${user})`, host: { kind: 'web' }, appVersion: appVersion(), clock: () => Date.now() + offset });
  const host = await startWebHost({ dispatch: api.dispatch, staticDir, port: values.port ? Number(values.port) : 0 });
  console.log(`Sổ Một Cửa (bản chạy trong trình duyệt) đang mở sổ "${ledgerFile}".`);
  // The first start after an upgrade backs up and upgrades the ledger in the worker: the page can be
  // opened meanwhile (it shows the progress), so the address comes first.
  await api.ledger.answerable();
  const upgrading = api.ledger.state();
  if (upgrading.kind === 'upgrading') console.log(`${upgrading.work.title} Trang web cho biết tiến độ; sổ mở khi xong.`);
  console.log(`Mở địa chỉ sau trong trình duyệt (chỉ máy này truy cập được):\n\n  ${host.openUrl}\n`);
  console.log('Nhấn Ctrl+C để dừng.');
  // `npm start` without Electron (start.ts) opens the address itself; `npm run web --open` too
  if (values.open || process.env.SOMC_OPEN_BROWSER === '1') openInBrowser(host.openUrl);
  const stop = () => {
    host
      .close()
      .then(() => api.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await api.ledger.settled();
  const state = api.ledger.state();
  if (state.kind === 'blocked') {
    for (const line of [state.failure, ...state.diagnosis.problems.map((p) => p.message)]) if (line) console.log(line);
    console.log('Sổ chưa mở được: mở địa chỉ trên để xem cách xử lý (khôi phục từ bản sao lưu …).');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
