/**
 * The Dutch dictionary: one object per area, merged here. Keys are prefixed by area
 * (`zelfscan.`, `klantwaarde.`, `impactmatrix.`, `search.`, `tips.`), so the parts never collide.
 * Islands import only their own area file to keep their bundle small.
 * An English edition is a sibling folder `src/i18n/en/` with the same keys.
 */
import { common } from './common';
import { impactmatrix } from './impactmatrix';
import { klantwaarde } from './klantwaarde';
import { offline } from './offline';
import { search } from './search';
import { tips } from './tips';
import { zelfscan } from './zelfscan';

export const nl = { ...common, ...zelfscan, ...klantwaarde, ...impactmatrix, ...search, ...tips, ...offline } as const;
export type Key = keyof typeof nl;
