// Start-up and per-request wiring. Start-up opens the ClickHouse client and
// reads the applied sources so that a bad configuration stops the server at
// once rather than on the first visitor; each request reads the applied
// sources version (sources.ts); each page gets its <html lang> from the URL.
import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { langOf, locale } from '#lib/i18n.ts';
import { authHandle } from '#lib/server/auth/handle.ts';
import { sessionSecret } from '#lib/server/auth/secret.ts';
import { clickhouse, closeClickhouse, publicClickhouse } from '#lib/server/clickhouse.ts';
import { rateLimitSetting } from '@liaison/config';
import { dashboardEnv } from '#lib/server/env.ts';
import { rateLimitHandle } from '#lib/server/http/rate-limit.ts';
import { securityHeadersHandle } from '#lib/server/http/security-headers.ts';
import { temporalSettings } from '#lib/server/ops/temporal.ts';
import { currentSources } from '#lib/server/sources.ts';

export const init: ServerInit = async () => {
  clickhouse();
  publicClickhouse();
  await currentSources();
  sessionSecret(); // a too-short LIAISON_SESSION_SECRET stops start-up here
  temporalSettings(); // likewise a malformed TEMPORAL_* setting (unset is fine: re-run is then disabled)
  configuredRateLimit(); // and a malformed LIAISON_RATE_LIMIT
  // adapter-node emits this after the HTTP server has drained
  process.once('sveltekit:shutdown' as 'beforeExit', () => void closeClickhouse());
};

const langHandle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale[langOf(event.url)]),
  });

const sourcesHandle: Handle = async ({ event, resolve }) => {
  await currentSources();
  return resolve(event);
};

// authHandle only acts on /members and /ops (login, sessions, private headers);
// securityHeadersHandle comes first so that it sees every response, theirs
// too; the rate limit next, before anything costs a query.
let limit: Handle | undefined;
const configuredRateLimit = (): Handle => (limit ??= rateLimitHandle(rateLimitSetting(dashboardEnv())));
const rateLimit: Handle = (input) => configuredRateLimit()(input);
export const handle: Handle = sequence(securityHeadersHandle, rateLimit, sourcesHandle, authHandle, langHandle);

// Expected errors (bad filters, 404s) are the visitor's; only unknown ones are logged.
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind === 'unknown') console.error(`[${event.request.method} ${event.url.pathname}]`, error);
};
