export { signRequest, type DemandSignature } from './sign.ts';
export {
  fetchDemandEventsPage,
  demandEventsUrl,
  validateDemandEvents,
  DEMAND_PAGE_LIMIT,
  type DemandPageRequest,
  type DemandEventsPageResult,
} from './fetch-page.ts';
export { readDemandEvents, type ReadDemandEventsOptions } from './read.ts';
