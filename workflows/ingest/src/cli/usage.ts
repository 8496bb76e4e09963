// The command line's usage, one entry per command: the whole table for
// `liaison --help`, one command's lines for `liaison <command> --help` and
// for its usage errors, and the flags each command takes.

export interface CommandUsage {
  /** The command's words, e.g. 'sync' or 'members add'. */
  name: string;
  synopsis: string;
  does: string;
  /** The flags it takes, besides --json and --help. */
  flags: readonly string[];
}

export const COMMANDS: readonly CommandUsage[] = [
  { name: 'sources apply', synopsis: 'sources apply', does: 'validate SOURCES_FILE, create/update/remove schedules', flags: [] },
  { name: 'sync', synopsis: 'sync <sourceId> [--wait] [--full]', does: 'start a sync now', flags: ['wait', 'full'] },
  {
    name: 'runs',
    synopsis: 'runs [--source id] [--failed] [--limit N] [--since DATE]',
    does: 'run history, newest first (the last 50 unless --limit N)',
    flags: ['source', 'failed', 'limit', 'since'],
  },
  { name: 'rerun', synopsis: 'rerun <runId> [--wait]', does: 're-run a failed run over the same window', flags: ['wait'] },
  {
    name: 'quarantine',
    synopsis: 'quarantine <sourceId> [--export file.csv]',
    does: 'quarantined records with reasons',
    flags: ['export'],
  },
  {
    name: 'backfill',
    synopsis: 'backfill <sourceId> --from DATE --to DATE [--detach]',
    does: 're-pull a window (waits; --detach returns at once)',
    flags: ['from', 'to', 'detach'],
  },
  {
    name: 'status',
    synopsis: 'status [--source id]',
    does: 'per source: schedule, paused or not, last success, last failure, next run, now in quarantine, stale',
    flags: ['source'],
  },
  { name: 'cancel', synopsis: 'cancel <sourceId>', does: 'cancel the running sync; its run ends cancelled', flags: [] },
  { name: 'pause', synopsis: 'pause <sourceId>', does: "pause the source's schedule (its note says who paused it)", flags: [] },
  { name: 'resume', synopsis: 'resume <sourceId>', does: "resume the source's schedule", flags: [] },
  {
    name: 'members add',
    synopsis: 'members add <memberId> --unit NAME',
    does: 'register a member unit, print its API token once',
    flags: ['unit'],
  },
  { name: 'members rotate', synopsis: 'members rotate <memberId>', does: 'issue a new token, revoking the old one', flags: [] },
  { name: 'members revoke', synopsis: 'members revoke <memberId>', does: "revoke the unit's token; its portal sessions end", flags: [] },
  {
    name: 'operators add',
    synopsis: 'operators add <name>',
    does: 'add a console login (password from stdin, or made and printed once)',
    flags: [],
  },
  {
    name: 'operators reset',
    synopsis: 'operators reset <name>',
    does: 'set a new password (stdin or made); enables a disabled login',
    flags: [],
  },
  { name: 'operators disable', synopsis: 'operators disable <name>', does: 'refuse the login and end its sessions', flags: [] },
];

const SYNOPSIS_WIDTH = Math.max(...COMMANDS.map((c) => c.synopsis.length)) + 2;

export const FULL_USAGE = [
  'usage: pnpm liaison <command> [options] [--json]',
  ...COMMANDS.map((c) => `  ${c.synopsis.padEnd(SYNOPSIS_WIDTH)}${c.does}`),
  '--help (-h) after any command shows its usage; --version prints the version.',
].join('\n');

/**
 * The commands the words on the command line name: the one command
 * ('members add'), or a group ('members' names add and rotate); none for
 * words that name no command.
 */
export function commandsNamed(words: readonly string[]): CommandUsage[] {
  const [first, second] = words;
  if (first === undefined) return [];
  const exact = COMMANDS.find((c) => c.name === `${first} ${second ?? ''}` || c.name === first);
  if (exact) return [exact];
  return COMMANDS.filter((c) => c.name.startsWith(`${first} `));
}

/** The usage of the commands the words name, or the whole usage if they name none. */
export function usageFor(words: readonly string[]): string {
  const commands = commandsNamed(words);
  if (commands.length === 0) return FULL_USAGE;
  return commands.map((c) => `usage: pnpm liaison ${c.synopsis} [--json]\n  ${c.does}`).join('\n');
}
