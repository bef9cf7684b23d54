/**
 * The history as the island holds it once history-part.tsx has loaded it (types only, so the
 * first load carries none of its code): the entries, and what became of the last read or write.
 */
import type { History } from '../../lib/zelfscan/history';
import type { Loaded, SaveResult } from '../../lib/store';

export interface HistState {
  value: History;
  /** `saved` (or `ok`/`empty` after reading) when what shows is what is stored; else why not. */
  result: SaveResult | Loaded<History>['status'];
}
