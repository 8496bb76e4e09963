// The /investment page: loaded by lib/figures/investment (same family as its API endpoint).
import { loadInvestmentPage } from '#lib/figures/investment/load.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = loadInvestmentPage;
