// The sources of the applied configuration (the latest version `sources apply`
// published), as the commands that act on a source by its id read them: an id
// not among them is bad configuration (exit 2), named with the ids that are.
import { findSource, type SourceConfig } from '@liaison/config';
import { appliedSourcesReader } from '@liaison/warehouse';
import type { CliContext } from './context.ts';

/** Every applied source, or only `sourceId` when given (a ConfigError if it is not applied). */
export async function appliedSourcesFor(ctx: CliContext, sourceId?: string): Promise<SourceConfig[]> {
  const { sources } = await appliedSourcesReader(ctx.ch())();
  return sourceId === undefined ? sources : [findSource(sources, sourceId)];
}
