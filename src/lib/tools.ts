/**
 * The tools of the site, by id. The id is also the tool's path (`/<id>/`), its nav label key
 * (`nav.<id>`) and its link-preview image (`public/og/<id>.png`). Guides name them in `tools`.
 */
export const TOOLS = ['zelfscan', 'klantwaarde', 'impactmatrix'] as const;

/** One tool id. */
export type Tool = (typeof TOOLS)[number];

/** The root-relative path of a tool's page: `toolPath('zelfscan')` → `/zelfscan/`. */
export function toolPath(tool: Tool): string {
  return `/${tool}/`;
}
