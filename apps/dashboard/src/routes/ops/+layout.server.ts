// The console's frame data: the logged-in operator (set by the auth handle;
// absent only on the login page). This layout covers /ops only.
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ operator: locals.operator ?? null });
