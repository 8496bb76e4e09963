// The interface language comes from the URL, so it is known on the server
// and in the browser alike and a shared link opens in the sender's language.
import { langOf } from '#lib/i18n.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ url }) => ({ lang: langOf(url) });
