/**
 * The colour theme (light, dark or follow the system): parsing the stored choice and the
 * toggle's cycle. Not the topic of a book, see `./topics.ts`.
 */

/** The visitor's colour theme choice; `auto` follows the system setting. */
export type ColorTheme = 'auto' | 'light' | 'dark';

/** Parses a stored value; anything unknown (or missing) means "follow the system". */
export function parseTheme(value: unknown): ColorTheme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** The next choice when the toggle is pressed: auto → light → dark → auto. */
export function nextTheme(current: ColorTheme): ColorTheme {
  return current === 'auto' ? 'light' : current === 'light' ? 'dark' : 'auto';
}
