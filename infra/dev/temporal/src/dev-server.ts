// Runs `temporal server start-dev` for the local stack and integration tests:
// SQLite-backed when given a db file (in-memory otherwise), bound to loopback,
// on chosen or free ports, resolved only once the frontend is really serving.
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertPortFree, freePorts } from './free-port.ts';
import { obtainTemporalCli } from './obtain-cli.ts';
import { spawnOwned } from '@liaison/config';
import { findRepoRoot } from './repo-root.ts';
import { waitUntilServing } from './wait-ready.ts';

export interface DevServerOptions {
  /** SQLite file for persistent state (parent dir is created); in-memory when omitted. */
  dbFile?: string;
  /** Frontend gRPC port; 0 or undefined picks a free one. */
  port?: number;
  /** Web UI port; 0 or undefined picks a free one. Ignored when headless. */
  uiPort?: number;
  /** Run without the Web UI. */
  headless?: boolean;
  /** Namespace created at start-up (`default` always exists too). */
  namespace?: string;
  /** Address to bind; loopback by default. */
  ip?: string;
  /** Receives the server's output lines; defaults to stderr with a `[temporal]` prefix. */
  log?: (line: string) => void;
  /** CLI binary; obtained with obtainTemporalCli() when omitted. */
  cliPath?: string;
  /** How long to wait for the server to serve; default 60 s. */
  readyTimeoutMs?: number;
  /** More `start-dev` flags, e.g. `--search-attribute`. */
  extraArgs?: readonly string[];
}

export interface DevServer {
  /** gRPC `host:port` for Connection/NativeConnection. */
  address: string;
  uiUrl: string | null;
  namespace: string;
  pid: number;
  /** Settles when the server process exits, whoever stopped it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, SIGKILL after 10 s; resolves when the process is gone. */
  stop(): Promise<void>;
}

/** The local stack's SQLite file: `<repo>/.data/temporal/temporal.db` (git-ignored). */
export function defaultDbFile(): string {
  return join(findRepoRoot() ?? process.cwd(), '.data', 'temporal', 'temporal.db');
}

export async function startTemporalDevServer(opts: DevServerOptions = {}): Promise<DevServer> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`[temporal] ${line}\n`));
  const cli = opts.cliPath ?? (await obtainTemporalCli({ log }));
  const dbFile = opts.dbFile === undefined ? undefined : resolve(opts.dbFile);
  if (dbFile !== undefined) await mkdir(dirname(dbFile), { recursive: true });
  const ip = opts.ip ?? '127.0.0.1';
  // Chosen ports are checked up front, so the readiness probe cannot mistake another server for ours.
  for (const port of [opts.port, opts.headless ? undefined : opts.uiPort]) if (port) await assertPortFree(ip, port);
  const autoPorts = !opts.port || (!opts.headless && !opts.uiPort);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(cli, { ...opts, ip, dbFile, log });
    } catch (error) {
      // A free port picked for us can be taken before the server binds it.
      const portClash = /address already in use/i.test((error as Error).message);
      if (!(autoPorts && portClash && attempt < 3)) throw error;
      log(`port clash on start attempt ${attempt}; retrying with other free ports`);
    }
  }
}

type StartOptions = DevServerOptions & { ip: string; log: (line: string) => void };

function startDevArgs(o: Omit<StartOptions, 'uiPort'> & { namespace: string; port: number; uiPort: number | null }): string[] {
  const args = ['server', 'start-dev', '--ip', o.ip, '--port', String(o.port), '--namespace', o.namespace, '--log-level', 'warn'];
  args.push(...(o.uiPort === null ? ['--headless'] : ['--ui-port', String(o.uiPort)]));
  if (o.dbFile !== undefined) args.push('--db-filename', o.dbFile);
  return [...args, ...(o.extraArgs ?? [])];
}

async function startOnce(cli: string, opts: StartOptions): Promise<DevServer> {
  const namespace = opts.namespace ?? 'default';
  const [pickedPort = 0, pickedUi = 0] = await freePorts(2, opts.ip);
  const port = opts.port || pickedPort;
  const uiPort = opts.headless ? null : opts.uiPort || pickedUi;
  const args = startDevArgs({ ...opts, namespace, port, uiPort });

  const recent: string[] = [];
  let stopping = false; // shutdown chatter (poller EOF warnings) is not forwarded
  const server = spawnOwned(cli, args, (line) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    if (!stopping) opts.log(line);
  });
  const address = `${opts.ip.includes(':') ? `[${opts.ip}]` : opts.ip}:${port}`;
  const abort = server.exited.then(({ code, signal }) => {
    throw new Error(`temporal server start-dev exited (${signal ?? `code ${code}`}) before serving:\n${recent.join('\n')}`);
  });
  try {
    await waitUntilServing({ address, namespace, timeoutMs: opts.readyTimeoutMs ?? 60_000, abort });
  } catch (error) {
    await server.stop(2_000);
    throw error;
  }
  const uiUrl = uiPort === null ? null : `http://${address.replace(/:\d+$/, '')}:${uiPort}`;
  const stop = async () => {
    stopping = true;
    await server.stop();
  };
  return { address, uiUrl, namespace, pid: server.child.pid ?? -1, exited: server.exited, stop };
}
