// The import-boundary check (STYLE.md item 13): dependency-cruiser with the
// workspace rules in /.dependency-cruiser.mjs, plus the rules that need the
// whole graph: workflow code, meaning workflows/ingest/src/workflows.ts and every
// module it imports for its value (`import type` is erased), must stay
// deterministic like the Temporal samples: no Node built-ins, no activity
// implementations, no worker/client/activity SDK. Each violation names file:line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration, type IDependency } from 'dependency-cruiser';

export interface Violation {
  rule: string;
  from: string;
  line: number;
  to: string;
  specifier: string;
}

export const WORKFLOW_ENTRY = 'workflows/ingest/src/workflows.ts';
/** The folders the repository check cruises (relative to the root). */
export const SOURCES = ['apps', 'packages', 'workflows', 'infra/dev'];

const isTypeOnly = (d: IDependency) => d.dependencyTypes.includes('type-only');
const isLocalFile = (d: IDependency) => !d.coreModule && !d.couldNotResolve && !d.resolved.includes('node_modules/');
const WORKFLOW_SDK_FORBIDDEN = /(^|\/)@temporalio[/+](worker|client|activity|testing)/;
const ACTIVITIES = /^workflows\/ingest\/src\/activities\//;

function workflowViolations(result: ICruiseResult): Omit<Violation, 'line'>[] {
  const byPath = new Map(result.modules.map((m) => [m.source, m]));
  const seen = new Set<string>();
  const queue = [WORKFLOW_ENTRY].filter((p) => byPath.has(p));
  const found: Omit<Violation, 'line'>[] = [];
  while (queue.length > 0) {
    const from = queue.pop()!;
    if (seen.has(from)) continue;
    seen.add(from);
    for (const d of byPath.get(from)?.dependencies ?? []) {
      if (isTypeOnly(d)) continue;
      const v = { from, to: d.resolved, specifier: d.module };
      // A forbidden edge is reported once; what lies beyond it is not workflow code.
      if (d.coreModule) found.push({ rule: 'workflow-no-node-builtins', ...v });
      else if (ACTIVITIES.test(d.resolved)) found.push({ rule: 'workflow-no-activity-implementations', ...v });
      else if (WORKFLOW_SDK_FORBIDDEN.test(d.resolved) || WORKFLOW_SDK_FORBIDDEN.test(d.module))
        found.push({ rule: 'workflow-sdk-only', ...v });
      else if (isLocalFile(d)) queue.push(d.resolved);
    }
  }
  return found;
}

/** The line of `from` that imports `specifier` (1-based; 0 when not found, e.g. a multi-line import). */
function lineOf(root: string, from: string, specifier: string): number {
  let text: string;
  try {
    text = readFileSync(join(root, from), 'utf8');
  } catch {
    return 0;
  }
  const lines = text.split('\n');
  const quoted = [specifier, `node:${specifier}`].flatMap((s) => [`'${s}'`, `"${s}"`, `\`${s}\``]);
  const hits = lines.flatMap((l, i) => (quoted.some((q) => l.includes(q)) ? [i + 1] : []));
  // A value import is what breaks a rule: prefer it to an `import type` of the same module.
  const value = hits.find((n) => !/^\s*(import|export)\s+type\b/.test(lines[n - 1] ?? ''));
  return value ?? hits[0] ?? 0;
}

export async function loadConfig(root: string): Promise<IConfiguration> {
  const mod = (await import(pathToFileURL(join(root, '.dependency-cruiser.mjs')).href)) as { default: IConfiguration };
  return mod.default;
}

/** Cruises `paths` under `root` and returns every boundary violation, sorted by file. */
export async function checkBoundaries(root: string, paths: string[] = SOURCES, config?: IConfiguration): Promise<Violation[]> {
  const { forbidden, allowed, allowedSeverity, required, options } = config ?? (await loadConfig(root));
  const cwd = process.cwd();
  process.chdir(root); // dependency-cruiser resolves the tsconfig-less graph relative to the working directory
  try {
    const { output } = await cruise(paths, {
      ...options,
      baseDir: root,
      validate: true,
      ruleSet: { forbidden, allowed, allowedSeverity, required },
      outputType: 'json',
    });
    const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
    const fromRules = (result.summary.violations ?? []).map((v) => {
      const dep = result.modules.find((m) => m.source === v.from)?.dependencies.find((d) => d.resolved === v.to);
      return { rule: v.rule.name, from: v.from, to: v.to, specifier: dep?.module ?? v.to };
    });
    return [...fromRules, ...workflowViolations(result)]
      .map((v) => ({ ...v, line: lineOf(root, v.from, v.specifier) }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.line - b.line || a.rule.localeCompare(b.rule));
  } finally {
    process.chdir(cwd);
  }
}

export function formatViolations(violations: Violation[]): string {
  const lines = violations.map((v) => `error ${v.rule}: ${v.from}:${v.line} imports '${v.specifier}' (${v.to})`);
  const counts = new Map<string, number>();
  for (const v of violations) counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
  const summary = [...counts].map(([rule, n]) => `  ${rule}: ${n}`);
  return [...lines, '', `${violations.length} import-boundary violation(s)`, ...summary].join('\n');
}
