/** UI strings of the zelfscan area. Keys start with `zelfscan.`. */
export const zelfscan = {} as const;
