// What each kind of source reads, as the page targets a run walks in order
// (district collections: enterprises first, so visits and projects can refer
// to them), and the source configuration a page request is for, checked to be
// of the request's kind so each reader gets its own config and request types.
import { COLLECTIONS, type SourceConfigOf, type SourceKind } from '@liaison/schemas';
import { ConfigError, findSource, type SourceConfig } from '../sources.ts';
import type { PageRequest, PageTarget } from '../types.ts';

export const TARGETS: { [K in SourceKind]: readonly PageTarget<K>[] } = {
  'district-api': COLLECTIONS.map((collection) => ({ kind: 'district-api', collection })),
  'district-files': [{ kind: 'district-files', collection: 'files' }],
  'demand-platform': [{ kind: 'demand-platform', collection: 'events' }],
  'member-inbox': [{ kind: 'member-inbox', collection: 'submissions' }],
};

const isKind = <K extends SourceKind>(s: SourceConfig, kind: K): s is SourceConfigOf<K> => s.kind === kind;

/** The configured source a request reads, which must still be of the request's kind. */
export function sourceFor<K extends SourceKind>(sources: readonly SourceConfig[], req: PageRequest<K>): SourceConfigOf<K> {
  const source = findSource(sources, req.sourceId);
  if (!isKind(source, req.kind)) {
    throw new ConfigError(`source '${req.sourceId}' is now a ${source.kind} source; this run began reading it as ${req.kind}`);
  }
  return source;
}
