/**
 * Runs Pagefind over the built site in `astro:build:done`, through its Node API.
 * Any error from Pagefind fails the build instead of leaving a site without search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index || errors.length) throw new Error(`Pagefind kon niet starten: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind-fouten: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind kon niet schrijven: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${added.page_count} pagina's geïndexeerd in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
