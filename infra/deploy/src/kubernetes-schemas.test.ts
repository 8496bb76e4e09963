// The schema check itself: it accepts a well-formed object and refuses a
// wrong type, a missing required field and an unknown kind, naming the object.
import { describe, expect, it } from 'vitest';
import { validateKubernetesObject } from './kubernetes-schemas.ts';

const service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
};

describe('validateKubernetesObject', () => {
  it('accepts a well-formed object', async () => {
    await expect(validateKubernetesObject(service)).resolves.toBeUndefined();
  });
  it('refuses a field of the wrong type, naming the object', async () => {
    const bad = { ...service, spec: { ...service.spec, ports: [{ port: 'eighty' }] } };
    await expect(validateKubernetesObject(bad)).rejects.toThrow(/Service web does not match/);
  });
  it('refuses a missing required field', async () => {
    const bad = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w' }, spec: { template: {} } };
    await expect(validateKubernetesObject(bad)).rejects.toThrow(/Deployment w does not match/);
  });
  it('refuses a kind it has no schema for', async () => {
    await expect(validateKubernetesObject({ apiVersion: 'example.org/v1', kind: 'Widget' })).rejects.toThrow(/no Kubernetes schema/);
  });
});
