// Start-up and per-request wiring. Start-up loads the sources file and opens
// the ClickHouse client so that a bad configuration stops the server at once
// rather than on the first visitor; each page gets its <html lang> from the URL.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { langOf, locale } from '#lib/i18n.ts';
import { clickhouse, closeClickhouse } from '#lib/server/clickhouse.ts';
import { sources } from '#lib/server/sources.ts';

export const init: ServerInit = () => {
  sources();
  clickhouse();
  // adapter-node emits this after the HTTP server has drained
  process.once('sveltekit:shutdown' as 'beforeExit', () => void closeClickhouse());
};

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale[langOf(event.url)]),
  });

// Expected errors (bad filters, 404s) are the visitor's; only unknown ones are logged.
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind === 'unknown') console.error(`[${event.request.method} ${event.url.pathname}]`, error);
};
