// The sources configuration file (interfaces.md "Sources configuration"):
// which sources exist and when each syncs. A malformed file stops start-up
// with every error listed as `file: path: reason` (formatConfigErrors).
// Objects are strict so a misspelt option is reported, not silently ignored.
// A source's baseUrl carries no credentials (they travel in headers, from the
// environment variables the source names) and uses https unless the source
// is on this machine, so its credentials never cross a network in clear.
// The optional `alerts` name where failed and stale sources are posted; like
// the sources' secrets, an alert's URL is named by an environment variable.
import { z } from 'zod';
import { DISTRICTS_CODES } from './reference/codes.ts';
import { cronProblem } from './cron.ts';
import * as f from './fields.ts';
import { dottedPath } from './issues.ts';

const req = (what: string) => ({ error: (i: { input: unknown }) => (i.input === undefined ? 'required' : `expected ${what}`) });

const id = z
  .string(req('an id'))
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'id must match [a-z0-9][a-z0-9-]* (lower case, digits, dashes)' });
const envName = z
  .string(req('an environment variable name'))
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'expected an environment variable name' });
const baseUrl = z.url({ protocol: /^https?$/, ...req('an http(s) URL') }).check((ctx) => {
  const why = baseUrlProblem(ctx.value);
  if (why) ctx.issues.push({ code: 'custom', input: ctx.value, message: why });
});
const schedule = z.string(req('a 5-field cron expression')).check((ctx) => {
  const why = cronProblem(ctx.value);
  if (why) ctx.issues.push({ code: 'invalid_format', format: 'cron', input: ctx.value, message: `invalid cron "${ctx.value}": ${why}` });
});
const district = f.code(DISTRICTS_CODES, 'district');
const obj = f.strictObject;

/** Hosts on this machine: 127.0.0.0/8, ::1 and localhost (the URL parser has already normalised 127.1 and the like). */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Why an http(s) URL may not be a baseUrl; null when it may (or is no http(s) URL at all: z.url reports that). */
function baseUrlProblem(value: string): string | null {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url === null || !/^https?:$/.test(url.protocol)) return null;
  if (url.username || url.password) {
    return 'baseUrl must not contain a user name or password (user:password@): credentials come from the environment variables the source names';
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'baseUrl must use https unless it is on this machine (loopback)';
  return null;
}

export const FILE_ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];

export const districtApiSource = obj({
  id,
  kind: z.literal('district-api'),
  district,
  baseUrl,
  tokenEnv: envName,
  schedule,
  pageSize: f.int(1, 500).optional(),
});
export const districtFilesSource = obj({
  id,
  kind: z.literal('district-files'),
  district,
  dir: f.text(),
  encoding: f.code(FILE_ENCODINGS, 'encoding').default('auto'),
  schedule,
});
export const demandPlatformSource = obj({
  id,
  kind: z.literal('demand-platform'),
  baseUrl,
  apiKeyEnv: envName,
  secretEnv: envName,
  schedule,
});
export const memberInboxSource = obj({ id, kind: z.literal('member-inbox'), schedule });

export const SOURCE_KINDS = ['district-api', 'district-files', 'demand-platform', 'member-inbox'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sourceConfig = z.discriminatedUnion(
  'kind',
  [districtApiSource, districtFilesSource, demandPlatformSource, memberInboxSource],
  {
    error: (i) =>
      i.input === undefined
        ? 'required'
        : typeof i.input !== 'object' || i.input === null
          ? 'expected an object'
          : `unknown source kind; expected one of ${SOURCE_KINDS.join(', ')}`,
  },
);

export const ALERT_KINDS = ['wecom', 'dingtalk', 'webhook'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** What an alert can be posted on; a recovery goes to the alerts that were told of the failure or staleness. */
export const ALERT_EVENTS = ['failed', 'stale'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (i) => (i.input === undefined ? 'required' : `unknown ${what} ${JSON.stringify(i.input)}; expected one of ${values.join(', ')}`),
  });

/** Where failures and staleness are posted (interfaces.md): the URL, a secret, is in the worker's environment variable urlEnv. */
export const alertConfig = obj({
  kind: oneOf(ALERT_KINDS, 'alert kind'),
  urlEnv: envName,
  on: z
    .array(oneOf(ALERT_EVENTS, 'alert event'), req(`a list of events (${ALERT_EVENTS.join(', ')})`))
    .min(1, { message: `must name at least one event (${ALERT_EVENTS.join(', ')})` }),
});

/** Duplicate ids, checked even when other entries are invalid so every error is listed at once. */
function uniqueIds(list: unknown[], ctx: z.RefinementCtx<unknown[]>): void {
  const first = new Map<string, number>();
  list.forEach((s, i) => {
    const sid = typeof s === 'object' && s !== null ? (s as { id?: unknown }).id : undefined;
    if (typeof sid !== 'string') return;
    const at = first.get(sid);
    if (at === undefined) first.set(sid, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'id'], input: sid, message: `duplicate id "${sid}" (also sources.${at}.id)` });
  });
}

export const sourcesFile = obj({
  sources: z.array(sourceConfig, req('a list of sources')).superRefine(uniqueIds, { when: (p) => Array.isArray(p.value) }),
  alerts: z.array(alertConfig, req('a list of alerts')).optional(),
});

export type SourceConfig = z.output<typeof sourceConfig>;
export type SourceConfigOf<K extends SourceKind> = Extract<SourceConfig, { kind: K }>;
export type SourcesFile = z.output<typeof sourcesFile>;
export type AlertConfig = z.output<typeof alertConfig>;

/** Every error of a sources file, one per line: `file: path: reason`. */
export function formatConfigErrors(file: string, error: Pick<z.ZodError, 'issues'>): string {
  return error.issues.map((i) => `${file}: ${dottedPath(i.path) || '(root)'}: ${i.message}`).join('\n');
}
