// The stack loads its demo submissions by running the inbox sync until it has
// taken them all (each is read once settled), not after a guessed pause.
import { describe, expect, it } from 'vitest';
import { syncInboxUntilTaken } from './members.ts';

const run = (received: number) => ({ received, status: 'succeeded', error: null });

describe('loading the demo submissions through the inbox', () => {
  it('syncs again until every submission sent has been received', async () => {
    const answers = [run(0), run(0), run(3), run(2), run(0)];
    let calls = 0;
    await syncInboxUntilTaken(async () => answers[calls++]!, 5);
    expect(calls).toBe(4);
  });

  it('stops at a failed sync, saying why', async () => {
    const failed = async () => ({ received: 0, status: 'failed', error: 'ClickHouse did not answer' });
    await expect(syncInboxUntilTaken(failed, 5)).rejects.toThrow('the member inbox sync failed: ClickHouse did not answer');
  });
});
