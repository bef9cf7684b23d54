/**
 * Finds references between content entries that point at nothing. A reference is what zod's
 * `reference()` leaves in an entry's data: `{ collection, id }`, at any depth (a list of begrippen,
 * or a link deep inside the zelfscan model). Pure: the content loader (src/loaders/content.ts)
 * hands it the entries once per build and fails the build with its lines.
 */

/** An entry as the check sees it: where it comes from and its parsed data. */
export interface CheckedEntry {
  collection: string;
  id: string;
  /** The file, relative to the project, when the entry comes from one. */
  filePath?: string | undefined;
  data: unknown;
}

/** One reference found in an entry's data. */
export interface FoundReference {
  /** Where it sits: `terms` for a list of references, `dimensions.0.items.2.link` deeper down. */
  field: string;
  collection: string;
  id: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Every `{ collection, id }` in `data` whose collection is one of `collections`, with its field path. */
export function referencesIn(data: unknown, collections: ReadonlySet<string>, field = ''): FoundReference[] {
  if (Array.isArray(data)) {
    // A list of references is named by its field; a list of objects by the position of each.
    return data.flatMap((item, i) =>
      referencesIn(item, collections, isObject(item) && !isReference(item, collections) ? join(field, i) : field),
    );
  }
  if (!isObject(data)) return [];
  if (isReference(data, collections)) return [{ field, collection: data['collection'] as string, id: data['id'] as string }];
  return Object.entries(data).flatMap(([key, value]) => referencesIn(value, collections, join(field, key)));
}

function isReference(v: Record<string, unknown>, collections: ReadonlySet<string>): boolean {
  return typeof v['collection'] === 'string' && collections.has(v['collection']) && typeof v['id'] === 'string';
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** One Dutch line per reference to an entry that does not exist, naming the file and the field. */
export function brokenReferences(
  entries: Iterable<CheckedEntry>,
  exists: (collection: string, id: string) => boolean,
  collections: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const ref of referencesIn(entry.data, collections)) {
      if (exists(ref.collection, ref.id)) continue;
      const file = entry.filePath || `${entry.collection}/${entry.id}`;
      problems.push(
        `${file}: veld "${ref.field}" verwijst naar "${ref.id}", maar dat staat niet in de collectie "${ref.collection}".`,
      );
    }
  }
  return problems;
}

/** The build error for a list of problems from `brokenReferences`. */
export function referenceError(problems: readonly string[]): Error {
  return new Error(`Kapotte verwijzingen in de content:\n- ${problems.join('\n- ')}`);
}
