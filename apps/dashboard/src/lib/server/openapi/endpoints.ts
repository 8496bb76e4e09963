// The public endpoints, as the OpenAPI document lists them.
import { coverageFilters, demandFilters, investmentFilters, qualityFilters } from '@liaison/metrics';
import { openApiDocument, type EndpointDoc } from './document.ts';

const ENDPOINTS: EndpointDoc[] = [
  {
    path: '/api/v1/metrics/coverage',
    family: 'coverage',
    filters: coverageFilters,
    response: 'Coverage',
    summary: 'Liaison coverage',
    description:
      'Enterprises in the registry, those visited, visit and Party organisation coverage, orphan visits, member units; by district and ownership.',
  },
  {
    path: '/api/v1/metrics/demands',
    family: 'demands',
    filters: demandFilters,
    response: 'Demands',
    summary: 'Demand resolution',
    description:
      'Demands created in the window (not withdrawn), resolved, resolution and on-time rates, median days to resolve, satisfaction, open backlog by age; by category, district, channel, department and month. Codes and counts only: no demand text, no names.',
  },
  {
    path: '/api/v1/metrics/investment',
    family: 'investment',
    filters: investmentFilters,
    response: 'Investment',
    summary: 'Investment',
    description:
      'Cooperation projects landed and their investment (exact yuan strings), agreements, joint ventures, key projects, member plans; by district, sector, stage, source event and quarter.',
  },
  {
    path: '/api/v1/quality',
    family: 'quality',
    filters: qualityFilters,
    response: 'Quality',
    summary: 'Data quality',
    description:
      'Per source: records received, loaded, quarantined (with reason counts), last successful sync, lag and stale; and demands whose created event has not arrived.',
  },
  {
    path: '/api/v1/definitions',
    response: 'Definitions',
    summary: 'Metric definitions',
    description: 'Every published metric’s definition in Chinese and English: the text shown beside each chart.',
  },
  {
    path: '/api/v1/openapi.json',
    response: 'OpenApiDocument',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the public API.',
  },
];

export const PUBLIC_ENDPOINTS: readonly EndpointDoc[] = ENDPOINTS;

let cached: object | undefined;

/** Built once per process: it depends on the code only. */
export function publicApiDocument(): object {
  cached ??= openApiDocument(ENDPOINTS);
  return cached;
}
