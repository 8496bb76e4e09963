// Our own rules for infra/deploy/compose.yaml, beyond the Compose schema:
// every service has a health check, every image is pinned (a version tag, never
// latest or none), and no secret is written into the file: a setting whose name
// says password, secret, key or token takes its value from the env file.

export interface ComposeService {
  image?: string;
  build?: unknown;
  healthcheck?: { test?: unknown; disable?: boolean };
  environment?: Record<string, string | number | boolean | null> | string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

const SECRET_NAME = /PASSWORD|SECRET|KEY|TOKEN|PWD/i;
/** A value that is one ${VAR…} interpolation: the secret comes from the env file. */
const INTERPOLATED = /^\$\{[A-Z_][A-Z0-9_]*(:?[-?][^}]*)?\}$/;
/** Image references the rules accept: name:tag where the tag is a version, or an interpolation with such a default. */
const PINNED_TAG = /:(\d+(\.\d+)*)(-[a-z0-9.-]+)?$/;

function environmentEntries(env: ComposeService['environment']): Array<[string, string]> {
  if (!env) return [];
  if (Array.isArray(env))
    return env.map((entry) => [entry.split('=')[0] ?? '', entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : '']);
  return Object.entries(env).map(([name, value]) => [name, value === null ? '' : String(value)]);
}

function imageProblem(name: string, image: string | undefined, built: boolean): string | undefined {
  if (!image) return built ? undefined : `service ${name} names no image`;
  const withDefault = /^\$\{[A-Z_]+:-(.+)\}$/.exec(image);
  const reference = withDefault ? withDefault[1]! : image;
  if (built && withDefault) return undefined; // our own image, built from ./Dockerfile and tagged by the operator
  if (!PINNED_TAG.test(reference)) return `service ${name}: image ${image} is not pinned to a version tag`;
  return undefined;
}

/** Every broken rule, one line each, naming the service. */
export function composeRuleProblems(compose: ComposeFile): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services)) {
    const test = service.healthcheck?.test;
    if (!test || service.healthcheck?.disable) problems.push(`service ${name} has no health check`);
    const image = imageProblem(name, service.image, service.build !== undefined);
    if (image) problems.push(image);
    for (const [setting, value] of environmentEntries(service.environment)) {
      if (SECRET_NAME.test(setting) && !INTERPOLATED.test(value)) {
        problems.push(`service ${name}: ${setting} is written into compose.yaml; take it from the env file (\${${setting}})`);
      }
    }
  }
  return problems;
}
