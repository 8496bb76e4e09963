// Code → label in the page's language, from the shared reference lists, and
// the names shown for sources in as-of lines.
import { DISTRICTS, OWNERSHIP, labelOf } from '@liaison/schemas';
import { definitions } from '@liaison/metrics';
import type { Lang } from '../i18n.ts';
import type { Definition, Option, SourceAsOf } from '../view.ts';
import type { SourceConfig } from './sources.ts';

const UNKNOWN: Record<Lang, string> = { zh: '未注明', en: 'Not stated' };

export function districtLabel(code: string, lang: Lang): string {
  return code ? labelOf(DISTRICTS, code, lang) : UNKNOWN[lang];
}

export function ownershipLabel(code: string, lang: Lang): string {
  return code ? labelOf(OWNERSHIP, code, lang) : UNKNOWN[lang];
}

export function districtOptions(lang: Lang): Option[] {
  return DISTRICTS.map((d) => ({ value: d.code, label: labelOf(DISTRICTS, d.code, lang) }));
}

export function ownershipOptions(lang: Lang): Option[] {
  return OWNERSHIP.map((d) => ({ value: d.code, label: labelOf(OWNERSHIP, d.code, lang) }));
}

const KIND_NAMES: Record<string, Record<Lang, string>> = {
  'demand-platform': { zh: '诉求平台', en: 'Demand platform' },
  'member-inbox': { zh: '会员单位报送', en: 'Member submissions' },
};

/** A district system is named by its district; other sources by their kind. */
function sourceLabel(id: string, config: SourceConfig | undefined, lang: Lang): string {
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

type CoverageKey = keyof typeof definitions.coverage;

/** Published definitions of the given coverage metrics, with the page's term for each. */
export function coverageDefinitions(keys: Array<[CoverageKey, string]>, lang: Lang): Definition[] {
  return keys.map(([key, term]) => ({ key, term, text: definitions.coverage[key][lang] }));
}
