/**
 * The content loader's one reference check: it runs when the last collection has loaded, sees
 * every collection's entries, and (in dev) checks again after the file watcher stores an edit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { contentLoaders } from '../../../src/loaders/content';

type Entry = { id: string; data: Record<string, unknown>; filePath?: string };

function fakeStore(): DataStore {
  const map = new Map<string, Entry>();
  return {
    get: (id: string) => map.get(id),
    entries: () => [...map],
    set: (e: Entry) => (map.set(e.id, e), true),
    values: () => [...map.values()],
    keys: () => [...map.keys()],
    delete: (id: string) => void map.delete(id),
    clear: () => map.clear(),
    has: (id: string) => map.has(id),
    addModuleImport: () => {},
  } as unknown as DataStore;
}

const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
const context = (collection: string, store = fakeStore()) =>
  ({ collection, store, logger }) as unknown as LoaderContext;

/** A loader factory whose loaders store the given entries per folder; `writes` keeps each store for later edits. */
function fixture(content: Record<string, Entry[]>) {
  const stores = new Map<string, DataStore>();
  const make = (base: string): Loader => ({
    name: 'fake',
    load: async ({ store }) => {
      const name = base.split('/').pop()!;
      stores.set(name, store);
      await Promise.resolve();
      for (const e of content[name] ?? []) store.set(e);
    },
  });
  return { load: contentLoaders('content', make), stores };
}

const ref = (collection: string, id: string) => ({ collection, id });

afterEach(() => {
  vi.useRealTimers();
  logger.error.mockReset();
});

describe('contentLoaders', () => {
  it('passes when every reference resolves, in any loading order', async () => {
    const { load } = fixture({
      terms: [{ id: 'nps', data: { related: [] } }],
      books: [{ id: 'b', data: { terms: [ref('terms', 'nps')] } }],
    });
    const books = load('books', '*.yaml');
    const terms = load('terms', '*.mdx');
    // books finishes first, while terms is still loading: no false alarm.
    await expect(Promise.all([books.load(context('books')), terms.load(context('terms'))])).resolves.toBeDefined();
  });

  it('fails once all collections have loaded, naming the file and the field', async () => {
    const { load } = fixture({
      terms: [{ id: 'nps', data: {} }],
      books: [{ id: 'b', filePath: 'content/books/b.yaml', data: { terms: [ref('terms', 'weg')] } }],
      assessment: [{ id: 'model', data: { dimensions: [{ items: [{ link: ref('terms', 'ook-weg') }] }] } }],
    });
    const loaders = [load('terms', '*'), load('books', '*'), load('assessment', '*')];
    const runs = loaders.map((l, i) => l.load(context(['terms', 'books', 'assessment'][i]!)));
    const results = await Promise.allSettled(runs);
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    const message = String((failed[0] as PromiseRejectedResult).reason.message);
    expect(message).toContain('content/books/b.yaml: veld "terms" verwijst naar "weg"');
    expect(message).toContain('assessment/model: veld "dimensions.0.items.0.link" verwijst naar "ook-weg"');
  });

  it('in dev, logs a reference an edit breaks after the sync', async () => {
    vi.useFakeTimers();
    const { load, stores } = fixture({
      terms: [{ id: 'nps', data: {} }],
      books: [{ id: 'b', data: { terms: [ref('terms', 'nps')] } }],
    });
    const loaders = [load('terms', '*'), load('books', '*')];
    await Promise.all([loaders[0]!.load(context('terms')), loaders[1]!.load(context('books'))]);
    expect(logger.error).not.toHaveBeenCalled();
    // The glob loader's watcher stores the edited file through the store it was given.
    stores.get('terms')!.delete('nps');
    await vi.runAllTimersAsync();
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]?.[0])).toContain('veld "terms" verwijst naar "nps"');
  });
});
