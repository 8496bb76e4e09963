// Code → label in the page's language, from the shared reference lists, the
// names shown for sources in as-of lines, and the published definitions.
import { DEMAND_CATEGORIES, DISTRICTS, OWNERSHIP, PROJECT_STAGES, SECTORS, labelOf, type CodeList } from '@liaison/schemas';
import { definitions } from '@liaison/metrics';
import type { Lang } from '../../i18n.ts';
import { emptyLabels, channelNames } from '../../text/codes.ts';
import type { Definition, Option, SourceAsOf } from '../../view.ts';
import type { SourceConfig } from '../sources.ts';

const listLabel =
  (list: CodeList) =>
  (code: string, lang: Lang): string =>
    code ? labelOf(list, code, lang) : emptyLabels[lang].unknown;

export const districtLabel = listLabel(DISTRICTS);
export const ownershipLabel = listLabel(OWNERSHIP);
export const sectorLabel = listLabel(SECTORS);
export const stageLabel = listLabel(PROJECT_STAGES);
export const categoryLabel = listLabel(DEMAND_CATEGORIES);

export function channelLabel(code: string, lang: Lang): string {
  return channelNames[lang][code as keyof (typeof channelNames)['zh']] ?? (code || emptyLabels[lang].unknown);
}

/** Free text from the district systems (department, source event) is shown as it is; absent is said so. */
export function textLabel(value: string | null, lang: Lang, absent: keyof (typeof emptyLabels)['zh']): string {
  return value || emptyLabels[lang][absent];
}

const optionsOf =
  (list: CodeList) =>
  (lang: Lang): Option[] =>
    list.map((d) => ({ value: d.code, label: labelOf(list, d.code, lang) }));

export const districtOptions = optionsOf(DISTRICTS);
export const ownershipOptions = optionsOf(OWNERSHIP);
export const sectorOptions = optionsOf(SECTORS);
export const stageOptions = optionsOf(PROJECT_STAGES);
export const categoryOptions = optionsOf(DEMAND_CATEGORIES);

export function channelOptions(lang: Lang): Option[] {
  return Object.entries(channelNames[lang]).map(([value, label]) => ({ value, label }));
}

const KIND_NAMES: Record<string, Record<Lang, string>> = {
  'demand-platform': { zh: '诉求平台', en: 'Demand platform' },
  'member-inbox': { zh: '会员单位报送', en: 'Member submissions' },
};

/** A district system is named by its district; other sources by their kind. */
export function sourceLabel(id: string, config: SourceConfig | undefined, lang: Lang): string {
  if (config && 'district' in config && typeof config.district === 'string') {
    return labelOf(DISTRICTS, config.district, lang);
  }
  return (config && KIND_NAMES[config.kind]?.[lang]) ?? id;
}

export function sourcesAsOf(asOf: Record<string, string | null>, configs: SourceConfig[], lang: Lang): SourceAsOf[] {
  return Object.entries(asOf).map(([id, at]) => ({
    id,
    at,
    label: sourceLabel(
      id,
      configs.find((c) => c.id === id),
      lang,
    ),
  }));
}

type Published = typeof definitions;

/** Published definitions of a family's metrics, each under the page's own term for it. */
export function definitionsOf<F extends keyof Published>(
  family: F,
  keys: Array<[keyof Published[F] & string, string]>,
  lang: Lang,
): Definition[] {
  const texts = definitions[family] as Record<string, { zh: string; en: string }>;
  return keys.map(([key, term]) => ({ key, term, text: texts[key]?.[lang] ?? '' }));
}
