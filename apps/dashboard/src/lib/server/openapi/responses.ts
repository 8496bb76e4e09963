// The response bodies of the reference endpoints as zod schemas, registered
// beside the figures' own (each metric's response.ts in @liaison/metrics) in
// the one registry the OpenAPI document is generated from.
import { z } from 'zod';
import { apiSchemas } from '@liaison/metrics';

export const definitionsResponse = z
  .record(z.string(), z.record(z.string(), z.strictObject({ zh: z.string(), en: z.string() })))
  .describe('Per family, per metric: its definition in Chinese and English')
  .register(apiSchemas, { id: 'Definitions' });

export const errorResponse = z
  .strictObject({
    error: z.string().describe('What was wrong, naming the parameters'),
    issues: z.array(z.strictObject({ path: z.string().describe('The query parameter'), message: z.string() })),
  })
  .register(apiSchemas, { id: 'BadRequest' });

export const openApiDocumentResponse = z
  .looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({}), paths: z.looseObject({}) })
  .register(apiSchemas, { id: 'OpenApiDocument' });

/** The registry, with the reference schemas above registered after the figures'. */
export { apiSchemas };
