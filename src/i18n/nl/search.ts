/** UI strings of the search area. Keys start with `search.`. */
export const search = {} as const;
