export * from './stack.ts';
export * from '@liaison/serve/services';
export * from './chromium.ts';
export async function freePort(): Promise<number> {
  const { freePorts } = await import('@liaison/temporal-dev');
  const [port] = await freePorts(1, '127.0.0.1');
  if (port === undefined) throw new Error('no free port');
  return port;
}
