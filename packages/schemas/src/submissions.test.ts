import { describe, expect, it } from 'vitest';
import { USCC } from './fixtures.ts';
import { checkSubmissionRequest, PERSONAL_FIELDS, profileData, submissionRequest } from './submissions.ts';

const profile = {
  member_id: 'm-001',
  unit_name: '示例集团深圳公司',
  uscc: USCC,
  batch: 2,
  legal_entities: 5,
  party_org: 'committee',
  party_members: 120,
  employees: 3000,
  contact_name: '张三',
  contact_phone: '0755-8888 6666',
};
const errors = (body: unknown) => {
  const r = checkSubmissionRequest(body);
  return r.success ? [] : r.errors;
};

describe('submissions', () => {
  it('accepts each kind with its period rules', () => {
    expect(submissionRequest.parse({ kind: 'profile', period: '2024', data: profile })).toMatchObject({
      kind: 'profile',
      data: { batch: 2 },
    });
    const plans = {
      plans: [
        { name: '项目', sector: 'new_energy', district: 'pingshan', planned_investment_wan: 3000.25, planned_start: '2025-01-01' },
        { name: '二期', sector: 'finance', district: 'futian', planned_investment_wan: '0', planned_start: null },
      ],
    };
    for (const period of ['2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q4'])
      expect(errors({ kind: 'project_plans', period, data: plans }), period).toEqual([]);
    expect(submissionRequest.parse({ kind: 'project_plans', period: '2024', data: plans }).data).toMatchObject({
      plans: [{ planned_investment_wan: '3000.25' }, { planned_investment_wan: '0' }],
    });
    expect(
      errors({
        kind: 'opinions',
        period: '2024-H1',
        data: {
          member_id: 'm-1',
          items: [
            { category: 'housing', text: '人才公寓不足', demand_id: null },
            { category: 'other', text: 'x', demand_id: 'D-9' },
          ],
        },
      }),
    ).toEqual([]);
  });

  it('member_id is optional in data (the API fills it from the token)', () => {
    const { member_id: _m, ...rest } = profile;
    expect(profileData.parse(rest).member_id).toBeUndefined();
    expect(errors({ kind: 'profile', period: '2024', data: { ...profile, member_id: '' } })).toEqual([
      { path: 'data.member_id', code: 'invalid_format', message: 'must not be empty', params: { format: 'regex', expected: 'non_blank' } },
    ]);
  });

  it('rejects a half-year or quarter period for a profile, and malformed periods', () => {
    expect(errors({ kind: 'profile', period: '2024-H1', data: profile })).toEqual([
      { path: 'period', code: 'invalid_format', message: 'expected a year such as 2024', params: { format: 'regex', expected: 'year' } },
    ]);
    for (const period of ['2024-Q5', '2024-H3', '24', '2024Q1', '2024-q1'])
      expect(errors({ kind: 'opinions', period, data: { items: [] } })[0]?.path, period).toBe('period');
  });

  it('lists every field error flat with dotted paths', () => {
    const out = errors({
      kind: 'project_plans',
      period: '2024',
      data: {
        member_id: 'm',
        plans: [
          { name: 'ok', sector: 'finance', district: 'futian', planned_investment_wan: 1, planned_start: null },
          { name: '', sector: 'x', district: '南山区', planned_investment_wan: '1.23456', planned_start: '2024/1/1', extra: 1 },
        ],
      },
    });
    expect(out.map((e) => `${e.path} ${e.code}`)).toEqual([
      'data.plans.1.name invalid_format',
      'data.plans.1.sector invalid_value',
      'data.plans.1.district invalid_value',
      'data.plans.1.planned_investment_wan invalid_format',
      'data.plans.1.planned_start invalid_format',
      'data.plans.1 unrecognized_keys',
    ]);
    for (const e of out) expect(e.message.length).toBeGreaterThan(0);
  });

  it('checks profile fields', () => {
    const out = errors({
      kind: 'profile',
      period: '2024',
      data: {
        ...profile,
        uscc: USCC.toLowerCase(),
        batch: 4,
        legal_entities: 0,
        party_org: '党委',
        party_members: -1,
        employees: 1.5,
        contact_phone: 'call me',
      },
    });
    expect(out.map((e) => e.path)).toEqual([
      'data.uscc',
      'data.batch',
      'data.legal_entities',
      'data.party_org',
      'data.party_members',
      'data.employees',
      'data.contact_phone',
    ]);
    expect(errors({ kind: 'profile', period: '2024', data: { ...profile, contact_phone: '+86 (755) 8888-6666转123' } })).toEqual([]);
    expect(PERSONAL_FIELDS.profile).toEqual(['contact_name', 'contact_phone']);
  });

  it('keeps in each issue the parameters a translation needs, never the input of a free field', () => {
    const out = errors({
      kind: 'profile',
      period: '2024',
      data: { ...profile, uscc: USCC.slice(0, 17), batch: 0, party_org: 'x', unit_name: 'x'.repeat(201), contact_name: undefined },
    });
    expect(Object.fromEntries(out.map((e) => [e.path, e.params]))).toEqual({
      'data.unit_name': { maximum: 200, origin: 'string', inclusive: true },
      'data.uscc': { format: 'uscc', problem: 'length', length: 17 },
      'data.batch': { minimum: 1, origin: 'number', inclusive: true },
      'data.party_org': { values: ['committee', 'general_branch', 'branch', 'joint_branch', 'none'], received: 'x' },
      'data.contact_name': { missing: true, expected: 'string' },
    });
  });

  it('answers bad kinds, missing data and non-objects', () => {
    expect(errors({ kind: 'nope', period: '2024', data: {} })).toEqual([
      {
        path: 'kind',
        code: 'invalid_union',
        message: 'expected kind to be one of profile, project_plans, opinions',
        params: { discriminator: 'kind', options: ['profile', 'project_plans', 'opinions'] },
      },
    ]);
    expect(errors({ kind: 'opinions', period: '2024' })).toEqual([
      { path: 'data', code: 'invalid_type', message: 'required', params: { missing: true, expected: 'object' } },
    ]);
    expect(errors('x')).toEqual([{ path: '', code: 'invalid_type', message: 'expected an object', params: { expected: 'object' } }]);
    expect(errors({ kind: 'opinions', period: '2024', data: { items: [{ category: 'housing', text: ' ' }] } }).map((e) => e.path)).toEqual([
      'data.items.0.text',
    ]);
  });
});
