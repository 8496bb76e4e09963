// Start-up and per-request wiring. Start-up opens the ClickHouse client and
// reads the applied sources so that a bad configuration stops the server at
// once rather than on the first visitor; each request reads the applied
// sources version (sources.ts); each page gets its <html lang> from the URL.
import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { langOf, locale } from '#lib/i18n.ts';
import { authHandle } from '#lib/server/auth/handle.ts';
import { sessionSecret } from '#lib/server/auth/secret.ts';
import { clickhouse, closeClickhouse } from '#lib/server/clickhouse.ts';
import { securityHeadersHandle } from '#lib/server/http/security-headers.ts';
import { temporalSettings } from '#lib/server/ops/temporal.ts';
import { currentSources } from '#lib/server/sources.ts';

export const init: ServerInit = async () => {
  clickhouse();
  await currentSources();
  sessionSecret(); // a too-short LIAISON_SESSION_SECRET stops start-up here
  temporalSettings(); // likewise a malformed TEMPORAL_* setting (unset is fine: re-run is then disabled)
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
// securityHeadersHandle comes first so that it sees every response, theirs too.
export const handle: Handle = sequence(securityHeadersHandle, sourcesHandle, authHandle, langHandle);

// Expected errors (bad filters, 404s) are the visitor's; only unknown ones are logged.
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind === 'unknown') console.error(`[${event.request.method} ${event.url.pathname}]`, error);
};
