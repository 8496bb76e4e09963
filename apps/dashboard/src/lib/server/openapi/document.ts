// The OpenAPI 3.1 document of the public API, generated: each endpoint's
// query parameters from the very zod filters that validate them (enums from
// the code lists), its body from the response schemas the e2e tests check the
// live API against. Only the prose is written here.
import { z } from 'zod';
import type { FamilyName } from '../figures/published.ts';
import { PARAMETER_DOCS, type ParameterName } from './parameters.ts';
import { apiSchemas } from './responses.ts';

export interface EndpointDoc {
  path: string;
  summary: string;
  description: string;
  /** The zod filters of the query (absent: no parameters). */
  filters?: z.ZodObject;
  /** The id of the response body in the schema registry. */
  response: string;
  /** Answers with ETag/Last-Modified, 304, CSV, 400. */
  family?: FamilyName;
}

type JsonSchema = Record<string, unknown>;

function parameters(filters: z.ZodObject | undefined): JsonSchema[] {
  if (!filters) return [];
  const json = z.toJSONSchema(filters, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: PARAMETER_DOCS[name as ParameterName] ?? '',
    schema,
  }));
}

const header = (description: string, schema: JsonSchema = { type: 'string' }) => ({ description, schema });

const FRESHNESS_HEADERS = {
  ETag: header('Weak validator of this query over this data version (as_of and stale of the feeding sources)'),
  'Last-Modified': header('The newest successful sync the response stands on, or when it turned stale'),
  'X-Liaison-As-Of': header('as_of, as JSON: per feeding source, the finish time of its last successful sync'),
  'X-Liaison-Stale': header('stale: true when a feeding source is behind its schedule', { type: 'string', enum: ['true', 'false'] }),
  'Cache-Control': header('public, max-age=60'),
};

function operation(e: EndpointDoc): JsonSchema {
  const ref = { $ref: `#/components/schemas/${e.response}` };
  const responses: Record<string, JsonSchema> = {
    '200': {
      description: e.family ? 'The figures (JSON), or with format=csv the breakdowns as CSV' : 'OK',
      ...(e.family ? { headers: FRESHNESS_HEADERS } : {}),
      content: {
        'application/json': { schema: ref },
        ...(e.family
          ? { 'text/csv': { schema: { type: 'string', description: 'dimension,code,label,… one row per slice; UTF-8, CRLF' } } }
          : {}),
      },
    },
  };
  if (e.family) {
    responses['304'] = {
      description: 'Not modified: If-None-Match or If-Modified-Since matches this data version',
      headers: FRESHNESS_HEADERS,
    };
    responses['400'] = {
      description: 'A bad query parameter; every problem is listed, naming the parameter',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/BadRequest' } } },
    };
    responses['503'] = { description: 'The metrics store did not answer; retry after the Retry-After seconds' };
  }
  return {
    operationId: e.path.replace(/^\/api\/v1\//, '').replace(/[/.]/g, '_'),
    summary: e.summary,
    description: e.description,
    tags: [e.family ? 'figures' : 'reference'],
    parameters: parameters(e.filters),
    responses,
  };
}

export function openApiDocument(endpoints: readonly EndpointDoc[]): JsonSchema {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}`, io: 'output' }) as {
    schemas: Record<string, JsonSchema>;
  };
  // each is embedded under components: no $schema, and no $id (a fragment id is not valid in 2020-12)
  for (const s of Object.values(schemas)) {
    delete s['$schema'];
    delete s['$id'];
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Liaison public statistics API',
      version: '1',
      description:
        'Read-only figures of the liaison platform: coverage, demand resolution, investment and data quality, with every metric’s definition in Chinese and English. No login. Every figures response carries as_of and stale; nothing in it names a person or carries free text from a demand.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'figures', description: 'Published figures, filterable; JSON or CSV' },
      { name: 'reference', description: 'Definitions and this document' },
    ],
    paths: Object.fromEntries(endpoints.map((e) => [e.path, { get: operation(e) }])),
    components: { schemas },
  };
}
