// The /quality page: loaded by lib/figures/quality (same family as GET /api/v1/quality).
import { loadQualityPage } from '#lib/figures/quality/load.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = loadQualityPage;
