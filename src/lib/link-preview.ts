/**
 * Link previews (Open Graph / Twitter): the image a page shows when its link is pasted into a
 * chat or an agenda. One image per tool and one for the rest of the site, all 1200×630 PNGs in
 * `public/og/`, made by `bench/og-images.mjs` from the texts under `og.<image>.` in the dictionary.
 */

/** The preview images; a tool's id names its own. */
export const PREVIEW_IMAGES = ['site', 'zelfscan', 'klantwaarde', 'impactmatrix'] as const;

/** One preview image. */
export type PreviewImage = (typeof PREVIEW_IMAGES)[number];

/** Size of every preview image in pixels (the large card of Open Graph and Twitter). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The image for a page by its root-relative path (without base): the tool's own under `/<tool>/`, else the site's. */
export function previewImageFor(path: string): PreviewImage {
  const first = path.split('/')[1] ?? '';
  return (PREVIEW_IMAGES as readonly string[]).includes(first) && first !== 'site' ? (first as PreviewImage) : 'site';
}

/** The root-relative path of a preview image: `/og/zelfscan.png`. */
export function previewImagePath(image: PreviewImage): string {
  return `/og/${image}.png`;
}
