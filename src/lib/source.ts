/** The full title of a source article: its title and, when it has one, its subtitle. */
export function sourceTitle(s: { title: string; subtitle?: string | undefined }): string {
  return s.subtitle ? `${s.title} ${s.subtitle}` : s.title;
}
