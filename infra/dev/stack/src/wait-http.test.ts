// The stack's start-up wait follows the server process: it fails at once, with
// the process's output, when the process exits, and waits for as long as a
// slow process is alive — never a fixed deadline meant to cover start-up.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from './index.ts';
import { startingServer, waitForHttp, type StartingServer } from './wait-http.ts';

function startNode(name: string, script: string): StartingServer & { stop: () => void } {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  return { ...startingServer(name, child), stop: () => child.kill('SIGTERM') };
}

describe('waiting for a server to answer', () => {
  it('fails at once with the output of a server that exits', async () => {
    const port = await freePort();
    const server = startNode('dashboard', `console.error('ClickHouse settings: CLICKHOUSE_URL is not a URL'); process.exit(3);`);
    const started = Date.now();
    const error = await waitForHttp(`http://127.0.0.1:${port}/`, server).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /dashboard exited \(code 3\) before .* answered; its last output:\nClickHouse settings: CLICKHOUSE_URL is not a URL/,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('waits for a server that answers only once it is ready', async () => {
    const port = await freePort();
    const script = `
      let ready = false;
      require('node:http').createServer((_, res) => { res.statusCode = ready ? 200 : 503; res.end(); }).listen(${port}, '127.0.0.1');
      let polls = 0;
      setInterval(() => { if (++polls === 5) { console.log('ready'); ready = true; } }, 100);`;
    const server = startNode('slow server', script);
    try {
      await expect(waitForHttp(`http://127.0.0.1:${port}/`, server)).resolves.toBeUndefined();
    } finally {
      server.stop();
    }
  });

  it('gives up after its cap naming a server that never answers', async () => {
    const port = await freePort();
    const server = startNode('hung server', `console.log('starting'); setInterval(() => {}, 1000);`);
    try {
      const error = await waitForHttp(`http://127.0.0.1:${port}/`, server, 1_000).catch((e: unknown) => e);
      expect(String(error)).toMatch(/did not answer within 1 s although hung server is running/);
    } finally {
      server.stop();
    }
  });
});
