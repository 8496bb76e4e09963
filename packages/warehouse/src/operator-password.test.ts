// Operator passwords (ASVS 2.1.1): at least 12 characters, counted as
// characters (a Chinese passphrase is not penalised for its UTF-16 length nor
// let through by it), refused in words naming the rule; a made password
// passes the rule with room to spare.
import { describe, expect, it } from 'vitest';
import { madeOperatorPassword, MIN_PASSWORD_LENGTH, operatorPasswordProblem } from './operators.ts';

describe('operator passwords', () => {
  it('need at least 12 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(operatorPasswordProblem('eleven-char')).toBe('an operator password needs at least 12 characters (ASVS 2.1.1); this one has 11');
    expect(operatorPasswordProblem('twelve-chars')).toBeNull();
  });

  it('are counted in characters, not UTF-16 units', () => {
    expect(operatorPasswordProblem('😀'.repeat(11))).toMatch(/this one has 11$/);
    expect(operatorPasswordProblem('长城'.repeat(6))).toBeNull();
  });

  it('made for an operator are long enough', () => {
    const made = madeOperatorPassword();
    expect(made.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH + 12);
    expect(operatorPasswordProblem(made)).toBeNull();
    expect(madeOperatorPassword()).not.toBe(made);
  });
});
