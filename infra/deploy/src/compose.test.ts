// infra/deploy/compose.yaml against the Compose specification's JSON schema
// (schema/compose-spec.json, from the Go module github.com/compose-spec/compose-go/v2
// v2.16.2, the schema `docker compose` itself validates with), our own rules
// (compose-rules.ts), and .env.example naming every variable the file requires.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeRuleProblems, type ComposeFile } from './compose-rules.ts';

const here = (path: string) => new URL(`../${path}`, import.meta.url);
const composeText = readFileSync(here('compose.yaml'), 'utf8');
const compose = parse(composeText, { merge: true }) as ComposeFile;

const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(here('schema/compose-spec.json'), 'utf8')) as object,
);

function schemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

describe('compose.yaml', () => {
  it('matches the Compose specification', () => {
    expect(schemaErrors(compose)).toEqual([]);
  });
  it('keeps our rules: health checks, pinned images, no secret in the file', () => {
    expect(composeRuleProblems(compose)).toEqual([]);
  });
  it('requires only variables that .env.example names', () => {
    const required = new Set([...composeText.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(?::?[-?][^}]*)?\}/g)].map((m) => m[1]));
    const example = readFileSync(here('.env.example'), 'utf8');
    const named = new Set([...example.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const optional = new Set(['LIAISON_IMAGE']);
    expect([...required].filter((v) => !named.has(v) && !optional.has(v!))).toEqual([]);
  });
});

describe('the compose checks', () => {
  it('the schema refuses a misspelt service field', () => {
    expect(schemaErrors({ services: { web: { image: 'nginx:1.27', helthcheck: {} } } }).join()).toMatch(
      /helthcheck|unevaluated properties/,
    );
  });
  it('our rules name a service without a health check, an unpinned image and a secret literal', () => {
    const problems = composeRuleProblems({
      services: {
        db: { image: 'postgres:latest', environment: { POSTGRES_PASSWORD: 'hunter2' } },
        cache: { image: 'redis', healthcheck: { test: ['CMD', 'true'] } },
      },
    });
    expect(problems).toEqual([
      'service db has no health check',
      'service db: image postgres:latest is not pinned to a version tag',
      'service db: POSTGRES_PASSWORD is written into compose.yaml; take it from the env file (${POSTGRES_PASSWORD})',
      'service cache: image redis is not pinned to a version tag',
    ]);
  });
});
