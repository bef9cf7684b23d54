/**
 * Loads a part of the island only when it is used (the history, the comparison): a plain
 * dynamic `import()` behind a hook, so its code is a chunk of its own and the first load of the
 * page stays small. A failed load can be tried again; nothing is loaded twice.
 */
import { useRef, useState } from 'preact/hooks';

export interface Chunk<M> {
  /** The module, once it is there. */
  mod: M | null;
  /** Loading failed (offline, a new deploy): `load` tries again. */
  failed: boolean;
  /** Starts loading, unless it is there or on its way. */
  load: () => void;
}

export function useChunk<M>(loader: () => Promise<M>): Chunk<M> {
  const [mod, setMod] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  function load() {
    if (mod || busy.current) return;
    busy.current = true;
    setFailed(false);
    loader().then(
      (m) => setMod(() => m),
      () => {
        busy.current = false;
        setFailed(true);
      },
    );
  }
  return { mod, failed, load };
}

/**
 * The strings of the parts loaded later (see `isLaterKey` in strings.ts), fetched from `url`
 * once and merged over the island's own; a failed fetch can be tried again.
 */
export function useLaterStrings(url: string): Chunk<Readonly<Record<string, string>>> {
  return useChunk(() =>
    fetch(url, { credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: unknown) => {
        const ok = typeof data === 'object' && data !== null && !Array.isArray(data) && Object.values(data).every((v) => typeof v === 'string');
        return ok ? (data as Record<string, string>) : Promise.reject(new Error('format'));
      }),
  );
}
