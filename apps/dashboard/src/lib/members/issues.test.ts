// Issue wording and placement: the schema's messages read in Chinese, and a
// path names its field and row.
import { describe, expect, it } from 'vitest';
import { submissionErrors, submissionRequest } from '@liaison/schemas';
import { localizeMessage, locate } from './issues.ts';

describe('validation issues for members', () => {
  it('translates every message the portal forms can produce', () => {
    const r = submissionRequest.safeParse({
      kind: 'profile',
      period: '2024-H1',
      data: {
        unit_name: '',
        uscc: '123',
        batch: 9,
        legal_entities: 0,
        party_org: 'x',
        party_members: 'abc',
        employees: 1.5,
        contact_phone: 'call me',
      },
    });
    expect(r.success).toBe(false);
    const issues = r.success ? [] : submissionErrors(r.error);
    expect(issues.length).toBeGreaterThan(7);
    for (const i of issues) expect(localizeMessage(i.message, 'zh'), i.message).not.toMatch(/[a-z]{4,}/i);
    expect(localizeMessage('must be ≥ 1', 'zh')).toBe('不能小于 1');
    expect(localizeMessage('must be ≥ 1', 'en')).toBe('must be ≥ 1');
    expect(localizeMessage('something new', 'zh')).toBe('something new');
  });

  it('places a path on its field and row', () => {
    expect(locate('project_plans', 'data.plans.3.sector')).toMatchObject({ row: 3, field: { key: 'sector' } });
    expect(locate('profile', 'data.contact_phone')).toMatchObject({ row: null, field: { key: 'contact_phone', personal: true } });
    expect(locate('opinions', 'period')).toEqual({ field: null, row: null });
    expect(locate('opinions', 'data.items')).toEqual({ field: null, row: null });
  });
});
