/** UI strings of the tips area. Keys start with `tips.`. */
export const tips = {} as const;
