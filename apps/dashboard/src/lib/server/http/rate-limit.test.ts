// The per-client rate limit: a client gets its requests a minute, then 429
// with Retry-After and the API's error shape; other clients are not affected;
// 0 means no limit.
import { describe, expect, it } from 'vitest';
import type { Handle } from '@sveltejs/kit/hooks';
import { rateLimitHandle } from './rate-limit.ts';

type Input = Parameters<Handle>[0];

async function ask(handle: Handle, address: string | Error): Promise<Response> {
  const getClientAddress = () => {
    if (address instanceof Error) throw address;
    return address;
  };
  const input = {
    event: { getClientAddress },
    resolve: () => Promise.resolve(new Response('ok')),
  } as unknown as Input;
  return handle(input);
}

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has used its requests, and only that client', async () => {
    const handle = rateLimitHandle(3);
    for (let i = 0; i < 3; i++) expect((await ask(handle, '10.0.0.1')).status).toBe(200);
    const refused = await ask(handle, '10.0.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ errors: [{ code: 'rate_limited' }] });
    expect((await ask(handle, '10.0.0.2')).status).toBe(200);
  });

  it('serves, and counts together, requests whose client address cannot be told (the peer already gone)', async () => {
    const handle = rateLimitHandle(2);
    const gone = new Error('Could not determine clientAddress');
    expect([(await ask(handle, gone)).status, (await ask(handle, gone)).status, (await ask(handle, gone)).status]).toEqual([200, 200, 429]);
  });

  it('0 is no limit', async () => {
    const handle = rateLimitHandle(0);
    for (let i = 0; i < 50; i++) expect((await ask(handle, '10.0.0.1')).status).toBe(200);
  });
});
