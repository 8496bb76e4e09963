// Reading the command line: the command, its arguments and flags, and bad
// usage refused with the usage of the command it was meant for.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './command-line.ts';
import { UsageError } from './output.ts';

const usageErrorOf = (argv: string[]): UsageError => {
  try {
    parseCommandLine(argv);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('reads the command, its arguments and flags', () => {
    const line = parseCommandLine(['members', 'add', 'm-1', '--unit', '华润', '--json']);
    expect(line).toMatchObject({ kind: 'command', args: ['m-1'], flags: { unit: '华润' }, json: true });
    expect(line.kind === 'command' && line.command.name).toBe('members add');
  });

  it("tells 'quarantine replay <id>' from 'quarantine <id>'", () => {
    const name = (argv: string[]) => {
      const line = parseCommandLine(argv);
      return line.kind === 'command' ? [line.command.name, ...line.args] : [];
    };
    expect(name(['quarantine', 'replay', 'nanshan'])).toEqual(['quarantine replay', 'nanshan']);
    expect(name(['quarantine', 'nanshan'])).toEqual(['quarantine', 'nanshan']);
  });

  it("answers --help, -h and help with that command's usage", () => {
    for (const argv of [
      ['backfill', 'x', '--help'],
      ['backfill', '-h'],
      ['help', 'backfill'],
    ])
      expect(parseCommandLine(argv)).toEqual({
        kind: 'help',
        usage: expect.stringMatching(/^usage: pnpm liaison backfill <sourceId> --from DATE --to DATE/),
      });
  });

  it('answers --version, before any command', () => {
    expect(parseCommandLine(['--version', '--json'])).toEqual({ kind: 'version', json: true });
  });

  it.each([
    [['runs', '--bogus'], /Unknown option '--bogus'/, 'runs'],
    [['rerun'], /missing <runId>/, 'rerun'],
    [['members', 'add', 'm-1'], /missing --unit/, 'members add'],
    [['backfill', 'x', '--from', '2024-01-01'], /missing --to/, 'backfill'],
    [['quarantine', 'x', '--wait'], /'quarantine' does not take --wait/, 'quarantine'],
    [['sync', 'a', 'b'], /unexpected argument 'b'/, 'sync'],
    [['runs', '--limit', '0'], /--limit must be a positive whole number \(got '0'\)/, 'runs'],
    [['runs', '--since', 'yesterday'], /--since must be a date YYYY-MM-DD or an instant/, 'runs'],
    [['backfill', 'x', '--from', '2024-1-1', '--to', '2024-02-01'], /--from must be a date YYYY-MM-DD/, 'backfill'],
  ])("%j: a usage error with that command's usage", (argv, message, command) => {
    const err = usageErrorOf(argv);
    expect(err.message).toMatch(message);
    expect(err.usage).toMatch(new RegExp(`^usage: pnpm liaison ${command} `));
  });
});
