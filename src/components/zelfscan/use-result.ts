/**
 * What the result screen needs and the scan screens do not: its code (Result.tsx and everything
 * it draws, a chunk of its own) and the advice (advies.json). Both load in the background from
 * the first step on, or at once for a shared link, so the first load of the page stays small and
 * the result is ready when it is reached. A failed load shows a retry, never a blank screen.
 *
 * The split uses a plain dynamic `import()`: public means, no Preact internals.
 */
import { useState } from 'preact/hooks';
import type { AdviceBundle } from '../../lib/zelfscan/types';
import type ResultPart from './Result';

export type AdviceState = AdviceBundle | 'loading' | 'error';

export interface LazyResult {
  /** The result component, once its chunk is there. */
  Part: typeof ResultPart | null;
  /** The advice, or where loading it stands. */
  advice: AdviceState;
  /** The code could not be loaded. */
  failed: boolean;
  /** Starts loading what is not there yet (again, after a failure). */
  load: () => void;
}

/** Loads the result part and the advice from `adviceUrl`, checked against `model`. */
export function useResult(adviceUrl: string, model: { version: number; items: number; levels: number }): LazyResult {
  const [Part, setPart] = useState<typeof ResultPart | null>(null);
  const [failed, setFailed] = useState(false);
  const [advice, setAdvice] = useState<AdviceState | null>(null);

  function load() {
    if (!Part) {
      setFailed(false);
      import('./Result').then(
        (m) => setPart(() => m.default),
        () => setFailed(true),
      );
    }
    if (advice === null || advice === 'error') {
      setAdvice('loading');
      // The parser travels with the result's code, not in the first load.
      Promise.all([
        fetch(adviceUrl, { credentials: 'omit' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))),
        import('../../lib/zelfscan/advice'),
      ])
        .then(([data, { parseAdviceBundle }]: [unknown, typeof import('../../lib/zelfscan/advice')]) => {
          const parsed = parseAdviceBundle(data, model);
          setAdvice(parsed.ok ? parsed.bundle : 'error');
        })
        .catch(() => setAdvice('error'));
    }
  }

  return { Part, advice: advice ?? 'loading', failed, load };
}
