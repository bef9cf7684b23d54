/** UI strings of the klantwaarde area. Keys start with `klantwaarde.`. */
export const klantwaarde = {} as const;
