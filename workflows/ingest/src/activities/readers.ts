// The page activity: one page of whichever kind of source, by its config.
import { findSource, loadSources, type SourceConfig } from '../sources.ts';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { demandPlatformPage } from './read-demand-platform.ts';
import { districtApiPage } from './read-district-api.ts';
import { districtFilesPage } from './read-district-files.ts';
import { memberInboxPage } from './read-member-inbox.ts';
import { asFailure } from './to-failure.ts';

export const COLLECTIONS_OF: Record<SourceConfig['kind'], readonly string[]> = {
  'district-api': ['enterprises', 'visits', 'projects'],
  'district-files': ['files'],
  'demand-platform': ['events'],
  'member-inbox': ['submissions'],
};

export function readerActivities(deps: ActivityDeps) {
  return {
    async syncPage(req: PageRequest): Promise<PageResult> {
      return asFailure(`source '${req.sourceId}' ${req.collection} page ${req.pageNo}`, async () => {
        const source = findSource(await loadSources(deps.sourcesFile), req.sourceId);
        switch (source.kind) {
          case 'district-api':
            return districtApiPage(deps, source, req);
          case 'district-files':
            return districtFilesPage(deps, source, req);
          case 'demand-platform':
            return demandPlatformPage(deps, source, req);
          case 'member-inbox':
            return memberInboxPage(deps, source, req);
        }
      });
    },
  };
}
