// The dashboard process of `serve` (and of the e2e and bench runs): the built
// dashboard's handler (adapter-node) under a plain node:http server.
//
// adapter-node 6 takes each request's protocol from a header, else assumes
// https; served over plain http with no proxy in front, SvelteKit would then
// refuse every console and portal form POST as cross-site. So the protocol
// header (PROTOCOL_HEADER, default x-forwarded-proto) is read when a proxy
// sets it (a TLS proxy says https), and a request that came without it came
// straight here, over plain http, and is marked so.
//
// adapter-node refuses any request body over BODY_SIZE_LIMIT (default 512K),
// too small for the portal's 5 MB XLSX upload. Unless set, it is 6M here:
// just above the largest per-endpoint limit, which the dashboard enforces
// itself, endpoint by endpoint (apps/dashboard/src/lib/server/body-limit.ts).
//
// SIGTERM or SIGINT drains: no new connections, requests in flight finish
// (idle keep-alive connections are closed; stragglers are cut after
// SHUTDOWN_TIMEOUT seconds, default 30), adapter-node's `sveltekit:shutdown`
// lets the app close its ClickHouse client, and the process exits 0.
// HOST and PORT say where to listen, as for adapter-node's own server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@liaison/config';

const protocolHeader = (process.env['PROTOCOL_HEADER'] ||= 'x-forwarded-proto').toLowerCase();
process.env['BODY_SIZE_LIMIT'] ||= '6M';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const built = join(repoRoot(), 'apps/dashboard/build/handler.js');
const { handler } = (await import(pathToFileURL(built).href)) as { handler: Handler };

const server = createServer((req, res) => {
  req.headers[protocolHeader] ??= 'http';
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

const host = process.env['HOST'] || '0.0.0.0';
const port = Number(process.env['PORT'] || 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

let stopping = false;
function drain(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  const cut = setTimeout(() => server.closeAllConnections(), Number(process.env['SHUTDOWN_TIMEOUT'] || 30) * 1000);
  server.close(() => {
    clearTimeout(cut);
    (process.emit as (event: string, reason: string) => boolean)('sveltekit:shutdown', signal);
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.once('SIGTERM', drain);
process.once('SIGINT', drain);
