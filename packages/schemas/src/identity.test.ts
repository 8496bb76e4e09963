// Identity is one table: the key of a valid record and the best-effort key of
// a raw one come from the same fields, joined the same way.
import { describe, expect, it } from 'vitest';
import { IDENTITY_FIELDS, identityKey, recordKey, submissionIdentity, submissionKey } from './identity.ts';

describe('record identity', () => {
  it('keys valid records by the fields of their collection', () => {
    expect(identityKey('enterprises', { uscc: '91440300MA5DC6QX8G', name: 'x' })).toBe('91440300MA5DC6QX8G');
    expect(identityKey('visits', { district: 'nanshan', visit_id: 'V1', uscc: 'u' })).toBe('nanshan/V1');
    expect(identityKey('projects', { district: 'futian', project_id: 'P1' })).toBe('futian/P1');
    expect(identityKey('events', { event_id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', seq: 1 })).toBe(
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    );
  });

  it('gives a raw record the same key as its valid form', () => {
    for (const collection of ['enterprises', 'visits', 'projects'] as const) {
      const raw = Object.fromEntries(IDENTITY_FIELDS[collection].map((f) => [f, `${f}-1`]));
      expect(recordKey(collection, raw)).toBe(identityKey(collection, raw));
    }
  });

  it('names what it can of an invalid record', () => {
    expect(recordKey('visits', { visit_id: 'V1' })).toBe('?/V1');
    expect(recordKey('visits', { district: 'nanshan' })).toBeNull();
    expect(recordKey('enterprises', { uscc: '' })).toBeNull();
    expect(recordKey('enterprises', null)).toBeNull();
  });
});

describe('submission identity', () => {
  it('keys a submission by member, kind and period', () => {
    expect(submissionKey({ member_id: 'm-1', kind: 'profile', period: '2024' })).toBe('m-1/profile/2024');
    expect(submissionKey({ kind: 'profile', period: '2024' })).toBe('undefined/profile/2024');
    expect(submissionIdentity({ member_id: 'a/b', kind: 'c', period: 'd' })).not.toBe(
      submissionIdentity({ member_id: 'a', kind: 'b/c', period: 'd' }),
    );
  });
});
