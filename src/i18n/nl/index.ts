/**
 * The Dutch dictionary: one object per area, merged here. Keys are prefixed by area
 * (`zelfscan.`, `klantwaarde.`, `search.`), so the parts never collide.
 * An English edition is a sibling folder `src/i18n/en/` with the same keys.
 */
import { common } from './common';

export const nl = { ...common } as const;
export type Key = keyof typeof nl;
