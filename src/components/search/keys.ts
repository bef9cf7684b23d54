/**
 * Arrow keys in the result list: ↓ from the field moves into the results, ↑/↓ move between
 * result links (↓ from the last one to "Meer resultaten"), Home/End jump, and typing while on
 * a result goes back to the field, where the key lands.
 */

/** Handles one keydown inside the panel; `more` is the "Meer resultaten" button. */
export function onListKey(e: KeyboardEvent, input: HTMLInputElement, links: readonly HTMLAnchorElement[], more: HTMLButtonElement): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const target = e.target as HTMLElement;
  if (target === input) {
    if (e.key === 'ArrowDown' && links[0]) {
      e.preventDefault();
      links[0].focus();
    }
    return;
  }
  const i = links.indexOf(target as HTMLAnchorElement);
  if (i === -1) return;
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowDown') next = links[i + 1] ?? (more.hidden ? undefined : more);
  else if (e.key === 'ArrowUp') next = i === 0 ? input : links[i - 1];
  else if (e.key === 'Home') next = links[0];
  else if (e.key === 'End') next = links[links.length - 1];
  else if (e.key.length === 1 || e.key === 'Backspace') {
    input.focus();
    return;
  }
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
