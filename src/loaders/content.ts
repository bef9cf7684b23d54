/**
 * The loader of every content collection: Astro's `glob()` over `content/<collection>/`, plus
 * the one reference check of the site.
 *
 * Why here: Astro 7 turns `reference()` into `{ collection, id }` and only logs a reference to a
 * missing entry; it does not fail the build. The check needs every collection loaded, and the
 * content layer runs all loaders of a sync side by side, so the loader that finishes last checks
 * all entries (`src/lib/content-references.ts`) and throws: the sync fails, so `astro build`,
 * `astro sync` and the start of `astro dev` fail with one message naming each file and field.
 * It runs once per sync, before any page renders, and sees the whole store (entries Astro kept
 * from its cache too). In `astro dev`, an edit that breaks a reference is logged after the
 * glob loader has stored the edited file.
 */
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { brokenReferences, referenceError } from '../lib/content-references';

/** Makes the loader for one collection's folder; the default is Astro's `glob()`. */
export type MakeLoader = (base: string, pattern: string) => Loader;

/**
 * Returns `load(collection, pattern)`, the loader for `<root>/<collection>/<pattern>`. Every
 * collection of the site must use it: the check runs when all of them have loaded.
 */
export function contentLoaders(root: string, make: MakeLoader = (base, pattern) => glob({ base, pattern })) {
  let declared = 0;
  const stores = new Map<string, DataStore>();
  const arrived = new Set<string>();
  let active = 0;
  let synced = false;
  let later: ReturnType<typeof setTimeout> | undefined;

  const problems = (): string[] => {
    const names = new Set(stores.keys());
    const entries = [...stores].flatMap(([collection, store]) =>
      store.values().map((e) => ({ collection, id: e.id, filePath: e.filePath, data: e.data })),
    );
    return brokenReferences(entries, (collection, id) => stores.get(collection)?.has(id) ?? false, names);
  };

  // Dev only: the glob loader's file watcher writes to the store after the sync; check again then.
  const watched = (store: DataStore, logger: LoaderContext['logger']): DataStore => {
    const recheck = () => {
      if (!synced || active > 0) return;
      clearTimeout(later);
      later = setTimeout(() => {
        const found = problems();
        if (found.length) logger.error(referenceError(found).message);
      }, 50);
    };
    return {
      ...store,
      set: (entry) => {
        const changed = store.set(entry);
        recheck();
        return changed;
      },
      delete: (id) => {
        store.delete(id);
        recheck();
      },
    };
  };

  return function load(collection: string, pattern: string): Loader {
    declared += 1;
    const inner = make(`./${root}/${collection}`, pattern);
    return {
      name: 'cx-wegwijzer:content',
      load: async (context) => {
        if (active === 0) arrived.clear(); // a new sync starts
        active += 1;
        try {
          await inner.load({ ...context, store: watched(context.store, context.logger) });
        } finally {
          active -= 1;
        }
        stores.set(context.collection, context.store);
        arrived.add(context.collection);
        if (arrived.size < declared) return;
        arrived.clear();
        synced = true;
        const found = problems();
        if (found.length) throw referenceError(found);
      },
    };
  };
}
