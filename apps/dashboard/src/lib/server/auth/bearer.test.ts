// Token authentication of the submissions API: which headers carry a token,
// and that only a token the lookup knows yields a member.
import { describe, expect, it, vi } from 'vitest';
import { authenticateBearer, bearerToken } from './bearer.ts';

const TOKEN = 'lsm_AbC-123_xyz';

describe('bearer tokens', () => {
  it('reads the token of an Authorization: Bearer header', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`Bearer   ${TOKEN} `)).toBe(TOKEN);
  });

  it('ignores anything else', () => {
    for (const h of [
      null,
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Basic ${TOKEN}`,
      `Token ${TOKEN}`,
      `Bearer ${TOKEN} extra`,
      'Bearer a,b',
      `Bearer ${'a'.repeat(600)}`,
    ]) {
      expect(bearerToken(h), String(h)).toBeNull();
    }
  });

  it('yields the member of a known token only, without asking about malformed ones', async () => {
    const lookup = vi.fn(async (t: string) => (t === TOKEN ? { member_id: 'm-1', unit_name: '单位', token_sha256: 'secret' } : null));
    expect(await authenticateBearer(`Bearer ${TOKEN}`, lookup)).toEqual({ member_id: 'm-1', unit_name: '单位' });
    expect(await authenticateBearer('Bearer lsm_unknown', lookup)).toBeNull();
    lookup.mockClear();
    expect(await authenticateBearer('Basic abc', lookup)).toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });
});
