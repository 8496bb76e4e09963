// The server process: data survives a restart, a data directory admits one
// server, the server dies with its parent, and credentials are checked when set.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createClient } from '@clickhouse/client';
import { describe, expect, it } from 'vitest';
import { startEmbeddedClickHouse } from './index.ts';
import { startTestServer, tempDataDir } from './test-server.ts';

// Running, as opposed to gone or a zombie waiting for whoever adopted it to reap it.
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^State:\s*Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('server lifecycle', () => {
  it('keeps MergeTree data across a restart on the same directory', async () => {
    const first = await startTestServer();
    const c1 = first.client();
    await c1.command({ query: 'CREATE TABLE kept (id UInt32, s String) ENGINE = MergeTree ORDER BY id' });
    await c1.insert({
      table: 'kept',
      values: [
        { id: 1, s: '保留' },
        { id: 2, s: 'kept' },
      ],
      format: 'JSONEachRow',
    });
    await first.stop(true);
    const second = await startTestServer(first.dataDir);
    try {
      const rs = await second.client().query({ query: 'SELECT * FROM kept ORDER BY id', format: 'JSONEachRow' });
      expect(await rs.json()).toEqual([
        { id: 1, s: '保留' },
        { id: 2, s: 'kept' },
      ]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second server on a directory in use, saying why', async () => {
    const first = await startTestServer();
    try {
      const error = await startEmbeddedClickHouse({ dataDir: first.dataDir }).catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/exited before ready/);
      expect((error as Error).message).toMatch(/cannot open data directory .*another server/);
      expect((error as Error).message).toMatch(/Code: 76\. .*Cannot lock file/);
      expect(await first.client().ping()).toEqual({ success: true });
    } finally {
      await first.stop();
    }
  });

  it('exits when its parent is killed', async () => {
    const dataDir = await tempDataDir();
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    const script = `import { startEmbeddedClickHouse } from ${JSON.stringify(index)};
      const s = await startEmbeddedClickHouse({ dataDir: ${JSON.stringify(dataDir)} });
      console.log(JSON.stringify({ url: s.url, pid: s.pid }));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = await createInterface({ input: parent.stdout! })
      [Symbol.asyncIterator]()
      .next()
      .then((r) => [r.value as string]);
    const { url, pid } = JSON.parse(line!) as { url: string; pid: number };
    expect((await fetch(`${url}/ping`)).status).toBe(200);
    parent.kill('SIGKILL');
    for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
    expect(alive(pid)).toBe(false);
    // Its data directory is free again.
    const next = await startEmbeddedClickHouse({ dataDir });
    await next.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('checks credentials and applies default settings when started with them', async () => {
    const dataDir = await tempDataDir();
    const settings = { output_format_json_quote_64bit_integers: 0 };
    const server = await startEmbeddedClickHouse({ dataDir, auth: { user: 'etl', password: 's3cret' }, settings });
    const good = createClient({ url: server.url, username: 'etl', password: 's3cret' });
    const bad = createClient({ url: server.url, username: 'etl', password: 'wrong', log: { level: 127 } });
    try {
      const rs = await good.query({ query: 'SELECT toUInt64(1) AS x', format: 'JSONEachRow' });
      expect(await rs.json()).toEqual([{ x: 1 }]); // the server-wide default given at start
      await expect(bad.query({ query: 'SELECT 1' })).rejects.toMatchObject({ code: '516', type: 'AUTHENTICATION_FAILED' });
      const header = await fetch(`${server.url}/?query=SELECT+2`, {
        headers: { 'X-ClickHouse-User': 'etl', 'X-ClickHouse-Key': 's3cret' },
      });
      expect(await header.text()).toBe('2\n');
      // the password is not on the server's command line, where any local user could read it
      const cmdline = await readFile(`/proc/${server.pid}/cmdline`, 'utf8');
      expect(cmdline).not.toContain('s3cret');
    } finally {
      await Promise.all([good.close(), bad.close()]);
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses requests from web pages and bodies over the cap', async () => {
    const dataDir = await tempDataDir();
    const server = await startEmbeddedClickHouse({ dataDir, maxBodyBytes: 1024 * 1024 });
    try {
      const fromPage = await fetch(`${server.url}/?query=SELECT+1`, { headers: { origin: 'https://evil.example' } });
      expect(fromPage.status).toBe(403);
      expect(await fromPage.text()).toContain('ACCESS_DENIED');
      const huge = await fetch(`${server.url}/?query=SELECT+1`, { method: 'POST', body: Buffer.alloc(1024 * 1024 + 1, 32) });
      expect(huge.status).toBe(413);
      expect(await huge.text()).toContain('QUERY_IS_TOO_LARGE');
      expect(await (await fetch(`${server.url}/?query=SELECT+3`)).text()).toBe('3\n');
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops cleanly and answers unknown paths and sessions like a server', async () => {
    const ch = await startTestServer();
    const missing = await fetch(`${ch.url}/nowhere`);
    expect(missing.status).toBe(404);
    const session = await fetch(`${ch.url}/?session_id=abc&query=SELECT+1`);
    expect(session.headers.get('x-clickhouse-exception-code')).toBe('48');
    await ch.stop();
    expect(alive(ch.server.pid)).toBe(false);
    await expect(fetch(`${ch.url}/ping`)).rejects.toThrow();
  });
});
