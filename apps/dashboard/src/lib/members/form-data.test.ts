// Form values → submission request: the conversion the browser and the
// server both run before the shared schema checks the result.
import { describe, expect, it } from 'vitest';
import { submissionRequest } from '@liaison/schemas';
import { entriesFromData, requestFromEntries, rowCount } from './form-data.ts';

describe('form values to a submission', () => {
  it('builds a profile, converting numbers and code names and dropping empty values', () => {
    const body = requestFromEntries('profile', [
      ['period', ' 2024 '],
      ['idempotency_key', 'k'],
      ['data.unit_name', '示例单位'],
      ['data.uscc', '91440305MA5G0K1P6B'],
      ['data.batch', '2'],
      ['data.legal_entities', '1,200'],
      ['data.party_org', '党委'],
      ['data.party_members', ''],
      ['data.employees', '3000'],
      ['data.contact_name', '张三'],
      ['data.contact_phone', '0755-8888 6666'],
      ['data.bogus', 'x'],
    ]);
    expect(body).toEqual({
      kind: 'profile',
      period: '2024',
      data: {
        unit_name: '示例单位',
        uscc: '91440305MA5G0K1P6B',
        batch: 2,
        legal_entities: 1200,
        party_org: 'committee',
        party_members: undefined,
        employees: 3000,
        contact_name: '张三',
        contact_phone: '0755-8888 6666',
      },
    });
    const r = submissionRequest.safeParse(body);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['data.party_members']);
  });

  it('builds dense lists in row order, whatever the order of the fields', () => {
    const body = requestFromEntries('project_plans', [
      ['data.plans.1.name', '二期'],
      ['data.plans.0.name', '一期'],
      ['data.plans.0.planned_investment_wan', '12,500.5'],
      ['data.plans.0.planned_start', ''],
      ['data.plans.1.planned_start', '2025-01-02'],
      ['data.items.0.text', 'ignored'],
    ]);
    expect(body.data).toEqual({
      plans: [
        { name: '一期', planned_investment_wan: '12500.5', planned_start: undefined },
        { name: '二期', planned_start: '2025-01-02' },
      ],
    });
    expect(requestFromEntries('opinions', []).data).toEqual({ items: [] });
  });

  it('fills a form back from stored data', () => {
    const values = entriesFromData('opinions', {
      member_id: 'm',
      items: [
        { category: 'housing', text: '甲', demand_id: null },
        { category: 'other', text: '乙', demand_id: 'D-1' },
      ],
    });
    expect(values).toEqual({
      'data.items.0.category': 'housing',
      'data.items.0.text': '甲',
      'data.items.1.category': 'other',
      'data.items.1.text': '乙',
      'data.items.1.demand_id': 'D-1',
    });
    expect(rowCount('opinions', values)).toBe(2);
    expect(rowCount('opinions', {})).toBe(1);
    expect(requestFromEntries('opinions', Object.entries(values)).data).toEqual({
      items: [
        { category: 'housing', text: '甲' },
        { category: 'other', text: '乙', demand_id: 'D-1' },
      ],
    });
  });
});
