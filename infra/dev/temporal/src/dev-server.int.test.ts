// The real dev server from the obtained CLI: in-memory on free ports, SQLite
// state surviving a restart, and the same binary under @temporalio/testing.
import { Connection } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTemporalDevServer, type DevServer } from './dev-server.ts';
import { obtainTemporalCli } from './obtain-cli.ts';
import { createTestEnvironment } from './test-env.ts';

const run = promisify(execFile);
let cliPath: string;
const quiet = () => {};

beforeAll(async () => {
  cliPath = await obtainTemporalCli();
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withConnection<T>(server: DevServer, use: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address: server.address });
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

describe('startTemporalDevServer, in memory', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startTemporalDevServer({ cliPath, log: quiet });
  });
  afterAll(async () => server?.stop());

  it('serves the default namespace on a free loopback port', async () => {
    expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(server.namespace).toBe('default');
    const described = await withConnection(server, (c) => c.workflowService.describeNamespace({ namespace: 'default' }));
    expect(described.namespaceInfo?.name).toBe('default');
  });

  it('serves the Web UI', async () => {
    expect(server.uiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(server.uiUrl ?? '');
    expect(response.status).toBe(200);
  });

  it('stops: the process is gone', async () => {
    expect(isRunning(server.pid)).toBe(true);
    await server.stop();
    expect(isRunning(server.pid)).toBe(false);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    await server.stop(); // idempotent
  });
});

describe('startTemporalDevServer, SQLite file', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'temporal-db-'))));
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('keeps a registered namespace across a restart on the same db file', async () => {
    const dbFile = join(dir, 'nested/temporal.db');
    const first = await startTemporalDevServer({ cliPath, dbFile, headless: true, log: quiet });
    expect(first.uiUrl).toBeNull();
    // Registered through the CLI itself: the proto API wants a Long retention.
    await run(cliPath, ['operator', 'namespace', 'create', '--address', first.address, '--retention', '24h', 'persisted']);
    await first.stop();
    expect((await stat(dbFile)).size).toBeGreaterThan(0);

    const second = await startTemporalDevServer({ cliPath, dbFile, headless: true, log: quiet });
    try {
      const described = await withConnection(second, (c) => c.workflowService.describeNamespace({ namespace: 'persisted' }));
      expect(described.namespaceInfo?.name).toBe('persisted');
    } finally {
      await second.stop();
    }
  });

  it('refuses a port that is already taken instead of probing the other server', async () => {
    const holder = await startTemporalDevServer({ cliPath, headless: true, log: quiet });
    try {
      const port = Number(holder.address.split(':')[1]);
      await expect(startTemporalDevServer({ cliPath, port, headless: true, log: quiet })).rejects.toThrow(
        `127.0.0.1:${port}: address already in use`,
      );
    } finally {
      await holder.stop();
    }
  });
});

describe('createTestEnvironment', () => {
  it('runs TestWorkflowEnvironment.createLocal on the obtained CLI', async () => {
    const env = await createTestEnvironment();
    try {
      const described = await env.connection.workflowService.describeNamespace({ namespace: 'default' });
      expect(described.namespaceInfo?.name).toBe('default');
    } finally {
      await env.teardown();
    }
  });
});
