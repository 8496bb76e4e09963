// Public surface of @liaison/embedded-clickhouse: run the embedded ClickHouse
// HTTP server (src/server.ts) as a child process that cannot outlive its parent.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface EmbeddedClickHouseOptions {
  /** Data directory (created if missing); one server per directory. */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Require these credentials; by default any are accepted. */
  auth?: { user: string; password: string };
  /** A read-only account reading only what `grants` (GRANT SELECT … TO user statements) allow. */
  reader?: { user: string; password: string; grants: string };
  /** The largest request body the server takes, decompressed (default MAX_BODY_BYTES of body.ts). */
  maxBodyBytes?: number;
  /** Default settings for every query, on top of the server's own. */
  settings?: Record<string, string | number>;
  /** How long to wait for the server to be ready (default 60 s). */
  readyTimeoutMs?: number;
}

export interface EmbeddedClickHouse {
  /** e.g. http://127.0.0.1:41234 — pass to createClient({ url }). */
  url: string;
  /** Process id of the server. */
  pid: number;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process is gone. */
  stop(): Promise<void>;
}

export { serverDefaults } from './engine.ts';

const serverPath = fileURLToPath(new URL('./server.ts', import.meta.url));

export function startEmbeddedClickHouse(options: EmbeddedClickHouseOptions): Promise<EmbeddedClickHouse> {
  const args = [serverPath, '--data', options.dataDir, '--port', String(options.port ?? 0), '--watch-stdin'];
  if (options.host) args.push('--host', options.host);
  // The password goes through the child's environment: a command line is readable by every local user.
  if (options.auth) args.push('--user', options.auth.user);
  if (options.reader) args.push('--reader', options.reader.user);
  if (options.maxBodyBytes !== undefined) args.push('--max-body-bytes', String(options.maxBodyBytes));
  for (const [name, value] of Object.entries(options.settings ?? {})) args.push('--setting', `${name}=${value}`);
  // stdin is a pipe the child watches: when this process dies, even by SIGKILL,
  // the pipe closes and the server shuts down.
  const env = {
    ...process.env,
    ...(options.auth ? { EMBEDDED_CLICKHOUSE_PASSWORD: options.auth.password } : {}),
    ...(options.reader
      ? { EMBEDDED_CLICKHOUSE_READER_PASSWORD: options.reader.password, EMBEDDED_CLICKHOUSE_READER_GRANTS: options.reader.grants }
      : {}),
  };
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      process.removeListener('exit', killOnExit);
      done();
    }),
  );

  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-8192);
  });

  return new Promise<EmbeddedClickHouse>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 60_000;
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      const output = stderr.trim() ? `\n--- server stderr ---\n${stderr.trim()}` : '';
      reject(new Error(`embedded ClickHouse on ${options.dataDir} ${why}${output}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited before ready (${signal ?? `code ${code}`})`);
    child.once('exit', onExit);
    child.once('error', (error) => fail(`could not start: ${error.message}`));

    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => {
      const m = /^ready (\S+)$/.exec(line);
      if (!m?.[1]) return;
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      // Neither the server nor its pipes keep this process alive; the server
      // ends with it. stop() takes a reference again while it waits.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as Socket).unref();
      // From now on the server's own complaints go to our stderr.
      child.stderr.on('data', (text: string) => process.stderr.write(text));
      let stopping: Promise<void> | undefined;
      child.once('exit', (code, signal) => {
        // Ctrl-C reaches the server with the rest of the terminal's processes:
        // it then stops cleanly before stop() is called, which is no news.
        const clean = code === 0 || signal === 'SIGINT' || signal === 'SIGTERM';
        if (!stopping && !clean)
          process.stderr.write(`embedded ClickHouse (pid ${child.pid}) exited unexpectedly: ${signal ?? `code ${code}`}\n`);
      });
      const stop = () => (stopping ??= terminate(child, exited));
      resolve({ url: m[1], pid: child.pid ?? 0, stop });
    });
  });
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.ref();
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}
