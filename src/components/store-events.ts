/**
 * The DOM half of `src/lib/store.ts`: tells a tool when another tab changed its stored value,
 * so a tab never keeps showing stale state. The browser fires `storage` only in the *other*
 * tabs of the same origin, never in the tab that wrote.
 */

/**
 * Calls `onChange` when another tab writes or removes `key` (or clears all storage).
 * Returns the function that stops listening.
 */
export function onStoreChange(key: string, onChange: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key === key || e.key === null) onChange();
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
