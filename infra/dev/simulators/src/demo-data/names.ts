// Enterprise names built from realistic parts: branches and subsidiaries of
// the parent groups (groups.ts), private firms `深圳市XX科技有限公司` and
// foreign-invested `XX（深圳）…有限公司`. Brands and foreign names are
// invented; only the state groups are real.
import { chance, pick, type Rand } from './random.ts';
import type { ParentGroup } from './groups.ts';

const BRAND_CHARS = '华鹏瑞创鑫达腾盛智信新海汇恒宏泰博联云光讯微芯锐优晶卓安德景源嘉力';
const PRIVATE_LINES = [
  '科技',
  '电子',
  '信息技术',
  '智能装备',
  '新能源科技',
  '生物科技',
  '医疗器械',
  '半导体',
  '网络科技',
  '供应链管理',
  '光电',
  '精密制造',
  '新材料',
  '数据服务',
  '机器人',
  '软件',
];
const FOREIGN_BRANDS = [
  '诺德恩',
  '博瑞思',
  '卡尔森',
  '安斯泰',
  '霍夫曼',
  '罗兰德',
  '泰克斯',
  '施密特',
  '大和精工',
  '东丽泰',
  '韦斯特',
  '李斯特',
  '三和',
  '贝克曼',
  '奥兰',
  '凯普勒',
];
const FOREIGN_LINES = ['电子', '精密机械', '医疗', '化学', '汽车零部件', '贸易', '信息技术', '投资咨询'];

function brand(rand: Rand, length: number): string {
  let s = '';
  while (s.length < Math.min(length, 8)) {
    const c = pick(rand, [...BRAND_CHARS]);
    if (!s.includes(c)) s += c;
  }
  return s;
}

/** How a state-group unit relates to its group; decides its name and tier. */
export type UnitForm = 'headquarters' | 'branch' | 'subsidiary';

// `attempt` > 0 means the simpler names were taken: names grow a brand of
// more characters, as real registrants pick another name when theirs exists.
const extraBrand = (rand: Rand, attempt: number) => (attempt < 3 ? '' : brand(rand, 1 + Math.floor(attempt / 3)));

/** Name of a unit of a state group (central, municipal, district, other). */
export function groupUnitName(rand: Rand, group: ParentGroup, form: UnitForm, attempt = 0): string {
  if (form === 'headquarters' && attempt === 0) return group.legal;
  if (form === 'branch' && attempt === 0) return `${group.legal.replace(/(股份)?有限(责任)?公司$/, '')}深圳分公司`;
  const line = `${extraBrand(rand, attempt)}${pick(rand, group.lines)}`;
  if (group.short.startsWith('深')) return `${group.short}${line}有限公司`;
  return chance(rand, 0.5) ? `${group.short}${line}（深圳）有限公司` : `深圳${group.short}${line}有限公司`;
}

/** A private or mixed-ownership firm: 深圳市华鹏科技有限公司. */
export function privateName(rand: Rand, joint: boolean, attempt = 0): string {
  const suffix = joint ? '股份有限公司' : '有限公司';
  return `深圳市${brand(rand, 2 + Math.floor(attempt / 3))}${pick(rand, PRIVATE_LINES)}${suffix}`;
}

/** A foreign-invested firm: 博瑞思（深圳）精密机械有限公司. */
export function foreignName(rand: Rand, attempt = 0): string {
  const line = `${extraBrand(rand, attempt)}${pick(rand, FOREIGN_LINES)}`;
  return `${pick(rand, FOREIGN_BRANDS)}（深圳）${line}有限公司`;
}

/** Keeps names unique within one registry by retrying with growing attempts. */
export function uniqueNamer(): (build: (attempt: number) => string) => string {
  const used = new Set<string>();
  return (build) => {
    for (let attempt = 0; ; attempt++) {
      const name = build(attempt);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
