import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PARAMETER_DOCS } from './parameters.ts';
import { PUBLIC_ENDPOINTS, publicApiDocument } from './endpoints.ts';

describe('the OpenAPI document', () => {
  it('describes every query parameter of every endpoint, with the zod schema’s own values', () => {
    for (const e of PUBLIC_ENDPOINTS) {
      if (!e.filters) continue;
      for (const name of Object.keys(e.filters.shape)) expect(PARAMETER_DOCS, `${e.path} ?${name}`).toHaveProperty(name);
    }
    const doc = publicApiDocument() as {
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { enum?: string[] } }> } }>;
    };
    const district = doc.paths['/api/v1/metrics/coverage']?.get.parameters.find((p) => p.name === 'district');
    expect(district?.schema.enum).toContain('nanshan');
  });

  it('is valid JSON with a schema for every referenced component', () => {
    const text = JSON.stringify(publicApiDocument());
    const doc = JSON.parse(text) as { openapi: string; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const [, id] of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) expect(doc.components.schemas).toHaveProperty(id!);
    expect(z.toJSONSchema).toBeTypeOf('function');
  });
});
