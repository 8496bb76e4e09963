// The member portal's frame data: who is logged in (set by the auth handle;
// absent only on the login page). Never shared with public routes: this
// layout covers /members only, and its responses are private, no-store.
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ member: locals.member ?? null });
