// infra/deploy/Dockerfile: parsed and held to our rules (dockerfile-rules.ts),
// and what its production install brings: no infra/dev package, no chDB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dockerfileProblems } from './dockerfile-rules.ts';
import { IMAGE_DEPLOYABLES, productionClosure, workspaceFolders } from './production-closure.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const folders = ['apps', 'packages', 'workflows', 'infra/dev'].flatMap((dir) =>
  readdirSync(`${root}/${dir}`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${root}/${dir}/${d.name}/package.json`))
    .map((d) => `${dir}/${d.name}`),
);

describe('Dockerfile', () => {
  it('keeps our rules: multi-stage, pinned bases, non-root, no infra/dev', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });
  it('installs for production exactly the deployables it runs', () => {
    for (const deployable of IMAGE_DEPLOYABLES)
      expect(dockerfile).toContain(`--filter-prod '${JSON.parse(readFileSync(`${root}/${deployable}/package.json`, 'utf8')).name}...'`);
  });
  it('brings no infra/dev package and no chDB into the image', () => {
    const closure = productionClosure(root, IMAGE_DEPLOYABLES, workspaceFolders(root, folders));
    expect(closure.folders.filter((f) => f.startsWith('infra/'))).toEqual([]);
    expect(closure.packages).not.toContain('chdb');
    expect(closure.packages.filter((p) => /^(vitest|typescript|playwright|@sveltejs\/kit|vite)$/.test(p))).toEqual([]);
  });
});

describe('the Dockerfile rules', () => {
  it('name a single stage, an unpinned base, root and a copied infra/dev', () => {
    const problems = dockerfileProblems('FROM node:latest\nCOPY infra/dev/stack /app\nCMD ["node"]\n');
    expect(problems).toEqual([
      'the image is built in one stage: build in one, run from another',
      'line 1: base image node:latest is not pinned to a full version',
      'the final stage runs as root (no USER): name an unprivileged user',
      'line 2: infra/dev is copied into the image',
    ]);
  });
  it('accept a pinned multi-stage build that ends as an unprivileged user', () => {
    expect(
      dockerfileProblems('FROM node:24.21.0-slim AS build\nRUN true\nFROM node:24.21.0-slim\nCOPY --from=build /a /a\nUSER node\n'),
    ).toEqual([]);
  });
});
