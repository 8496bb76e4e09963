// The page activity: one page of whichever kind of source the request names
// (a discriminated union by kind), read by that kind's reader with its own
// configuration, from the applied version, and logged with its counts. A
// refused credential is reported naming the variable that holds it
// (start-check.ts). A quarantine replay's pages are of held records instead.
import type { PageRequest, PageResult } from '../types.ts';
import { ingestLog } from '../log.ts';
import type { ActivityDeps } from './deps.ts';
import { demandPlatformPage } from './read-demand-platform.ts';
import { districtApiPage } from './read-district-api.ts';
import { districtFilesPage } from './read-district-files.ts';
import { memberInboxPage } from './read-member-inbox.ts';
import { replayPage } from './replay-quarantine.ts';
import { refusalInWords } from './start-check.ts';
import { sourceFor } from './targets.ts';
import { asFailure } from './to-failure.ts';

export function readerActivities(deps: ActivityDeps) {
  async function readPage(req: PageRequest): Promise<PageResult> {
    const { sources } = await deps.appliedSources();
    const source = sourceFor(sources, req);
    // A replay reads the held records, never the source (replay-quarantine.ts).
    if (req.replay) return replayPage(deps, source, req);
    try {
      switch (req.kind) {
        case 'district-api':
          return await districtApiPage(deps, sourceFor(sources, req), req);
        case 'district-files':
          return await districtFilesPage(deps, sourceFor(sources, req), req);
        case 'demand-platform':
          return await demandPlatformPage(deps, sourceFor(sources, req), req);
        case 'member-inbox':
          return await memberInboxPage(deps, sourceFor(sources, req), req);
      }
    } catch (err) {
      throw refusalInWords(err, source);
    }
  }

  return {
    async syncPage(req: PageRequest): Promise<PageResult> {
      return asFailure(`source '${req.sourceId}' ${req.collection} page ${req.pageNo}`, async () => {
        const page = await readPage(req);
        const { received, loaded, quarantined, duplicates } = page;
        ingestLog('info', 'page synced', { collection: req.collection, pageNo: req.pageNo, received, loaded, quarantined, duplicates });
        return page;
      });
    },
  };
}
