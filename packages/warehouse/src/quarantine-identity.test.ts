// The quarantine identity of a record: its key, or without one its content,
// the same wherever and in whatever key order the record comes.
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentIdentity, quarantineIdentity } from './quarantine-identity.ts';

describe('quarantineIdentity', () => {
  it('is the key when the record has one', () => {
    expect(quarantineIdentity({ key: 'nanshan/V1', raw: { visit_id: 'V1' } })).toBe('nanshan/V1');
  });

  it('is the content without a key: equal records match whatever their key order, different ones do not', () => {
    const a = quarantineIdentity({ key: null, raw: { district: 'nanshan', name: '张三', tags: [{ b: 1, a: 2 }] } });
    const b = quarantineIdentity({ key: null, raw: { tags: [{ a: 2, b: 1 }], name: '张三', district: 'nanshan' } });
    expect(a).toBe(b);
    expect(a).toMatch(/^#[0-9a-f]{32}$/);
    expect(quarantineIdentity({ key: null, raw: { district: 'futian', name: '张三', tags: [{ a: 2, b: 1 }] } })).not.toBe(a);
  });

  it('hashes any raw form, not only objects', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(contentIdentity('junk')).not.toBe(contentIdentity(['junk']));
  });
});
