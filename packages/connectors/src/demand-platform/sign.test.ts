// Signing per sources.md §2, checked against vectors made outside this code:
// two computed with the openssl CLI, and a fresh one through WebCrypto.
import { describe, expect, it } from 'vitest';
import { signRequest } from './sign.ts';

// printf '1715909400\n/v2/demand-events?after_seq=0&limit=1000' | openssl dgst -sha256 -hmac 'dev-secret'
const OPENSSL_VECTORS = [
  ['dev-secret', '/v2/demand-events?after_seq=0&limit=1000', '0666c2f1b70121cce193189b28ea729c2f86867f625b0298e5e2ad44676188c8'],
  ['密钥-secret', '/v2/demand-events?after_seq=42&limit=500', '75441a599bc6f42a188d41a627a9c7fa0cdadaeced447b2786088c1f51f3d8ed'],
] as const;

async function webCryptoHex(secret: string, message: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return Buffer.from(await crypto.subtle.sign('HMAC', key, enc.encode(message))).toString('hex');
}

describe('signRequest', () => {
  it.each(OPENSSL_VECTORS)('matches openssl for secret %s', (secret, pathAndQuery, hex) => {
    expect(signRequest(secret, pathAndQuery, 1715909400)).toEqual({ timestamp: '1715909400', signature: hex });
  });

  it('signs timestamp + "\\n" + path_and_query like WebCrypto does', async () => {
    const path = '/api/v2/demand-events?after_seq=123456&limit=7';
    const { timestamp, signature } = signRequest('s3cret', path, 1_800_000_000.9);
    expect(timestamp).toBe('1800000000'); // whole seconds, never a fraction
    expect(signature).toBe(await webCryptoHex('s3cret', `1800000000\n${path}`));
  });
});
