// Test helper: a round-robin front for dashboard replicas, as a load balancer
// would be: each request goes to the next replica, headers (Host included)
// passed unchanged, so the replicas see the front's origin.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinFront {
  url: string;
  /** How many requests each upstream received. */
  served: number[];
  stop(): Promise<void>;
}

export async function startRoundRobin(upstreams: readonly string[]): Promise<RoundRobinFront> {
  let next = 0;
  const served = upstreams.map(() => 0);
  const server: Server = createServer((req, res) => {
    const i = next++ % upstreams.length;
    served[i]!++;
    const target = new URL(req.url ?? '/', upstreams[i]);
    const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`upstream ${target.origin}: ${err.message}`);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
