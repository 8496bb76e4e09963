// One vitest configuration for the workspace, four projects:
//  unit        – pure logic, *.test.ts beside the code, no services;
//  integration – *.int.test.ts, against the real Temporal dev server and the
//                embedded ClickHouse engine, started once by globalSetup;
//  faults      – *.fault.test.ts, the same services, with something killed,
//                cut off or misbehaving mid-sync (issue 8: nothing lost, nothing twice);
//  e2e         – *.e2e.test.ts, the built dashboard in headless Chromium.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sources = ['apps', 'packages', 'workflows', 'infra'].map((d) => `${d}/**/src/**`);
const exclude = ['**/node_modules/**', '**/.svelte-kit/**', '**/build/**'];

/** Tests against the real services (Temporal dev server, embedded ClickHouse), one file at a time. */
function servicesProject(name: string, suffix: string) {
  return {
    test: {
      name,
      root,
      include: sources.map((s) => `${s}/*.${suffix}.test.ts`),
      exclude,
      globalSetup: [fileURLToPath(new URL('./services.global-setup.ts', import.meta.url))],
      testTimeout: 120_000,
      hookTimeout: 180_000,
      fileParallelism: false,
    },
  };
}

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: sources.map((s) => `${s}/*.test.ts`),
          exclude: [...exclude, '**/*.int.test.ts', '**/*.fault.test.ts', '**/*.e2e.test.ts'],
        },
      },
      servicesProject('integration', 'int'),
      servicesProject('faults', 'fault'),
      {
        test: {
          name: 'e2e',
          root,
          include: sources.map((s) => `${s}/*.e2e.test.ts`),
          exclude,
          globalSetup: [fileURLToPath(new URL('./e2e.global-setup.ts', import.meta.url))],
          // Pages are polled until they show the awaited state; on a busy
          // two-core machine a navigation can take seconds, so the cap on that
          // wait is generous (it bounds a failure, it never delays a pass).
          expect: { poll: { timeout: 20_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
