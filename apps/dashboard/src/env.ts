// The dashboard's environment variables, the only place it reads the process
// environment. They are declared optional here because SvelteKit also checks
// these schemas while building, when no database exists; the real check is
// @liaison/config's zod schemas (the same as the worker's and the CLI's),
// applied once at server start-up (the `init` hook, through
// #lib/server/env.ts), which name any bad variable.
import { defineEnvVars } from '@sveltejs/kit/env';
import { z } from 'zod';

const optional = z.string().optional();

export const variables = defineEnvVars({
  CLICKHOUSE_URL: { schema: optional, description: 'ClickHouse HTTP endpoint, e.g. http://127.0.0.1:8123' },
  CLICKHOUSE_USER: { schema: optional, description: 'ClickHouse user (default: default)' },
  CLICKHOUSE_PASSWORD: { schema: optional, description: 'ClickHouse password (default: empty)' },
  CLICKHOUSE_DATABASE: { schema: optional, description: 'ClickHouse database (default: liaison)' },
  CLICKHOUSE_READER_USER: {
    schema: optional,
    description: 'Read-only ClickHouse user of the public figures (grants: README, Security); unset: the main user, read-only',
  },
  CLICKHOUSE_READER_PASSWORD: { schema: optional, description: 'Password of CLICKHOUSE_READER_USER' },
  SOURCES_FILE: {
    schema: optional,
    description: 'Sources configuration file (default: infra/sources.json of the repository)',
  },
  // Member portal and operations console (checked with zod in #lib/server/auth and #lib/server/ops).
  LIAISON_SESSION_SECRET: {
    schema: optional,
    description: 'Key that signs login sessions (≥ 32 characters); unset: a random one per process, so sessions end on restart',
  },
  LIAISON_RATE_LIMIT: {
    schema: optional,
    description: 'Requests a minute one client address may make to one dashboard process (default 600; 0: no limit)',
  },
  TEMPORAL_ADDRESS: { schema: optional, description: 'Temporal frontend host:port, for the console re-run button' },
  TEMPORAL_NAMESPACE: { schema: optional, description: 'Temporal namespace (default: default)' },
  TEMPORAL_API_KEY: { schema: optional, description: 'Temporal Cloud API key (implies TLS)' },
  TEMPORAL_TLS: { schema: optional, description: 'true to reach Temporal over TLS (default: false)' },
  TEMPORAL_TLS_CERT: { schema: optional, description: 'Client certificate file (PEM) for mTLS, with TEMPORAL_TLS_KEY' },
  TEMPORAL_TLS_KEY: { schema: optional, description: 'Client key file (PEM) for mTLS, with TEMPORAL_TLS_CERT' },
  LIAISON_TASK_QUEUE: { schema: optional, description: 'Task queue of the ingest worker (default: liaison-ingest)' },
});
