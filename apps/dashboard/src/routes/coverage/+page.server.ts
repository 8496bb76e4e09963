// The /coverage page: loaded by lib/figures/coverage (same family as its API endpoint).
import { loadCoveragePage } from '#lib/figures/coverage/load.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = loadCoveragePage;
