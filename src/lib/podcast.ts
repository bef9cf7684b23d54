/** How a podcast is named on the site: its name, or (when the source gives none) its description's first sentence. */
export function podcastLabel(p: { name?: string | undefined; description: string }): string {
  if (p.name) return p.name;
  const first = p.description.split(/(?<=[.!?])\s/)[0] ?? p.description;
  return first.replace(/[.!?]$/, '');
}
