/** Colour theme choice: stored value parsing and the toggle's cycle. */
export const THEMES_UI = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES_UI)[number];

/** Parses a stored value; anything unknown (or missing) means "follow the system". */
export function parseTheme(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** The next choice when the toggle is pressed: auto → light → dark → auto. */
export function nextTheme(current: Theme): Theme {
  return current === 'auto' ? 'light' : current === 'light' ? 'dark' : 'auto';
}
