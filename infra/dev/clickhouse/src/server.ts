// Executable: ClickHouse's HTTP interface over a chDB engine on one data
// directory, one process per directory (chDB binds one per process).
//   node infra/dev/clickhouse/src/server.ts --data DIR --port N [--host 127.0.0.1]
//     [--user U] [--reader R] [--setting name=value]... [--watch-stdin]
// With --user, requests must present that user and the password in the
// EMBEDDED_CLICKHOUSE_PASSWORD environment variable (not an argument: a
// command line is readable by every local user). With --reader, a second,
// read-only account R (password in EMBEDDED_CLICKHOUSE_READER_PASSWORD) reads
// only what the GRANT statements in EMBEDDED_CLICKHOUSE_READER_GRANTS allow
// (read-grants.ts). Requests from web pages
// (with an Origin header) are refused, and bodies are capped (body.ts).
// Prints `ready http://HOST:PORT` once serving; exits cleanly on SIGTERM/SIGINT
// and, with --watch-stdin, when its stdin closes (i.e. its parent died).
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Engine, serverDefaults } from './engine.ts';
import { createHandler } from './handler.ts';
import { parseReadGrants } from './read-grants.ts';

const KEEP_ALIVE_SECONDS = 30;

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '8123' },
    host: { type: 'string', default: '127.0.0.1' },
    user: { type: 'string' },
    reader: { type: 'string' },
    setting: { type: 'string', multiple: true, default: [] },
    'max-body-bytes': { type: 'string' },
    'watch-stdin': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`embedded-clickhouse: ${message}\n`);
  process.exit(1);
}

if (!args.data) fail('--data DIR is required');
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${args.port}`);
const defaults = { ...serverDefaults };
for (const pair of args.setting) {
  const eq = pair.indexOf('=');
  if (eq <= 0) fail(`--setting expects name=value, got ${pair}`);
  defaults[pair.slice(0, eq)] = pair.slice(eq + 1);
}

const dataDir = resolve(args.data);
let engine: Engine;
try {
  mkdirSync(dataDir, { recursive: true });
  engine = Engine.open(dataDir, defaults);
} catch (error) {
  const why = error instanceof Error ? error.message : String(error);
  fail(`cannot open data directory ${dataDir} (only one server per directory; is another server using it?): ${why}`);
}

function maxBodyBytes(): number | undefined {
  const given = args['max-body-bytes'];
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) fail(`--max-body-bytes must be a whole number of bytes, got ${given}`);
  return n;
}

const auth = args.user !== undefined ? { user: args.user, password: process.env['EMBEDDED_CLICKHOUSE_PASSWORD'] ?? '' } : undefined;
function reader() {
  if (args.reader === undefined) return undefined;
  try {
    const grants = parseReadGrants(process.env['EMBEDDED_CLICKHOUSE_READER_GRANTS'] ?? '', args.reader);
    return { password: process.env['EMBEDDED_CLICKHOUSE_READER_PASSWORD'] ?? '', grants };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const server = createServer(
  { keepAliveTimeout: KEEP_ALIVE_SECONDS * 1000, requestTimeout: 0 },
  createHandler({ engine, auth, reader: reader(), keepAliveSeconds: KEEP_ALIVE_SECONDS, maxBodyBytes: maxBodyBytes() }),
);
server.on('error', (error) => fail(`cannot listen on ${args.host}:${port}: ${error.message}`));
server.listen(port, args.host, () => {
  const { port: actual } = server.address() as AddressInfo;
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  process.stdout.write(`ready http://${host}:${actual}\n`);
});

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Finish requests in flight, drop idle keep-alive sockets, then release the directory.
  const closed = new Promise((done) => server.close(done));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  await closed;
  clearTimeout(force);
  await engine.close();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
if (args['watch-stdin']) {
  process.stdin.on('close', () => void shutdown());
  process.stdin.on('end', () => void shutdown());
  process.stdin.resume();
}
