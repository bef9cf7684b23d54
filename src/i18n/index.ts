/** The site's active language and its `t()` helper for Astro components. */
import { makeT } from './translate';
import { nl } from './nl';

export const locale = 'nl-NL';
export const lang = 'nl';
export const t = makeT(nl);
export type { Key } from './nl';
