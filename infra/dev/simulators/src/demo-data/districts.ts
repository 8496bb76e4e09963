// What the demo needs to know about a district beyond the reference list:
// its short name (南山), the USCC division its registry issues codes under,
// and a few well-known areas that project names mention.
import { DISTRICTS, type DistrictSlug } from '@liaison/schemas';

export interface DistrictProfile {
  slug: DistrictSlug;
  /** 南山区 */
  nameZh: string;
  /** 南山 */
  short: string;
  /** GB/T 2260 division of the district, or the city's (440300) when it has none. */
  division: string;
  /** Prefix of visit and project ids: NANSHAN. */
  idPrefix: string;
  /** Areas named in project titles. */
  places: readonly string[];
}

const PLACES: Record<string, string> = {
  luohu: '蔡屋围 笋岗 莲塘',
  futian: '香蜜湖 车公庙 河套',
  nanshan: '蛇口 后海 西丽 深圳湾 科技园',
  baoan: '宝安中心区 西乡 沙井 燕罗',
  longgang: '坂田 大运 平湖',
  yantian: '沙头角 盐田港',
  longhua: '观澜 民治 九龙山',
  pingshan: '坪山中心区 坑梓',
  guangming: '光明科学城 凤凰城',
  dapeng: '葵涌 坝光',
  qianhai: '前海 妈湾',
  shenshan: '鹅埠 小漠',
};

export function districtProfile(slug: string): DistrictProfile {
  const d = DISTRICTS.find((x) => x.code === slug);
  if (!d) throw new RangeError(`unknown district "${slug}" (see reference/districts.csv)`);
  const short = d.name_zh.replace(/(特别合作区|合作区|新区|区)$/, '');
  return {
    slug: d.code,
    nameZh: d.name_zh,
    short,
    division: d.gb_code ?? '440300',
    idPrefix: slug.toUpperCase(),
    places: (PLACES[slug] ?? short).split(' '),
  };
}
