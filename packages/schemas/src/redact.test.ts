// Operators see quarantined member submissions without the members'
// personal data; other records are left as they are.
import { describe, expect, it } from 'vitest';
import { REDACTED, redactRaw } from './redact.ts';

describe('redacting quarantined records', () => {
  it('hides contact name and phone of a profile and the text of opinions', () => {
    const profile = JSON.stringify({
      kind: 'profile',
      period: '2024',
      data: { unit_name: '单位', contact_name: '张三', contact_phone: '13800138000', batch: 9 },
    });
    expect(JSON.parse(redactRaw(profile))).toEqual({
      kind: 'profile',
      period: '2024',
      data: { unit_name: '单位', contact_name: REDACTED, contact_phone: REDACTED, batch: 9 },
    });
    const opinions = JSON.stringify({
      kind: 'opinions',
      period: '2024',
      data: { items: [{ category: 'x', text: '李四的电话', demand_id: null }, 'odd'] },
    });
    expect(JSON.parse(redactRaw(opinions)).data.items).toEqual([{ category: 'x', text: REDACTED, demand_id: null }, 'odd']);
  });

  it('leaves other records and unreadable raw text unchanged', () => {
    const enterprise = JSON.stringify({ uscc: 'x', name: '企业', contact_name: 'not a submission' });
    expect(redactRaw(enterprise)).toBe(enterprise);
    expect(redactRaw('not json')).toBe('not json');
  });
});
