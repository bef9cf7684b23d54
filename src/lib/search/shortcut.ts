/**
 * The keyboard shortcuts that open search: Ctrl+K / ⌘K anywhere, and "/" when the user is
 * not typing in a field. Pure, so the header script stays tiny and this stays testable.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The event was already handled (defaultPrevented) or is part of an IME composition. */
  handled?: boolean;
}

/** True for elements where "/" is text, not a shortcut. */
export function isEditable(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  // Buttons, checkboxes and radios take no text.
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(
    (target.type ?? 'text').toLowerCase(),
  );
}

/** Whether a key press should open search. */
export function isSearchShortcut(e: KeyLike, editable: boolean): boolean {
  if (e.handled) return false;
  const k = e.key.toLowerCase();
  if (k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !editable;
}
