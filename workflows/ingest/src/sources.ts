// The sources configuration, as the activities use it. Loading, validation,
// `dir` resolution and secret lookup are @liaison/config's (defined once);
// this module only names them for the ingest code.
import { repoRoot } from '@liaison/config';

export { ConfigError, findSource, loadSources, secretFrom, type SourceConfig } from '@liaison/config';

/** The repository root, against which a drop folder's relative `dir` is resolved. */
export const REPO_ROOT = repoRoot();
