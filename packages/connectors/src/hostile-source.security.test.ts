// A hostile or misconfigured source, on loopback servers: the shared GET
// never lets it send the worker (and its credentials) elsewhere by a
// redirect, nor fill the worker's memory with an endless or oversized answer.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveLoopback, type LoopbackServer } from '@liaison/simulators';
import { DEFAULT_MAX_BYTES } from './body.ts';
import { getText } from './http.ts';
import { sourceFailure as failure } from './testing.ts';

const label = { name: 'district API', credentials: 'refused the token' };

const servers: LoopbackServer[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => s.stop())));

/** A loopback server recording the headers of every request it gets. */
async function recordingServer(answer: (res: ServerResponse) => void) {
  const received: IncomingHttpHeaders[] = [];
  const server = await serveLoopback(async (req, res) => {
    received.push(req.headers);
    answer(res);
  }, {});
  servers.push(server);
  return { url: server.url, received };
}

describe('getText against a hostile source', () => {
  it('refuses a redirect, never sending the credentials to its target', async () => {
    const target = await recordingServer((res) => res.writeHead(200).end('{"data":[]}'));
    const source = await recordingServer((res) => res.writeHead(302, { Location: `${target.url}/inside/admin?token=leaked` }).end());
    const url = new URL(`${source.url}/v1/visits?page_size=500`);
    const err = await failure(getText(url, { 'X-Api-Key': 'k-secret' }, label, {}));
    expect(err).toMatchObject({ kind: 'bad_response', retryable: false, status: 302 });
    expect(err.message).toContain(`redirected to ${target.url}/inside/admin`);
    expect(err.message).toContain('redirects are not followed');
    expect(err.message).not.toContain('leaked');
    expect(source.received.map((h) => h['x-api-key'])).toEqual(['k-secret']);
    expect(target.received).toEqual([]);
  });

  it('stops reading an answer that goes past maxBytes, closing the connection', async () => {
    const total = 32 * 1024 * 1024;
    let written = 0;
    let closedEarly = false;
    const server = await serveLoopback(async (_req, res) => {
      res.on('close', () => (closedEarly = written < total));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const more = () => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    }, {});
    servers.push(server);
    const err = await failure(getText(new URL(`${server.url}/v1/visits?page_token=t0k`), {}, label, { maxBytes: 100 * 1024 }));
    expect(err).toMatchObject({ kind: 'bad_response', retryable: true });
    expect(err.message).toBe(
      `district API answer at ${server.url}/v1/visits?page_token= went past the 100 KiB limit on a page: stopped reading`,
    );
    await expect.poll(() => closedEarly).toBe(true);
  });

  it('refuses an answer whose Content-Length is over maxBytes before reading it', async () => {
    const server = await serveLoopback(async (_req, res) => {
      res.writeHead(200, { 'Content-Length': String(5_000_000) }).write('{"data":['); // and nothing more
    }, {});
    servers.push(server);
    const err = await failure(getText(new URL(`${server.url}/v1/visits`), {}, label, { maxBytes: 1_000_000, timeoutMs: 2_000 }));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toContain('declares 5000000 bytes (Content-Length), over the 1000000 bytes limit on a page: not read');
  });

  it('keeps the kind of an error answer whose body is too large to read', async () => {
    const target = await recordingServer((res) => res.writeHead(503).end('x'.repeat(200 * 1024)));
    expect(await failure(getText(new URL(target.url), {}, label, {}))).toMatchObject({ kind: 'unavailable', status: 503 });
  });

  it('reads an answer of exactly maxBytes, which is 64 MiB by default', async () => {
    const page = '{"data":["南山"]}';
    const target = await recordingServer((res) => res.writeHead(200).end(page));
    expect(await getText(new URL(target.url), {}, label, { maxBytes: Buffer.byteLength(page) })).toBe(page);
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
  });
});
