// Unified social credit code (统一社会信用代码, GB 32100-2015): the identity
// of every enterprise. 18 chars: 1 registration authority, 2 entity type,
// 3–8 administrative division (GB/T 2260, digits), 9–17 organisation code
// (GB 11714: 8 chars + its own check char), 18 the check char over 1–17.
//
// Validation enforces what sources.md asks (charset + final check char) plus
// digits at 3–8. The inner GB 11714 check is NOT enforced (most validators do
// not; registries have issued codes whose 9–17 part predates or bypasses
// GB 11714, and rejecting them would quarantine real enterprises); it is
// exposed as `hasValidOrgCodeCheck` for diagnostics, and codes we generate
// satisfy both.

/** GB 32100 charset in value order: 0–9 then letters without I O Z S V. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const VALUE = new Map<string, number>([...USCC_CHARSET].map((c, i) => [c, i]));

/** The check char (position 18) for the first 17 chars; throws on bad input. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`usccCheckChar: need 17 chars, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i]!);
    if (v === undefined) throw new Error(`usccCheckChar: "${first17[i]}" is not in the GB 32100 charset`);
    sum += v * WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Charset, length, digits at 3–8 and the GB 32100 check char. Case-sensitive. */
export function isValidUscc(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 18 || !SHAPE.test(s)) return false;
  return usccCheckChar(s.slice(0, 17)) === s[17];
}

/** Why a string is not a valid USCC, as data (the parameters of its issue, for translations). */
export type UsccDefect =
  | { problem: 'length'; length: number }
  | { problem: 'lower_case' }
  | { problem: 'charset' }
  | { problem: 'check_char'; expected: string; got: string };

/** What is wrong with a USCC, or null when it is valid. */
export function usccDefect(s: string): UsccDefect | null {
  if (s.length !== 18) return { problem: 'length', length: s.length };
  if (/[a-z]/.test(s)) return { problem: 'lower_case' };
  if (!SHAPE.test(s)) return { problem: 'charset' };
  const want = usccCheckChar(s.slice(0, 17));
  return want === s[17] ? null : { problem: 'check_char', expected: want, got: s[17]! };
}

/** Why a string is not a valid USCC, in English (for error messages), or null when it is. */
export function usccProblem(s: string): string | null {
  const d = usccDefect(s);
  if (d === null) return null;
  switch (d.problem) {
    case 'length':
      return `must be 18 characters, got ${d.length}`;
    case 'lower_case':
      return 'must be upper case';
    case 'charset':
      return 'has characters outside the GB 32100 charset (no I, O, Z, S, V) or a non-numeric division code';
    case 'check_char':
      return `check character should be ${d.expected}, got ${d.got}`;
  }
}

/** GB 11714 check char of an 8-char organisation code body (A=10 … Z=35). */
export function orgCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`orgCodeCheckChar: bad body "${body8}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

/** Whether positions 9–17 form a GB 11714 organisation code with a valid check char. */
export function hasValidOrgCodeCheck(uscc: string): boolean {
  return isValidUscc(uscc) && orgCodeCheckChar(uscc.slice(8, 16)) === uscc[16];
}

export interface UsccParts {
  /** Registration authority code, default '9' (market regulation). */
  authority?: string;
  /** Entity type under that authority, default '1' (enterprise). */
  type?: string;
  /** 6-digit administrative division code, e.g. '440305' (Nanshan). */
  division: string;
  /** 8 chars of the organisation code; its GB 11714 check char is added. */
  orgBody: string;
}

/** Builds a valid 18-char USCC (inner and outer check chars computed). */
export function makeUscc(p: UsccParts): string {
  const first8 = `${p.authority ?? '9'}${p.type ?? '1'}${p.division}`;
  const org = `${p.orgBody}${orgCodeCheckChar(p.orgBody)}`;
  const first17 = first8 + org;
  const code = first17 + usccCheckChar(first17);
  if (!isValidUscc(code)) throw new Error(`makeUscc: invalid parts ${JSON.stringify(p)}`);
  return code;
}

/** Shenzhen divisions: the city's own registry (440300) and its districts. */
export const SHENZHEN_DIVISIONS = [
  '440300',
  '440303',
  '440304',
  '440305',
  '440306',
  '440307',
  '440308',
  '440309',
  '440310',
  '440311',
] as const;

/**
 * A random valid USCC for simulators, from `rand` (uniform in [0, 1), e.g. a
 * seeded PRNG). Mostly post-2015 style `MA…` organisation codes, Shenzhen
 * divisions unless `division` is given.
 */
export function generateUscc(rand: () => number, opts: Partial<UsccParts> = {}): string {
  const pick = (s: string | readonly string[]) => s[Math.floor(rand() * s.length)]!;
  const division = opts.division ?? pick(SHENZHEN_DIVISIONS);
  let orgBody = opts.orgBody;
  if (orgBody === undefined) {
    const modern = rand() < 0.7;
    orgBody = modern ? 'MA5' : pick('3456789');
    while (orgBody.length < 8) orgBody += modern ? pick(USCC_CHARSET) : pick('0123456789');
  }
  return makeUscc({ ...opts, division, orgBody });
}
