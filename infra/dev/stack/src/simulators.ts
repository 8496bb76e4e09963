// The stack's stand-ins for the source systems: for every configured source
// served on this machine, a simulator speaking exactly its format
// (sources.md), with demo data and the credentials the worker is given too.
// District drop folders get a few nights of demo export files.
import { existsSync } from 'node:fs';
import { startDemandPlatformSimulator, startDistrictApiSimulator, writeDemoDrops } from '@liaison/simulators';
import type { SourceConfig } from '@liaison/config';

export interface RunningSimulators {
  /** Credentials to hand to the worker (the env names sources.json gives). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const isLocal = (url: string): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

export async function startSimulators(
  sources: readonly SourceConfig[],
  env: Record<string, string | undefined>,
  log: (line: string) => void,
  opts: { demands?: number } = {},
): Promise<RunningSimulators> {
  const stops: Array<() => Promise<void>> = [];
  const out: Record<string, string> = {};
  const secret = (name: string, fallback: string) => (out[name] = env[name] ?? fallback);
  for (const [i, s] of sources.entries()) {
    const seed = 1000 + i;
    if (s.kind === 'district-api' && isLocal(s.baseUrl)) {
      const sim = await startDistrictApiSimulator({
        district: s.district,
        token: secret(s.tokenEnv, `dev-token-${s.id}`),
        seed,
        port: Number(new URL(s.baseUrl).port),
        // A realistic source: pages overlap, and now and then a record is
        // broken or the API is briefly unavailable.
        faults: { overlap: true, poison: { probability: 0.05 }, serverError: { probability: 0.02 } },
      });
      stops.push(() => sim.stop());
      log(`simulator: district-api ${s.id} at ${sim.url}`);
    } else if (s.kind === 'district-files') {
      const dir = s.dir; // absolute: @liaison/config resolves it against the repository root
      if (!existsSync(dir)) {
        const files = await writeDemoDrops({ dir, district: s.district, seed, days: 3 });
        log(`simulator: district-files ${s.id}: ${files.length} demo export files in ${dir}`);
      }
    } else if (s.kind === 'demand-platform' && isLocal(s.baseUrl)) {
      const sim = await startDemandPlatformSimulator({
        apiKey: secret(s.apiKeyEnv, `dev-key-${s.id}`),
        secret: secret(s.secretEnv, `dev-secret-${s.id}`),
        seed,
        port: Number(new URL(s.baseUrl).port),
        demands: opts.demands ?? 3000,
        faults: { poison: { every: 200 } },
      });
      stops.push(() => sim.stop());
      log(`simulator: demand-platform ${s.id} at ${sim.url}`);
    }
  }
  return {
    env: out,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
