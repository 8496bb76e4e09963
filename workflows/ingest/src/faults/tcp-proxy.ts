// For fault tests: a TCP proxy in front of a real service (here the ClickHouse
// HTTP interface), so a test can make the service vanish for its clients —
// open connections reset, new ones dropped at once — and come back, without
// stopping the service other tests share.
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  /** `http://127.0.0.1:PORT`: the service's URL through the proxy. */
  readonly url: string;
  /** Connections dropped since the last cut(): the clients' attempts to reach the vanished service. */
  readonly dropped: number;
  /** The service vanishes: open connections are reset, new ones dropped. */
  cut(): void;
  /** The service is reachable again. */
  restore(): void;
  stop(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let away = false;
  let dropped = 0;
  const server = createServer((client) => {
    if (away) {
      dropped++;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        open.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}`,
    get dropped() {
      return dropped;
    },
    cut() {
      away = true;
      dropped = 0;
      for (const s of open) s.resetAndDestroy();
    },
    restore() {
      away = false;
    },
    stop() {
      for (const s of open) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
