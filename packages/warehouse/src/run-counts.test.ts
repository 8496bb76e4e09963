// A run's counts always add up: received = loaded + quarantined + duplicates.
import { describe, expect, it } from 'vitest';
import { addingUp } from './runs.ts';

describe('run counts', () => {
  it('add up from the batches and the versions added', () => {
    expect(addingUp({ received: 10, quarantined: 2 }, 5)).toEqual({ received: 10, loaded: 5, quarantined: 2, duplicates: 3 });
    // Never a negative duplicate count: a run whose batches were not all recorded still adds up.
    expect(addingUp({ received: 3, quarantined: 1 }, 4)).toEqual({ received: 5, loaded: 4, quarantined: 1, duplicates: 0 });
  });
});
