// Import boundaries of the workspace (STYLE.md item 13), checked in CI by
// `pnpm run lint:boundaries`. Workspace packages import each other by name
// (`@liaison/x`); pnpm links them, and dependency-cruiser follows the links to
// the real paths below, so every rule is written against folders.
//
// Layers (an arrow points at what a package may import):
//   connectors -> schemas, config
//   warehouse -> schemas, config;  metrics -> warehouse, schemas, config
//   config -> schemas;  temporal-client -> config, schemas
//   ingest -> schemas, connectors, warehouse, metrics, config, temporal-client
//     (metrics: `liaison status` reports the data-quality figures, stale included)
//   dashboard -> schemas, warehouse, metrics, config, temporal-client
//   serve -> schemas, config, warehouse, and the embedded engines (below)
// Dev-only packages (infra/dev/*) are imported only by tests, test helpers,
// benches and infra/dev itself, with one exception: `npm run serve` on a
// single host (no CLICKHOUSE_URL / TEMPORAL_ADDRESS) starts the embedded
// ClickHouse engine and the Temporal dev server, so apps/serve may import
// infra/dev/clickhouse and infra/dev/temporal, and nothing else of infra/dev.
//
// The checker (infra/dev/lint/src/boundaries.ts) adds the rules that need the
// whole graph: workflow code (workflows/ingest/src/workflows.ts and everything it
// imports, `import type` aside) uses no Node built-ins, no activity
// implementations and no worker/client/activity SDK; it also prints file:line.

const pkg = {
  schemas: 'packages/schemas/',
  config: 'packages/config/',
  connectors: 'packages/connectors/',
  warehouse: 'packages/warehouse/',
  metrics: 'packages/metrics/',
  temporalClient: 'packages/temporal-client/',
  ingest: 'workflows/ingest/',
  dashboard: 'apps/dashboard/',
  serve: 'apps/serve/',
};
// The embedded engines: production code for single-host `serve` only.
const EMBEDDED_ENGINES = ['infra/dev/clickhouse/', 'infra/dev/temporal/'];
const re = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (...dirs) => `^(${dirs.map(re).join('|')})`;

// Tests, test helpers and benches: the only production-package files that may use dev packages.
const TEST_OR_BENCH = [
  '\\.test\\.ts$',
  '/testing\\.ts$',
  '(^|/|-)fixtures\\.ts$',
  '/test-[^/]+\\.ts$',
  '-support\\.ts$',
  '/bench/',
  '/scripts/',
];
// Every workspace project's folder (one capture group: used by the cross-package rule).
const PROJECT = '^(apps/[^/]+|packages/[^/]+|workflows/[^/]+|infra/dev/[^/]+)/';
const PRODUCTION = '^(apps|packages|workflows)/';

// name -> folders it may import from (besides itself and third-party packages).
const layers = {
  schemas: [],
  config: [pkg.schemas],
  connectors: [pkg.schemas, pkg.config],
  warehouse: [pkg.schemas, pkg.config],
  metrics: [pkg.schemas, pkg.config, pkg.warehouse],
  temporalClient: [pkg.schemas, pkg.config],
  ingest: [pkg.schemas, pkg.config, pkg.connectors, pkg.warehouse, pkg.metrics, pkg.temporalClient],
  dashboard: [pkg.schemas, pkg.config, pkg.warehouse, pkg.metrics, pkg.temporalClient],
  serve: [pkg.schemas, pkg.config, pkg.warehouse],
};

const layerRules = Object.entries(layers).map(([name, allowed]) => ({
  name: `layer-${name}`,
  comment: `${pkg[name]} may import only ${allowed.length ? allowed.join(', ') : 'itself and third-party packages'} (no upward imports)`,
  severity: 'error',
  from: { path: `^${re(pkg[name])}`, pathNot: TEST_OR_BENCH },
  to: { path: PRODUCTION, pathNot: anyOf(pkg[name], ...allowed) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    {
      name: 'dev-only',
      comment:
        'infra/dev packages (simulators, embedded engines, temporal-dev, stack, test) are imported only by tests, test helpers, benches and infra/dev',
      severity: 'error',
      from: { path: PRODUCTION, pathNot: [...TEST_OR_BENCH, `^${re(pkg.serve)}`] },
      to: { path: '^infra/dev/' },
    },
    {
      name: 'dev-only-except-embedded-engines',
      comment: 'apps/serve starts the embedded engines on a single host; it uses no other infra/dev package',
      severity: 'error',
      from: { path: `^${re(pkg.serve)}`, pathNot: TEST_OR_BENCH },
      to: { path: '^infra/dev/', pathNot: anyOf(...EMBEDDED_ENGINES) },
    },
    {
      name: 'embedded-engines-imported-lazily',
      comment:
        'apps/serve imports the embedded engines with import() only when the env leaves a service unset, so the image (infra/deploy), where both are set, runs without infra/dev',
      severity: 'error',
      from: { path: `^${re(pkg.serve)}`, pathNot: TEST_OR_BENCH },
      to: { path: anyOf(...EMBEDDED_ENGINES), dynamic: false },
    },
    {
      name: 'no-relative-cross-package',
      comment: 'a relative import never leaves its package: import the other package by name (@liaison/x)',
      severity: 'error',
      from: { path: PROJECT },
      to: { dependencyTypes: ['local'], pathNot: '^$1/' },
    },
    {
      name: 'dashboard-no-worker',
      comment: 'the dashboard never loads the Temporal worker (native, heavy): only @temporalio/client, through @liaison/temporal-client',
      severity: 'error',
      from: { path: `^${re(pkg.dashboard)}` },
      to: { path: '(^|/)@temporalio[/+]worker' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.svelte-kit|build|dist|\\.turbo|\\.data|test-results)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
