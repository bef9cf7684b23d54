/**
 * What the content's HTML needs beyond plain Markdown, done once while Astro turns Markdown
 * and MDX into HTML (its Sätteri processor), for `.md` and `.mdx` alike:
 * - a root-relative link (`/begrippen/nps/`) gets the site's base (`/cx/begrippen/nps/`);
 * - a table is wrapped in a focusable region named after its column headings, so a wide table
 *   scrolls on its own on a phone and several tables on one page stay distinct landmarks.
 *
 * Because the HTML is finished at content-sync time, a guide can be a plain `.md` file: Astro
 * keeps its HTML in the content cache instead of compiling it into a JavaScript module, which is
 * most of the build time of a site with many guides (see bench/results.md). Use `.mdx` only for
 * a guide that imports a component.
 */
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/url';
import { t } from '../i18n';

/** Escapes text for a double-quoted HTML attribute. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The accessible name of a table region, from its column headings. Pure, exported for tests. */
export function tableLabel(headings: string[]): string {
  const columns = headings.map((h) => h.trim()).filter(Boolean);
  return columns.length ? t('common.tableWith', { columns: columns.join(', ') }) : t('common.table');
}

/** The root-relative link made absolute for the base; anything else unchanged. Pure. */
export const linkWithBase = (base: string, href: string) => joinBase(base, href);

// Sätteri's HAST visitor context and nodes, as far as these plugins use them.
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
interface Ctx {
  setProperty(node: Node, key: string, value: unknown): void;
  textContent(node: Node): string;
  wrapNode(node: Node, parent: { raw: string }): void;
}

function headingCells(node: Node, out: Node[] = []): Node[] {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th') out.push(child);
    else headingCells(child, out);
  }
  return out;
}

function linksPlugin(base: string) {
  return {
    name: 'cx-wegwijzer:links-with-base',
    element: {
      filter: ['a'],
      visit(node: Node, ctx: Ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href !== linkWithBase(base, href)) ctx.setProperty(node, 'href', linkWithBase(base, href));
      },
    },
  };
}

const tablesPlugin = {
  name: 'cx-wegwijzer:table-regions',
  element: {
    filter: ['table'],
    visit(node: Node, ctx: Ctx) {
      const label = tableLabel(headingCells(node).map((th) => ctx.textContent(th)));
      ctx.wrapNode(node, { raw: `<section class="table-wrap" aria-label="${attr(label)}" tabindex="0"></section>` });
    },
  },
};

export function contentHtmlIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:content-html',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const options = config.markdown.processor.options as { hastPlugins?: unknown[] };
        if (!Array.isArray(options.hastPlugins)) throw new Error('content-html: Astro\'s Markdown processor takes no hastPlugins (not Sätteri?)');
        options.hastPlugins.push(linksPlugin(config.base), tablesPlugin);
      },
    },
  };
}
