// Ended sessions against the real engine: an ended id reads as ended from any
// client, another id does not, and nothing but a digest is stored.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import { endSession, isSessionEnded } from './ended-sessions.ts';
import { createTestDatabase } from './testing.ts';

let ch: ClickHouseClient;
let other: ClickHouseClient;

beforeAll(async () => {
  const db = await createTestDatabase(inject('clickhouseUrl'));
  ch = db.ch;
  other = createClickHouseClient(db.settings); // another replica
});
afterAll(async () => {
  await other?.close();
  await ch?.close();
});

describe('ended sessions', () => {
  it('an ended session is ended for every replica; another is not', async () => {
    const inAnHour = Date.now() / 1000 + 3600;
    expect(await isSessionEnded(other, 'sid-1')).toBe(false);
    await endSession(ch, 'sid-1', inAnHour);
    expect(await isSessionEnded(other, 'sid-1')).toBe(true);
    expect(await isSessionEnded(other, 'sid-2')).toBe(false);
    const rs = await ch.query({ query: `SELECT count() AS n FROM ended_sessions WHERE sid_sha256 = 'sid-1'`, format: 'JSONEachRow' });
    expect(Number((await rs.json<{ n: string }>())[0]!.n)).toBe(0);
  });
});
