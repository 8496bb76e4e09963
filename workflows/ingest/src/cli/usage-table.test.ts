// Which usage lines a command line names: one command, a group of commands
// ('members'), or none (the whole usage).
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsNamed, FULL_USAGE, usageFor } from './usage.ts';

describe('usage of one command', () => {
  it('names one command by its words, arguments after them ignored', () => {
    expect(commandsNamed(['sync', 'nanshan']).map((c) => c.name)).toEqual(['sync']);
    expect(commandsNamed(['members', 'rotate', 'm-1']).map((c) => c.name)).toEqual(['members rotate']);
  });

  it('names a group by its first word, and nothing for unknown words', () => {
    expect(commandsNamed(['members']).map((c) => c.name)).toEqual(['members add', 'members rotate', 'members revoke']);
    expect(commandsNamed(['sources', 'bogus']).map((c) => c.name)).toEqual(['sources apply']);
    expect(commandsNamed(['atlantis'])).toEqual([]);
    expect(usageFor(['atlantis'])).toBe(FULL_USAGE);
  });

  it('lists every command, and every flag a command takes is in its synopsis', () => {
    for (const c of COMMANDS) {
      expect(FULL_USAGE).toContain(c.synopsis);
      for (const flag of c.flags) expect(c.synopsis).toContain(`--${flag}`);
    }
  });
});
