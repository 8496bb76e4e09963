// Reading the command line: which command, its arguments and flags, checked
// against that command's usage before any service is contacted. Bad usage
// throws a UsageError carrying the usage of the command it was meant for.
import { parseArgs } from 'node:util';
import { FLAG_VALUE_CHECKS } from './flag-values.ts';
import { UsageError } from './output.ts';
import { commandsNamed, FULL_USAGE, usageFor, type CommandUsage } from './usage.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  wait: { type: 'boolean' },
  detach: { type: 'boolean' },
  full: { type: 'boolean' },
  failed: { type: 'boolean' },
  source: { type: 'string' },
  export: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  unit: { type: 'string' },
  limit: { type: 'string' },
  since: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export type CommandLine =
  | { kind: 'help'; usage: string }
  | { kind: 'version'; json: boolean }
  | { kind: 'command'; command: CommandUsage; args: string[]; flags: Flags; json: boolean };

/** The `<arguments>` and required `--flags` of a synopsis: those outside [brackets]. */
function required(synopsis: string): { args: string[]; flags: string[] } {
  const bare = synopsis.replace(/\[[^\]]*\]/g, '');
  return {
    args: [...bare.matchAll(/<\w+>/g)].map((m) => m[0]),
    flags: [...bare.matchAll(/--(\w+)/g)].map((m) => m[1] ?? ''),
  };
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    // An unknown flag or a missing value: name it, with the usage of the command it was given to.
    const { positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: OPTIONS });
    throw new UsageError(err instanceof Error ? err.message : String(err), usageFor(positionals));
  }
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values: flags, positionals } = parse(argv);
  if (flags.version) return { kind: 'version', json: flags.json ?? false };
  const words = positionals[0] === 'help' ? positionals.slice(1) : positionals;
  if (flags.help || positionals[0] === 'help') return { kind: 'help', usage: usageFor(words) };
  if (words.length === 0) throw new UsageError('no command given', FULL_USAGE);
  const named = commandsNamed(words);
  const [command] = named;
  if (named.length !== 1 || !command) throw new UsageError(`unknown command '${words.slice(0, 2).join(' ')}'`, usageFor(words));
  const usage = usageFor([command.name]);
  const args = words.slice(command.name.split(' ').length);
  const given = Object.keys(flags).filter((f) => f !== 'json');
  const foreign = given.find((f) => !command.flags.includes(f));
  if (foreign) throw new UsageError(`'${command.name}' does not take --${foreign}`, usage);
  const needs = required(command.synopsis);
  const missingArg = needs.args[args.length];
  if (missingArg) throw new UsageError(`missing ${missingArg}`, usage);
  if (args.length > needs.args.length) throw new UsageError(`unexpected argument '${args[needs.args.length]}'`, usage);
  const missingFlag = needs.flags.find((f) => flags[f as keyof Flags] === undefined);
  if (missingFlag) throw new UsageError(`missing --${missingFlag}`, usage);
  for (const [flag, value] of Object.entries(flags)) {
    const check = FLAG_VALUE_CHECKS[flag];
    if (typeof value !== 'string' || !check) continue;
    try {
      check(value);
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err), usage);
    }
  }
  return { kind: 'command', command, args, flags, json: flags.json ?? false };
}
