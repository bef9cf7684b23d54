/**
 * Loads ./interaction.ts on first use, the way the header loads the search dialog
 * (../SearchButton.astro, ../search/ui.ts): Vite's `?worker&url` bundles the file with its
 * imports into ONE self-contained file and gives its URL, and `import()` of that URL needs no
 * loader code of Vite's: an ordinary `import()` of a chunk would bring Vite's preload helper
 * (880 B gzip) into the page before any interaction. The file exports nothing; it hands its
 * functions over with an event. The service worker precaches it like every file the page's
 * scripts name.
 */
import url from './interaction.ts?worker&url';
import type { Interaction } from './interaction';

export type { Interaction, Read } from './interaction';

let loading: Promise<Interaction> | undefined;

/** The interaction functions, loaded once; after a failed load (offline) the next call tries again. */
export function interaction(): Promise<Interaction> {
  loading ??= new Promise<Interaction>((resolve, reject) => {
    addEventListener('cx:klantwaarde-interaction', (e) => resolve((e as CustomEvent<Interaction>).detail), { once: true });
    import(/* @vite-ignore */ url).catch((e: unknown) => {
      loading = undefined;
      reject(e);
    });
  });
  return loading;
}
