// Picks TCP ports the OS reports free, for servers started on "any port", and
// checks that a chosen port is free, so a readiness probe never mistakes
// another server on that port for ours. Racy by nature: callers retry a start
// that fails with "address already in use".
import { createServer } from 'node:net';

/** Binds `host:port` (0 = any) for a moment; resolves with the bound port. */
async function bindBriefly(host: string, port: number): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (bound > 0 ? resolve(bound) : reject(new Error('no port assigned'))));
    });
  });
}

/** `count` distinct ports that were free on `host` a moment ago. */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await bindBriefly(host, 0));
  return [...ports];
}

/** Throws "address already in use" when `host:port` cannot be bound. */
export async function assertPortFree(host: string, port: number): Promise<void> {
  try {
    await bindBriefly(host, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${host}:${port}: ${code === 'EADDRINUSE' ? 'address already in use' : String(error)}`, { cause: error });
  }
}
