/**
 * The colour theme (light, dark or follow the system): parsing the stored choice, the toggle's
 * cycle, and the tiny script that applies a saved choice before the first paint. Not the topic
 * of a book, see `./topics.ts`.
 * Stored under `cx-theme` as the bare word (`light`/`dark`; nothing = follow the system), not in
 * a store envelope: the pre-paint script must read it without parsing. An unknown word (from a
 * newer version) reads as "follow the system" and is only replaced when the visitor picks again.
 */
export const THEME_KEY = 'cx-theme';

/**
 * The inline script in <head> (Base.astro). Its SHA-256 goes into the CSP (astro.config.mjs),
 * so this text and the page must stay byte for byte the same: change it here only.
 */
export const THEME_SCRIPT = `try{var s=localStorage.getItem('${THEME_KEY}');if(s==='light'||s==='dark')document.documentElement.dataset.theme=s}catch(e){}`;

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

/**
 * Saves a choice (`auto` removes it); false when storage refuses, then the choice holds for this
 * page only. Not through safe-storage on purpose: that module is a shared chunk, and the toggle's
 * script is on every page, where one more request would break the content-page budget. Same rules:
 * never throws, and a write counts only when it reads back.
 */
export function writeTheme(storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, theme: ColorTheme): boolean {
  try {
    const s = storage();
    if (theme === 'auto') s.removeItem(THEME_KEY);
    else s.setItem(THEME_KEY, theme);
    return s.getItem(THEME_KEY) === (theme === 'auto' ? null : theme);
  } catch {
    return false;
  }
}
