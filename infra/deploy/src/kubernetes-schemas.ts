// Checks a Kubernetes object against the API's JSON schema for its apiVersion
// and kind, as published in the npm package kubernetes-models (generated from
// the Kubernetes OpenAPI spec). Used on every manifest the chart renders.
// The schemas check types, required fields and formats; like kubeconform
// without -strict, they let an unknown field through.

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
  [field: string]: unknown;
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/** `apps/v1` + `Deployment` -> `kubernetes-models/apps/v1/Deployment`; core `v1` has no group. */
export function modelModule(apiVersion: string, kind: string): string {
  return `kubernetes-models/${apiVersion}/${kind}`;
}

/** Throws, naming the object, when it does not match its schema (or its kind is unknown). */
export async function validateKubernetesObject(object: KubernetesObject): Promise<void> {
  const name = `${object.kind} ${object.metadata?.name ?? '(no name)'}`;
  let model: ModelClass;
  try {
    const module = (await import(modelModule(object.apiVersion, object.kind))) as Record<string, ModelClass>;
    model = module[object.kind] as ModelClass;
  } catch {
    throw new Error(`${name}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
  }
  try {
    new model(object).validate();
  } catch (err) {
    throw new Error(`${name} does not match the Kubernetes schema: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
