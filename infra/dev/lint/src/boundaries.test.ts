// The boundary check can fail: a tiny workspace in a temp folder (pnpm-style
// symlinks under node_modules/@liaison) with one import of each forbidden kind.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBoundaries, loadConfig, type Violation } from './boundaries.ts';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

const packages: Record<string, string> = {
  '@liaison/schemas': 'packages/schemas',
  '@liaison/metrics': 'packages/metrics',
  '@liaison/ingest': 'workflows/ingest',
  '@liaison/simulators': 'infra/dev/simulators',
  '@liaison/embedded-clickhouse': 'infra/dev/clickhouse',
};

const files: Record<string, string> = {
  'packages/schemas/src/index.ts': 'export const schema = 1;\n',
  'packages/metrics/src/index.ts': "import { schema } from '@liaison/schemas';\nexport const metric = schema;\n",
  'infra/dev/simulators/src/index.ts': "import { schema } from '@liaison/schemas';\nexport const simulate = () => schema;\n",
  'workflows/ingest/src/activities/index.ts':
    "import { readFileSync } from 'node:fs';\nexport const activities = { readFileSync };\nexport type Activities = typeof activities;\n",
  'workflows/ingest/src/helper.ts': "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
  'workflows/ingest/src/workflows.ts': [
    "import type { Activities } from './activities/index.ts';",
    "import { hash } from './helper.ts';",
    "import { activities } from './activities/index.ts';",
    'export const wf = (a: Activities) => [a, hash, activities];',
    '',
  ].join('\n'),
  'workflows/ingest/src/index.ts': "export * from './workflows.ts';\n",
  // Allowed: a test may use a dev package; the dashboard may use metrics.
  'apps/dashboard/src/ok.test.ts': "import { simulate } from '@liaison/simulators';\nexport const s = simulate;\n",
  'apps/dashboard/src/ok.ts': "import { metric } from '@liaison/metrics';\nexport const m = metric;\n",
  // Forbidden: upward, dev-only from production, relative across packages.
  'apps/dashboard/src/bad.ts': [
    "import { metric } from '@liaison/metrics';",
    "import { wf } from '@liaison/ingest';",
    "import { simulate } from '@liaison/simulators';",
    "import { schema } from '../../../packages/schemas/src/index.ts';",
    'export const all = [metric, wf, simulate, schema];',
    '',
  ].join('\n'),
  'infra/dev/clickhouse/src/index.ts': 'export const engine = 1;\n',
  // serve (single host) may start the embedded engines, imported lazily (the image has none),
  // and use nothing else of infra/dev.
  'apps/serve/src/ok.ts': "export const e = async () => (await import('@liaison/embedded-clickhouse')).engine;\n",
  'apps/serve/src/eager.ts': "import { engine } from '@liaison/embedded-clickhouse';\nexport const e = engine;\n",
  'apps/serve/src/bad.ts':
    "import { simulate } from '@liaison/simulators';\nimport { metric } from '@liaison/metrics';\nexport const s = [simulate, metric];\n",
  'packages/schemas/src/upward.ts': "import { metric } from '@liaison/metrics';\nexport const up = metric;\n",
};

let root: string;
let violations: Violation[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'liaison-boundaries-'));
  for (const [name, dir] of Object.entries(packages)) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify({ name, type: 'module', exports: { '.': './src/index.ts' } }));
    mkdirSync(join(root, 'node_modules/@liaison'), { recursive: true });
    symlinkSync(join(root, dir), join(root, 'node_modules', name), 'dir');
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  violations = await checkBoundaries(root, ['apps', 'packages', 'workflows', 'infra/dev'], await loadConfig(repoRoot));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (v: Violation) => `${v.rule} ${v.from}:${v.line}`;

describe('import boundaries', () => {
  it('reports every forbidden import with its line, and nothing else', () => {
    expect(violations.map(at).sort()).toEqual(
      [
        'layer-dashboard apps/dashboard/src/bad.ts:2',
        'dev-only apps/dashboard/src/bad.ts:3',
        'no-relative-cross-package apps/dashboard/src/bad.ts:4',
        'layer-schemas packages/schemas/src/upward.ts:1',
        'dev-only-except-embedded-engines apps/serve/src/bad.ts:1',
        'layer-serve apps/serve/src/bad.ts:2',
        'embedded-engines-imported-lazily apps/serve/src/eager.ts:1',
        'workflow-no-node-builtins workflows/ingest/src/helper.ts:1',
        'workflow-no-activity-implementations workflows/ingest/src/workflows.ts:3',
      ].sort(),
    );
  });

  it('follows workflow imports for their value only: `import type` of activities is allowed', () => {
    const fromActivities = violations.filter((v) => v.from.includes('/activities/'));
    expect(fromActivities).toEqual([]);
    expect(violations.filter((v) => v.from.endsWith('workflows.ts')).map((v) => v.line)).toEqual([3]);
  });

  it('passes the dashboard importing metrics and a test importing a dev package', () => {
    expect(violations.filter((v) => v.from.endsWith('ok.ts') || v.from.endsWith('ok.test.ts'))).toEqual([]);
  });
});
