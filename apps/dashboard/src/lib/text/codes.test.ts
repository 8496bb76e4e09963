import { DEMAND_CHANNELS } from '@liaison/schemas';
import { describe, expect, it } from 'vitest';
import { channelNames } from './codes.ts';

describe('channel names', () => {
  it('name exactly the channels the demand filters accept, in both languages', () => {
    expect(Object.keys(channelNames.zh)).toEqual([...DEMAND_CHANNELS]);
    expect(Object.keys(channelNames.en)).toEqual([...DEMAND_CHANNELS]);
  });
});
