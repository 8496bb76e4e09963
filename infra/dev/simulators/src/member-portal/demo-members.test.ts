import { describe, expect, it } from 'vitest';
import { submissionRequest } from '@liaison/schemas';
import { demoMembers } from './demo-members.ts';

describe('demo members', () => {
  it('submit only what the shared schema accepts, deterministically', () => {
    const members = demoMembers({ seed: 3, count: 15 });
    expect(members).toHaveLength(15);
    for (const m of members)
      for (const s of m.submissions) {
        const r = submissionRequest.safeParse(s);
        expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
      }
    expect(demoMembers({ seed: 3, count: 15 })).toEqual(members);
  });
});
