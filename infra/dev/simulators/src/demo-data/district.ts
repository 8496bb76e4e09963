// Entry points of the demo data: one district's enterprises, visits and
// projects in API JSON form, and a multi-district enterprise registry for
// simulators of other sources (the demand platform needs the same USCCs and
// names). Each collection has its own seeded stream, so for a given seed and
// district the enterprises are the same whatever the visit or project counts
// and whichever function produced them.
import { demoEnterprises } from './enterprises.ts';
import { demoProjects } from './projects.ts';
import { demoVisits } from './visits.ts';
import type { DemoDistrictData, EnterpriseJson } from './types.ts';

export type { DemoDistrictData, EnterpriseJson, ProjectJson, VisitJson } from './types.ts';
export { demoEnterprises, type DemoEnterprisesOptions } from './enterprises.ts';
export { demoVisits, type DemoVisitsOptions } from './visits.ts';
export { demoProjects, type DemoProjectsOptions } from './projects.ts';

export const DEMO_SIZES = { enterprises: 300, visits: 600, projects: 120 } as const;

export interface DemoDistrictOptions {
  district: string;
  seed?: number | string;
  /** How many enterprises to generate, or an existing registry to build on. */
  enterprises?: number | readonly EnterpriseJson[];
  visits?: number;
  projects?: number;
  /** Share of visits to enterprises missing from the registry. Default 0.03. */
  orphanRate?: number;
}

export function demoDistrict(opts: DemoDistrictOptions): DemoDistrictData {
  const { district, seed = 1 } = opts;
  const given = opts.enterprises;
  const enterprises = typeof given === 'object' ? [...given] : demoEnterprises({ district, seed, count: given ?? DEMO_SIZES.enterprises });
  return {
    enterprises,
    visits: demoVisits({
      district,
      seed,
      enterprises,
      count: opts.visits ?? DEMO_SIZES.visits,
      orphanRate: opts.orphanRate,
    }),
    projects: demoProjects({ district, seed, enterprises, count: opts.projects ?? DEMO_SIZES.projects }),
  };
}

export interface DemoRegistryOptions {
  seed?: number | string;
  districts: readonly string[];
  /** Enterprises per district; default DEMO_SIZES.enterprises. */
  perDistrict?: number;
}

/**
 * The enterprises of several districts, identical to what `demoDistrict`
 * gives for each of them with the same seed and count.
 */
export function demoRegistry(opts: DemoRegistryOptions): EnterpriseJson[] {
  const count = opts.perDistrict ?? DEMO_SIZES.enterprises;
  return opts.districts.flatMap((district) => demoEnterprises({ district, seed: opts.seed ?? 1, count }));
}
