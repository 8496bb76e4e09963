// The demo records in their wire (API JSON) form: exactly the keys of
// sources.md §1 with every key present and `null` for an empty value, as a
// district API sends them. Derived from the schemas' input types so the two
// cannot drift apart.
import type { EnterpriseRecordInput, ProjectRecordInput, VisitRecordInput } from '@liaison/schemas';

type Complete<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type EnterpriseJson = Complete<EnterpriseRecordInput>;
export type VisitJson = Complete<VisitRecordInput>;
export type ProjectJson = Complete<ProjectRecordInput> & { investment_wan: string };

/** One district's demo data, by collection name of the district API. */
export interface DemoDistrictData {
  enterprises: EnterpriseJson[];
  visits: VisitJson[];
  projects: ProjectJson[];
}
