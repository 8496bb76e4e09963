// Reference code lists (shared/reference/*.csv, generated into TS data) and
// the lookups every form of input needs: a file cell may carry the code or
// its Chinese name; pages show the zh or en label.
import type {
  DEMAND_CATEGORIES,
  DEMAND_STATUSES,
  DISTRICTS,
  OWNERSHIP,
  PARTY_ORG,
  PROJECT_KINDS,
  PROJECT_STAGES,
  SECTORS,
} from './codes.generated.ts';

export * from './codes.generated.ts';

/** One entry of a code list (districts add `slug` = code and `gb_code`). */
export interface CodeEntry {
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
}
export type CodeList = readonly CodeEntry[];
export type CodeOf<L extends CodeList> = L[number]['code'];
export type Lang = 'zh' | 'en';

export type DistrictSlug = CodeOf<typeof DISTRICTS>;
export type OwnershipCode = CodeOf<typeof OWNERSHIP>;
export type SectorCode = CodeOf<typeof SECTORS>;
export type DemandCategoryCode = CodeOf<typeof DEMAND_CATEGORIES>;
export type DemandStatusCode = CodeOf<typeof DEMAND_STATUSES>;
export type ProjectKindCode = CodeOf<typeof PROJECT_KINDS>;
export type ProjectStageCode = CodeOf<typeof PROJECT_STAGES>;
export type PartyOrgCode = CodeOf<typeof PARTY_ORG>;

// code-or-Chinese-name → code, built once per list on first use.
const lookups = new WeakMap<CodeList, Map<string, string>>();
function lookupOf(list: CodeList): Map<string, string> {
  let m = lookups.get(list);
  if (!m) {
    m = new Map();
    for (const e of list) m.set(e.name_zh, e.code);
    for (const e of list) m.set(e.code, e.code); // a code wins over a same-spelled name
    lookups.set(list, m);
  }
  return m;
}

/**
 * The code for a file cell holding a code or its Chinese name (surrounding
 * whitespace ignored); null when it is neither.
 */
export function codeFromLabel<L extends CodeList>(list: L, value: string): CodeOf<L> | null {
  const hit = lookupOf(list).get(value.trim());
  return (hit ?? null) as CodeOf<L> | null;
}

/** True when `value` is exactly a code of the list. */
export function isCode<L extends CodeList>(list: L, value: unknown): value is CodeOf<L> {
  return typeof value === 'string' && list.some((e) => e.code === value);
}

/** The zh or en label of a code; an unknown code is returned as it is. */
export function labelOf<L extends CodeList>(list: L, code: CodeOf<L> | string, lang: Lang = 'zh'): string {
  const e = list.find((x) => x.code === code);
  if (!e) return code;
  return lang === 'zh' ? e.name_zh : e.name_en;
}
