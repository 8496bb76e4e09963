// Demo member units of the association and what they submit (sources.md §3):
// a yearly profile, half-year project plans and opinions, in the exact shape
// of the submissions API's `{ kind, period, data }`. Deterministic per seed.
import { DEMAND_CATEGORIES_CODES, DISTRICTS_CODES, generateUscc, SECTORS_CODES } from '@liaison/schemas';
import { CENTRAL_GROUPS } from '../demo-data/groups.ts';
import { chance, int, pick, seededRand } from '../demo-data/random.ts';

export interface DemoSubmission {
  kind: 'profile' | 'project_plans' | 'opinions';
  period: string;
  data: Record<string, unknown>;
}

export interface DemoMember {
  member_id: string;
  unit_name: string;
  submissions: DemoSubmission[];
}

const PLAN_NAMES = [
  '智慧园区',
  '数据中心',
  '新能源汽车零部件基地',
  '海洋装备研发中心',
  '生物医药产业园',
  '城市更新',
  '综合能源站',
  '供应链金融平台',
];
const OPINIONS = ['建议加快人才住房配租进度', '希望简化项目用地审批流程', '建议增加产业用房供给', '希望协调解决员工子女入学问题'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨'];

export function demoMembers(opts: { seed?: number | string; count?: number } = {}): DemoMember[] {
  const rand = seededRand(opts.seed ?? 1, 'members');
  const members: DemoMember[] = [];
  for (let i = 0; i < (opts.count ?? 12); i++) {
    const group = CENTRAL_GROUPS[i % CENTRAL_GROUPS.length]!;
    const member_id = `M${String(i + 1).padStart(3, '0')}`;
    const unit_name = `${group.legal}深圳${i < CENTRAL_GROUPS.length ? '分公司' : '区域总部'}`;
    const profile = (year: number): DemoSubmission => ({
      kind: 'profile',
      period: String(year),
      data: {
        member_id,
        unit_name,
        uscc: generateUscc(rand),
        batch: int(rand, 1, 3),
        legal_entities: int(rand, 1, 40),
        party_org: pick(rand, ['committee', 'general_branch', 'branch']),
        party_members: int(rand, 10, 900),
        employees: int(rand, 50, 12_000),
        contact_name: `${pick(rand, SURNAMES)}${pick(rand, ['伟', '敏', '静', '磊'])}`,
        contact_phone: `138${String(int(rand, 0, 99_999_999)).padStart(8, '0')}`,
      },
    });
    const plans: DemoSubmission = {
      kind: 'project_plans',
      period: '2025-H1',
      data: {
        member_id,
        plans: Array.from({ length: int(rand, 1, 4) }, () => ({
          name: `${group.short}${pick(rand, PLAN_NAMES)}`,
          sector: pick(rand, SECTORS_CODES),
          district: pick(rand, DISTRICTS_CODES),
          planned_investment_wan: `${int(rand, 500, 250_000)}.${String(int(rand, 0, 99)).padStart(2, '0')}`,
          planned_start: chance(rand, 0.6) ? `2025-0${int(rand, 1, 9)}-01` : null,
        })),
      },
    };
    const opinions: DemoSubmission = {
      kind: 'opinions',
      period: '2025-H1',
      data: {
        member_id,
        items: [{ category: pick(rand, DEMAND_CATEGORIES_CODES), text: pick(rand, OPINIONS), demand_id: null }],
      },
    };
    members.push({ member_id, unit_name, submissions: [profile(2024), profile(2025), plans, opinions] });
  }
  return members;
}
