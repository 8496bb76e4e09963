import { describe, expect, it } from 'vitest';
import { generateUscc, hasValidOrgCodeCheck, isValidUscc, makeUscc, orgCodeCheckChar, usccCheckChar, usccProblem } from './uscc.ts';

// Worked by hand (values: GB 32100 charset index, so M=21 A=10 G=16 K=19 P=23;
// GB 11714 uses A=10 … Z=35, so M=22 G=16 K=20 P=25):
// 1) 9 1 440305 + org body MA5G0K1P
//    inner: 22·3+10·7+5·9+16·10+0·5+20·8+1·4+25·2 = 555; 555 mod 11 = 5; 11−5 = 6 → MA5G0K1P6
//    outer: 9·1+1·3+4·9+4·27+0·19+3·26+0·16+5·17+21·20+10·29+5·25+16·13+0·8+19·24+1·10+23·30+6·28
//         = 2686; 2686 mod 31 = 20; 31−20 = 11 → 'B'
// 2) 9 1 440300 + org body 19283746
//    inner: 1·3+9·7+2·9+8·10+3·5+7·8+4·4+6·2 = 263; 263 mod 11 = 10; 11−10 = 1 → 192837461
//    outer: sum = 1109; 1109 mod 31 = 24; 31−24 = 7 → '7'
// 3) 91110000600037341L: a widely published real-format example (Beijing);
//    inner: 6·3+0+0+0+3·5+7·8+3·4+4·2 = 109; 109 mod 11 = 10 → '1'.
const HAND_1 = '91440305MA5G0K1P6B';
const HAND_2 = '914403001928374617';
const PUBLISHED = '91110000600037341L';

describe('unified social credit code', () => {
  it('accepts the hand-checked codes', () => {
    for (const c of [HAND_1, HAND_2, PUBLISHED]) {
      expect(isValidUscc(c), c).toBe(true);
      expect(hasValidOrgCodeCheck(c), c).toBe(true);
      expect(usccProblem(c)).toBeNull();
    }
    expect(usccCheckChar(HAND_1.slice(0, 17))).toBe('B');
    expect(orgCodeCheckChar('MA5G0K1P')).toBe('6');
    expect(makeUscc({ division: '440305', orgBody: 'MA5G0K1P' })).toBe(HAND_1);
    expect(makeUscc({ authority: '9', type: '1', division: '440300', orgBody: '19283746' })).toBe(HAND_2);
  });

  it('maps the check value edges: GB 32100 31 → 0; GB 11714 10 → X, 11 → 0', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0'); // sum 0 → 31 → 0
    expect(usccCheckChar('10000000000000000')).toBe('Y'); // sum 1 → 30 → Y
    expect(orgCodeCheckChar('10000000')).toBe('8'); // 1·3 = 3 → 11−3
    expect(orgCodeCheckChar('00000001')).toBe('9'); // 1·2 = 2 → 11−2
    expect(orgCodeCheckChar('00010000')).toBe('1'); // 1·10 = 10 → 11−10
    expect(orgCodeCheckChar('00000030')).toBe('X'); // 3·4 = 12 ≡ 1 → 10 → X
    expect(orgCodeCheckChar('00100001')).toBe('0'); // 1·9+1·2 = 11 ≡ 0 → 11 → 0
    expect(isValidUscc('000000000000000000')).toBe(true);
  });

  it('rejects wrong check chars, lower case, forbidden letters and wrong lengths', () => {
    expect(isValidUscc('914403001928374618')).toBe(false);
    expect(usccProblem('914403001928374618')).toMatch(/should be 7/);
    expect(isValidUscc(HAND_1.toLowerCase())).toBe(false);
    expect(usccProblem(HAND_1.toLowerCase())).toMatch(/upper case/);
    for (const bad of ['I', 'O', 'Z', 'S', 'V']) {
      const c = `91440305M${bad}5G0K1P6B`;
      expect(isValidUscc(c), c).toBe(false);
      expect(usccProblem(c)).toMatch(/charset/);
    }
    expect(isValidUscc(HAND_1.slice(0, 17))).toBe(false);
    expect(isValidUscc(`${HAND_1}0`)).toBe(false);
    expect(usccProblem(HAND_1.slice(0, 17))).toMatch(/18 characters, got 17/);
    expect(isValidUscc('')).toBe(false);
    expect(isValidUscc(null)).toBe(false);
    expect(isValidUscc(91440300192837)).toBe(false);
  });

  it('requires digits in the division code (positions 3–8)', () => {
    const first17 = '9144A305MA5G0K1P6';
    expect(isValidUscc(first17 + usccCheckChar(first17))).toBe(false);
  });

  it('does not enforce the inner GB 11714 check (only reports it)', () => {
    const first17 = '91440305MA5G0K1P7'; // inner check should be 6
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(true);
    expect(hasValidOrgCodeCheck(code)).toBe(false);
  });

  it('generates valid Shenzhen codes from a seeded source', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const codes = Array.from({ length: 2000 }, () => generateUscc(rand));
    for (const c of codes) {
      expect(isValidUscc(c), c).toBe(true);
      expect(hasValidOrgCodeCheck(c), c).toBe(true);
      expect(c.slice(2, 6)).toBe('4403');
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(generateUscc(rand, { division: '440305' }).slice(2, 8)).toBe('440305');
  });

  it('rejects bad parts in makeUscc', () => {
    expect(() => makeUscc({ division: '44030', orgBody: '19283746' })).toThrow();
    expect(() => makeUscc({ division: '440305', orgBody: 'MI5G0K1P' })).toThrow();
  });
});
