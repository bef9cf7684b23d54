/**
 * The scan island's strings and their `t()`. Only the scan part of the zelfscan dictionary is
 * imported, so neither the page strings nor the team strings end up in this island's JavaScript.
 */
import { zelfscanScan } from '../../i18n/nl/zelfscan';
import { makeT, type Vars } from '../../i18n/translate';

export type K = keyof typeof zelfscanScan;
export const t = makeT(zelfscanScan);
/** Looks up a key composed at runtime (`zelfscan.kind.${kind}`); a missing key shows itself. */
export const tk = (key: string, vars?: Vars): string => t(key as K, vars);
