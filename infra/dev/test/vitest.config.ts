// One vitest configuration for the workspace, five projects:
//  unit        – pure logic, *.test.ts beside the code, no services;
//  integration – *.int.test.ts, against the real Temporal dev server and the
//                embedded ClickHouse engine, started once by globalSetup;
//  faults      – *.fault.test.ts, the same services, with something killed,
//                cut off or misbehaving mid-sync (issue 8: nothing lost, nothing twice);
//  e2e         – *.e2e.test.ts, the built dashboard in headless Chromium;
//  security    – *.security.test.ts, one test (or more) per point of issue 10
//                (leaks, hostile sources, zip bombs, floods, login throttling
//                across replicas, logout, headers), against the same stack as
//                e2e, whose services also host the tests that deploy their own;
//  deploy      – *.deploy.test.ts, infra/deploy's checks that need tools
//                (helm, a production install): no services.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sources = ['apps', 'packages', 'workflows', 'infra'].map((d) => `${d}/**/src/**`);
const exclude = ['**/node_modules/**', '**/.svelte-kit/**', '**/build/**'];

/** Test files `*.<suffix>.test.ts`, run one at a time after `setup` (a global setup beside this file). */
function project(name: string, suffix: string, setup: string, more: Record<string, unknown> = {}) {
  return {
    test: {
      name,
      root,
      include: sources.map((s) => `${s}/*.${suffix}.test.ts`),
      exclude,
      globalSetup: [fileURLToPath(new URL(setup, import.meta.url))],
      testTimeout: 120_000,
      hookTimeout: 180_000,
      fileParallelism: false,
      ...more,
    },
  };
}

/** Tests against the real services (Temporal dev server, embedded ClickHouse). */
const servicesProject = (name: string, suffix: string) => project(name, suffix, './services.global-setup.ts');

/** Tests against the whole platform: the built dashboard in front of synced data (and its services). */
const stackProject = (name: string, suffix: string) =>
  project(name, suffix, './e2e.global-setup.ts', {
    // Pages are polled until they show the awaited state; on a busy
    // two-core machine a navigation can take seconds, so the cap on that
    // wait is generous (it bounds a failure, it never delays a pass).
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 300_000,
  });

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: sources.map((s) => `${s}/*.test.ts`),
          exclude: [
            ...exclude,
            '**/*.int.test.ts',
            '**/*.fault.test.ts',
            '**/*.e2e.test.ts',
            '**/*.security.test.ts',
            '**/*.deploy.test.ts',
          ],
        },
      },
      servicesProject('integration', 'int'),
      servicesProject('faults', 'fault'),
      stackProject('e2e', 'e2e'),
      stackProject('security', 'security'),
      {
        test: {
          name: 'deploy',
          root,
          include: sources.map((s) => `${s}/*.deploy.test.ts`),
          exclude,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
