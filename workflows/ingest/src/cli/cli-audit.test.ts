// Which command lines leave an audit entry: every command but those that only
// read, so a new command that changes something is audited unless it is
// added here as read-only on purpose.
import { describe, expect, it } from 'vitest';
import { auditedAction } from './cli-audit.ts';
import { parseCommandLine } from './command-line.ts';
import { COMMANDS } from './usage.ts';

const READ_ONLY = new Set(['runs', 'quarantine', 'status', 'audit']);

const invocation = (...words: string[]) => {
  const line = parseCommandLine(words);
  if (line.kind !== 'command') throw new Error(`not a command: ${words.join(' ')}`);
  return line;
};

describe('audited commands', () => {
  it('every command that changes something is audited; those that only read are not', () => {
    for (const c of COMMANDS) {
      const words = [...c.name.split(' '), ...[...c.synopsis.matchAll(/<\w+>/g)].map(() => 'x')];
      const flags = [...c.synopsis.replace(/\[[^\]]*\]/g, '').matchAll(/--(\w+) (\w+)/g)].flatMap((m) => [
        `--${m[1]}`,
        m[2] === 'DATE' ? '2024-01-01' : 'v',
      ]);
      const audited = auditedAction(invocation(...words, ...flags), 'sources.json');
      if (READ_ONLY.has(c.name)) expect(audited, c.name).toBeNull();
      else expect(audited?.action, c.name).toBe(c.name);
    }
  });

  it('names the target and a few details, never a secret', () => {
    expect(auditedAction(invocation('members', 'add', 'm-1', '--unit', 'A unit'), 'f.json')).toEqual({
      action: 'members add',
      target: 'm-1',
      details: { unit: 'A unit' },
    });
    expect(auditedAction(invocation('sources', 'apply'), '/etc/liaison/sources.json')?.target).toBe('/etc/liaison/sources.json');
    expect(auditedAction(invocation('backfill', 'nanshan', '--from', '2024-01-01', '--to', '2024-02-01'), 'f')?.details).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
    });
  });
});
