/**
 * Runs Pagefind over the built site in `astro:build:done`, through its Node API.
 * Any error from Pagefind fails the build instead of leaving a site without search.
 *
 * Before indexing, every page gets the parts of its Dutch compounds (src/lib/search/augment.ts):
 * pass 1 reads all pages to learn the site's own words, pass 2 splits each page's compounds
 * with that vocabulary and writes the page with a hidden parts block into a temporary copy of the
 * site, which Pagefind reads. The HTML in the site stays as Astro wrote it; only the index knows
 * the parts (and the spaces between table cells and list items that Astro leaves out). Beside the index it writes the site's word list
 * for the search's typo suggestions.
 * After writing, it checks that Pagefind indexed the site as Dutch (its Dutch stemmer is
 * `wasm.nl.pagefind`) and logs the language Pagefind reports.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { augmentHtml, indexedText, spaceBlocks } from '../lib/search/augment';
import { defaultSplitter, siteParts } from '../lib/search/compounds';
import { words } from '../lib/search/normalize';
import { htmlFiles } from './html-files';
import { WORDS_FILE, formatWordList, withParts } from '../lib/search/suggest';

/** The build step that indexes the built site with Pagefind, as Dutch, with compound parts. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();

        // Pass 1: the pages Pagefind indexes, and how often each word stands on its own.
        const pages: { file: string; html: string }[] = [];
        const counts = new Map<string, number>();
        for (const file of htmlFiles(site)) {
          const html = readFileSync(file, 'utf8');
          const text = indexedText(html);
          if (!text) continue;
          pages.push({ file: relative(site, file), html });
          for (const w of words(text.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
        }
        const split = defaultSplitter(siteParts(counts));

        // Pass 2: index each page with its compound parts.
        const logDir = mkdtempSync(join(tmpdir(), 'cx-pagefind-'));
        const logfile = join(logDir, 'pagefind.log');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', verbose: true, logfile });
        if (!index || errors.length) throw new Error(`Pagefind kon niet starten: ${errors.join('; ')}`);
        let parts = 0;
        // Each page with its parts goes into a temporary copy of the site, which Pagefind then reads
        // itself: addDirectory lets its binary read and parse the files on every core. Handing it
        // the pages one by one through its Node API took 2.6 s more for 1,108 pages (the bench's
        // scale run); the index is the same.
        const staged = join(logDir, 'site');
        for (const page of pages) {
          // Spaces between cells and list items, so their words do not run together in the index.
          const { html, added } = augmentHtml(spaceBlocks(page.html), split);
          parts += added;
          const file = join(staged, page.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
        const read = await index.addDirectory({ path: staged });
        if (read.errors.length) throw new Error(`Pagefind-fouten: ${read.errors.join('; ')}`);
        if (read.page_count !== pages.length) throw new Error(`Pagefind las ${read.page_count} van de ${pages.length} pagina's`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind kon niet schrijven: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Typo tolerance (src/lib/search/suggest.ts): the words Pagefind can find, with their frequency.
        writeFileSync(join(site, 'pagefind', WORDS_FILE), formatWordList(withParts(counts, split)));

        // Pagefind picks the stemmer per language; "nl" with wasm "nl" is the Dutch one.
        const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { wasm?: string; page_count: number }>;
        };
        const nl = entry.languages['nl'];
        if (!nl || nl.wasm !== 'nl' || Object.keys(entry.languages).length !== 1) {
          throw new Error(`Pagefind indexeerde niet als Nederlands: ${JSON.stringify(entry.languages)}`);
        }
        let languageLine = '';
        try {
          languageLine = readFileSync(logfile, 'utf8').match(/Discovered \d+ languages?: [^\n]*/)?.[0] ?? '';
        } catch {
          // The log is only for the message below.
        }
        rmSync(logDir, { recursive: true, force: true });
        logger.info(`Pagefind: ${languageLine || 'taal nl'}; Nederlandse stemmer (wasm.${nl.wasm}.pagefind)`);
        logger.info(
          `${nl.page_count} pagina's geïndexeerd in ${Math.round(performance.now() - started)} ms (${parts} woorddelen uit samenstellingen toegevoegd)`,
        );
      },
    },
  };
}
