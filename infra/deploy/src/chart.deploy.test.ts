// The Helm chart (infra/deploy/helm/liaison): `helm lint --strict`, then every
// manifest `helm template` renders, with the default values and with the
// cluster example (helm/values-cluster.yaml), checked against the Kubernetes
// schemas and for what a deployment needs: probes on both roles, resource
// requests, non-root pods, the dashboard's Service and PodDisruptionBudget.
// Needs helm in .tools/bin: `bash infra/toolchain/install-helm.sh` (run by
// `pnpm run test:deploy` before the tests; a first build takes long: see infra/deploy/README.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateKubernetesObject, type KubernetesObject } from './kubernetes-schemas.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const helm = `${root}.tools/bin/helm`;
const chart = `${root}infra/deploy/helm/liaison`;
const clusterValues = `${root}infra/deploy/helm/values-cluster.yaml`;

const run = (args: string[]) => execFileSync(helm, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function render(values: string[]): KubernetesObject[] {
  const text = run(['template', 'liaison', chart, ...values.flatMap((v) => ['-f', v])]);
  return parseAllDocuments(text)
    .map((d) => d.toJS() as KubernetesObject | null)
    .filter((o): o is KubernetesObject => o !== null);
}

interface Container {
  name: string;
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  resources?: { requests?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean };
}
type Workload = KubernetesObject & {
  spec: { template: { spec: { securityContext?: { runAsNonRoot?: boolean }; containers: Container[] } } };
};

const byKind = (objects: KubernetesObject[], kind: string) => objects.filter((o) => o.kind === kind);

beforeAll(() => {
  if (!existsSync(helm)) throw new Error(`helm is missing at ${helm}: run bash infra/toolchain/install-helm.sh`);
});

describe('the Helm chart', () => {
  it('passes helm lint --strict with the default and the cluster values', () => {
    expect(run(['lint', '--strict', chart])).toMatch(/0 chart\(s\) failed/);
    expect(run(['lint', '--strict', chart, '-f', clusterValues])).toMatch(/0 chart\(s\) failed/);
  });

  for (const [label, values] of [
    ['default values', []],
    ['cluster values', [clusterValues]],
  ] as const) {
    describe(`rendered with the ${label}`, () => {
      const objects = () => render([...values]);

      it('renders only objects that match the Kubernetes schemas', async () => {
        const rendered = objects();
        expect(rendered.length).toBeGreaterThan(0);
        for (const object of rendered) await validateKubernetesObject(object);
      });

      it('runs workers and dashboards non-root, probed, with resource requests', () => {
        const deployments = byKind(objects(), 'Deployment') as Workload[];
        expect(deployments.map((d) => d.metadata?.name).sort()).toEqual(['liaison-dashboard', 'liaison-worker']);
        for (const deployment of deployments) {
          const pod = deployment.spec.template.spec;
          expect(pod.securityContext?.runAsNonRoot, deployment.metadata?.name).toBe(true);
          for (const container of pod.containers) {
            expect(container.readinessProbe, container.name).toBeDefined();
            expect(container.livenessProbe, container.name).toBeDefined();
            expect(Object.keys(container.resources?.requests ?? {}).sort(), container.name).toEqual(['cpu', 'memory']);
            expect(container.securityContext?.allowPrivilegeEscalation, container.name).toBe(false);
          }
        }
      });

      it('puts the dashboards behind a Service and a PodDisruptionBudget', () => {
        const rendered = objects();
        expect(byKind(rendered, 'Service')).toHaveLength(1);
        expect(byKind(rendered, 'PodDisruptionBudget')).toHaveLength(1);
        expect(byKind(rendered, 'Ingress')).toHaveLength(label === 'cluster values' ? 1 : 0);
        // with an existing Secret named, the chart makes none of its own
        expect(byKind(rendered, 'Secret')).toHaveLength(label === 'cluster values' ? 0 : 1);
      });
    });
  }
});
