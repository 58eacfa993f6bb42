// Issue 15 §9: the command line piped into `head` ends quietly (no EPIPE crash); a bad `%` escape in an
// API command's name is a 400 in Vietnamese, never a 500.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApi } from '../api/helpers';
import { webHostOn } from './web-host-on';
import { REPO_ROOT, cli, initLedger, tempFolder } from '../cli/helpers';
import { taggedLedgerCsv } from '../crash/fixtures';

/**
 * `cli … | head -1` in a real shell: a real pipe, whose reader takes one line and leaves while the
 * command still writes (its output is larger than the pipe holds). The command's exit status and stderr.
 */
function pipedIntoHead(args: string[], stderrFile: string): Promise<{ firstLine: string; code: number }> {
  return new Promise((resolve, reject) => {
    const script = 'node=$1; err=$2; shift 2; "$node" --import tsx electron/cli/main.ts "$@" 2>"$err" | head -1; echo "exit=${PIPESTATUS[0]}"';
    const shell = spawn('bash', ['-c', script, 'bash', process.execPath, stderrFile, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    shell.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    shell.on('error', reject);
    shell.on('close', () => {
      const [firstLine = '', status = ''] = out.split('\n');
      resolve({ firstLine, code: Number(/^exit=(\d+)$/.exec(status)?.[1] ?? Number.NaN) });
    });
  });
}

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Like `| head -0`: the reader is gone before the command writes anything.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output piped into a reader that stops early', () => {
  it('ends without an EPIPE crash or a stack trace', async () => {
    const result = await runWithClosedStdout(['help']);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.ts:\d+/);
    expect(result.code).toBe(0);
  });
});

describe.skipIf(process.platform === 'win32')('a command with long output piped into `head -1`', () => {
  it('ends normally once head has its line: no EPIPE crash, no stack trace', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const csv = path.join(folder, 'so-lon.csv');
    fs.writeFileSync(csv, taggedLedgerCsv('P', 20));
    const imported = await cli('import', '--db', db, csv);
    expect(imported.code, imported.stderr).toBe(0);
    const stderrFile = path.join(folder, 'loi.txt');
    // 1560 dossiers, one line each: about 180 KB, far more than the pipe holds.
    const result = await pipedIntoHead(['provincial-pending', '--db', db, '--period', '2024-Q1'], stderrFile);
    expect(result.firstLine).toBe('Hồ sơ chưa có trên hệ thống tỉnh, Quý I năm 2024: 1560');
    const stderr = fs.readFileSync(stderrFile, 'utf8');
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error|\n\s+at /);
    expect(result.code).toBe(0);
  }, 120_000);
});

describe('an API command name with a bad % escape', () => {
  it('is refused as invalid (400) in Vietnamese, not a 500', async () => {
    const t = await testApi('2024-03-04 09:00');
    const host = await webHostOn(t);
    try {
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path: '/api/app.info%E0%A4%A',
            headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-somc-token': host.token },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(reply.status).toBe(400);
      const parsed = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
      expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(parsed.error.message).toContain('Tên lệnh');
    } finally {
      await host.close();
    }
  });
});
