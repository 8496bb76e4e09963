// Body limits: a declared size over the limit is refused before any byte is
// read, an undeclared (or understated) one is cut once the limit is passed,
// and a body within the limit reads as text or form fields as before.
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, BodyTooLarge, formDataWithin, readBodyWithin, textWithin } from './body-limit.ts';

/** A POST whose body is `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled.count++;
        controller.enqueue(new Uint8Array(size).fill(0x61));
        if (pulled.count === chunks) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('http://x/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled };
}

describe('request body limits', () => {
  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { request, pulled } = streamed(10, 1024, { 'content-length': String(2 * 1024 * 1024) });
    const refused = await readBodyWithin(request, BODY_LIMITS.json);
    expect(refused).toBeInstanceOf(BodyTooLarge);
    expect(pulled.count).toBe(0);
    expect((refused as BodyTooLarge).message).toBe('the request body is larger than 1 MB, the most this address accepts');
  });

  it('cuts a body without Content-Length once it passes the limit', async () => {
    const { request, pulled } = streamed(1000, 64 * 1024);
    expect(await readBodyWithin(request, BODY_LIMITS.json)).toBeInstanceOf(BodyTooLarge);
    expect(pulled.count).toBeLessThanOrEqual(BODY_LIMITS.json / (64 * 1024) + 2);
  });

  it('cuts a body longer than the Content-Length it declared', async () => {
    const { request } = streamed(4, 8 * 1024, { 'content-length': '100' });
    expect(await readBodyWithin(request, BODY_LIMITS.small)).toBeInstanceOf(BodyTooLarge);
  });

  it('reads a body within the limit as text or form fields', async () => {
    const json = JSON.stringify({ kind: 'opinions', text: '住房' });
    expect(await textWithin(new Request('http://x', { method: 'POST', body: json }), BODY_LIMITS.json)).toBe(json);
    const multipart = new FormData();
    multipart.set('period', '2024');
    multipart.set('file', new File([new Uint8Array(1000)], 'a.xlsx'));
    const fields = await formDataWithin(new Request('http://x', { method: 'POST', body: multipart }), BODY_LIMITS.upload);
    expect(fields instanceof FormData && [fields.get('period'), (fields.get('file') as File).size]).toEqual(['2024', 1000]);
    const urlencoded = new Request('http://x', { method: 'POST', body: new URLSearchParams({ name: 'admin', password: 'p' }) });
    const login = await formDataWithin(urlencoded, BODY_LIMITS.small);
    expect(login instanceof FormData && login.get('name')).toBe('admin');
    expect(await readBodyWithin(new Request('http://x', { method: 'POST' }), BODY_LIMITS.small)).toEqual(new Uint8Array());
  });

  it('refuses a multipart upload over its limit', async () => {
    const multipart = new FormData();
    multipart.set('file', new File([new Uint8Array(BODY_LIMITS.upload)], 'big.xlsx'));
    const encoded = new Request('http://x', { method: 'POST', body: multipart });
    const headers = { 'content-type': encoded.headers.get('content-type')! };
    const body = await encoded.arrayBuffer();
    expect(await formDataWithin(new Request('http://x', { method: 'POST', body, headers }), BODY_LIMITS.upload)).toBeInstanceOf(
      BodyTooLarge,
    );
  });
});
