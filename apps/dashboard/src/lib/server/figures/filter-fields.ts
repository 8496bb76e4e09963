// The controls of the filter forms, one per query parameter, in the page's
// language: the options come from the same code lists the zod filters accept.
import type { Lang } from '../../i18n.ts';
import { filterText } from '../../text/filters.ts';
import type { FilterField } from '../../view.ts';
import { categoryOptions, channelOptions, districtOptions, ownershipOptions, sectorOptions, stageOptions } from './labels.ts';

export type FilterName = 'district' | 'from' | 'to' | 'category' | 'channel' | 'sector' | 'stage' | 'ownership' | 'campaign' | 'period';

const SELECTS = {
  district: districtOptions,
  category: categoryOptions,
  channel: channelOptions,
  sector: sectorOptions,
  stage: stageOptions,
  ownership: ownershipOptions,
} as const;

export function filterFields(lang: Lang, values: Partial<Record<string, unknown>>, names: readonly FilterName[]): FilterField[] {
  const t = filterText[lang];
  return names.map((name): FilterField => {
    const value = typeof values[name] === 'string' ? values[name] : undefined;
    if (name in SELECTS) return { name, label: t[name], kind: 'select', options: SELECTS[name as keyof typeof SELECTS](lang), value };
    if (name === 'from' || name === 'to') return { name, label: t[name], kind: 'date', value };
    if (name === 'period') return { name, label: t.period, kind: 'year', value, hint: t.periodHint };
    return { name, label: t[name], kind: 'text', value, hint: t.campaignHint };
  });
}
