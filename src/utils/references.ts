/**
 * Build-time guard: every `reference()` between content entries must point at an entry that
 * exists. Astro resolves references lazily (a missing one becomes `undefined`), so without
 * this a typo in `related: [...]` would silently drop a link. Called from the base layout;
 * the check runs once per build and throws one error listing every broken reference with
 * its file and field.
 */
import { getCollection, type CollectionKey } from 'astro:content';

type Ref = { collection: string; id: string };
const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && typeof (v as Ref).id === 'string';

let checked: Promise<void> | undefined;

export function assertReferences(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check(): Promise<void> {
  const names: CollectionKey[] = ['sources', 'terms', 'articles', 'books', 'podcasts', 'tips'];
  const all = new Map<string, Set<string>>();
  const entries = await Promise.all(names.map(async (n) => [n, await getCollection(n)] as const));
  for (const [n, list] of entries) all.set(n, new Set(list.map((e) => e.id)));
  const problems: string[] = [];
  for (const [n, list] of entries) {
    for (const entry of list) {
      for (const [field, value] of Object.entries(entry.data as Record<string, unknown>)) {
        const refs = Array.isArray(value) ? value.filter(isRef) : isRef(value) ? [value] : [];
        for (const ref of refs) {
          if (!all.get(ref.collection)?.has(ref.id)) {
            const file = 'filePath' in entry && entry.filePath ? entry.filePath : `${n}/${entry.id}`;
            problems.push(`${file}: veld "${field}" verwijst naar "${ref.id}", maar dat staat niet in de collectie "${ref.collection}".`);
          }
        }
      }
    }
  }
  if (problems.length) throw new Error(`Kapotte verwijzingen in de content:\n- ${problems.join('\n- ')}`);
}
