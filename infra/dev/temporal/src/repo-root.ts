// The workspace root, found the one way @liaison/config defines it (walking up
// to pnpm-workspace.yaml), so .tools/ and .data/ do not depend on the working
// directory. Re-exported for this package's callers.
export { findRepoRoot } from '@liaison/config';
