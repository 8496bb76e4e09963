// Parts of demo projects: topics per sector (which also set the sector mix)
// and amounts in 万元 formatted as exact decimal strings. Amounts are built
// from integers and digit strings, never from float arithmetic, so a value
// such as "3500.0125" is exactly what the source sent.
import type { SectorCode } from '@liaison/schemas';
import { int, weighted, type Rand } from './random.ts';

const BY_SECTOR: Record<SectorCode, string> = {
  advanced_manufacturing: '智能制造基地 高端装备产业园 工业互联网示范工厂',
  new_energy: '储能电站 分布式光伏 超充网络 氢能示范站 综合智慧能源',
  marine_economy: '海洋装备研发中心 海洋科技产业园 国际航运服务中心',
  digital_economy: '算力中心 数据中心 信创产业基地 人工智能创新中心 工业软件研发中心',
  biomedicine: '创新药研发基地 医疗器械产业园 生物医药孵化器',
  finance: '产业投资基金 供应链金融平台 科技金融服务中心',
  infrastructure: '城市更新 综合交通枢纽 片区开发 地下综合管廊 保障性住房',
  modern_services: '总部大厦 区域总部 国际会展中心 商业综合体',
};

export const PROJECT_TOPICS = {
  bySector: Object.fromEntries(Object.entries(BY_SECTOR).map(([k, v]) => [k, v.split(' ')])) as Record<SectorCode, string[]>,
  weights: {
    advanced_manufacturing: 18,
    new_energy: 16,
    marine_economy: 8,
    digital_economy: 20,
    biomedicine: 8,
    finance: 8,
    infrastructure: 14,
    modern_services: 8,
  } satisfies Record<SectorCode, number>,
};

/** An amount with 0–4 decimals (mostly 0 or 1), last decimal non-zero. */
export function wanAmount(rand: Rand, integerPart: number): string {
  const places = Number(weighted(rand, { 0: 50, 1: 30, 2: 15, 4: 5 }));
  if (places === 0) return String(integerPart);
  let frac = '';
  for (let i = 1; i < places; i++) frac += String(int(rand, 0, 9));
  return `${integerPart}.${frac}${int(rand, 1, 9)}`;
}
