// `pnpm run lint:boundaries`: the import-boundary check over the workspace; exits 1 on a violation.
import { fileURLToPath } from 'node:url';
import { checkBoundaries, formatViolations } from './boundaries.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const started = performance.now();
const violations = await checkBoundaries(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (violations.length > 0) {
  console.error(formatViolations(violations));
  process.exitCode = 1;
} else {
  console.log(`import boundaries: no violations (${seconds}s)`);
}
