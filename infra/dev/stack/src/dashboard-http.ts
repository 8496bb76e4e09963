// The built dashboard (adapter-node) served over plain http on this machine
// (e2e, `mode: 'built'`). adapter-node 6 assumes https unless a protocol
// header says otherwise, which makes SvelteKit refuse every same-origin form
// POST as cross-site; this server says "http" as a TLS-terminating proxy
// would say "https". Run with cwd = apps/dashboard, HOST and PORT set.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env['PROTOCOL_HEADER'] = 'x-forwarded-proto';
type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const { handler } = (await import(pathToFileURL(join(process.cwd(), 'build/handler.js')).href)) as { handler: Handler };

const server = createServer((req, res) => {
  req.headers['x-forwarded-proto'] = 'http';
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});
server.listen(Number(process.env['PORT']), process.env['HOST'] ?? '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
