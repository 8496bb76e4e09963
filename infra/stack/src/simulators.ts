// The dev stack's stand-ins for the source systems: for every configured
// source served on this machine, a simulator speaking exactly its format
// (sources.md), with demo data and credentials the worker is given too.
import { startDistrictApiSimulator } from '@liaison/simulators';
import type { SourceConfig } from '@liaison/schemas';

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
): Promise<RunningSimulators> {
  const stops: Array<() => Promise<void>> = [];
  const out: Record<string, string> = {};
  for (const [i, s] of sources.entries()) {
    if (s.kind === 'district-api' && isLocal(s.baseUrl)) {
      const token = env[s.tokenEnv] ?? `dev-token-${s.id}`;
      out[s.tokenEnv] = token;
      const sim = await startDistrictApiSimulator({
        district: s.district,
        token,
        port: Number(new URL(s.baseUrl).port),
        seed: 1000 + i,
        // A realistic source: pages overlap, and now and then a record is
        // broken or the API is briefly unavailable.
        faults: { overlap: true, poison: { probability: 0.05 }, serverError: { probability: 0.02 } },
      });
      stops.push(() => sim.stop());
      log(`simulator: district-api ${s.id} at ${sim.url}`);
    }
  }
  return {
    env: out,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
