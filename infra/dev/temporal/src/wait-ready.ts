// Waits until a Temporal frontend is really serving: the gRPC port accepts
// TCP, and then getSystemInfo and DescribeNamespace succeed through the SDK's
// client. A listening port alone is not enough right after start-up.
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReadyCheck {
  address: string;
  namespace: string;
  timeoutMs: number;
  /** Rejects the wait early, e.g. when the server process exits. */
  abort: Promise<never>;
}

export async function waitUntilServing(check: ReadyCheck): Promise<void> {
  const deadline = Date.now() + check.timeoutMs;
  let lastError: unknown = new Error('not tried');
  let aborted = false;
  check.abort.catch(() => (aborted = true));
  const attempt = async (): Promise<void> => {
    while (!aborted && Date.now() < deadline) {
      try {
        await serving(check.address, check.namespace);
        return;
      } catch (error) {
        lastError = error;
        await sleep(150);
      }
    }
    const why = lastError instanceof Error ? lastError.message : String(lastError);
    throw new Error(`Temporal at ${check.address} not serving after ${check.timeoutMs} ms: ${why}`);
  };
  await Promise.race([attempt(), check.abort]);
}

async function serving(address: string, namespace: string): Promise<void> {
  await tcpOpen(address);
  const { Connection } = await import('@temporalio/client');
  const connection = await Connection.connect({ address, connectTimeout: 2_000 });
  try {
    await connection.workflowService.getSystemInfo({});
    await connection.workflowService.describeNamespace({ namespace });
  } finally {
    await connection.close();
  }
}

async function tcpOpen(address: string): Promise<void> {
  const at = address.lastIndexOf(':');
  const host = address.slice(0, at);
  const port = Number(address.slice(at + 1));
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port, timeout: 1_000 });
    socket.once('connect', () => socket.end(resolve));
    socket.once('timeout', () => socket.destroy(new Error(`connect to ${address} timed out`)));
    socket.once('error', reject);
  });
}
