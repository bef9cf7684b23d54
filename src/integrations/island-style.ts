/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` into <body> before the first
 * island. A <style> element belongs in <head> (HTML spec; html-validate flags it), so after the
 * build this moves that one rule into <head>. The CSP hash stays valid: the text is unchanged.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/** Moves Astro's island style rule from <body> to the end of <head>. Pure, exported for tests. */
export function moveIslandStyle(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0) return html;
  const body = html.slice(bodyAt);
  const found = body.match(ISLAND_STYLE);
  if (!found) return html;
  const head = html.slice(0, bodyAt).replace('</head>', `${found[0]}</head>`);
  return head + body.replace(ISLAND_STYLE, '');
}

/** The build step that moves the island style rule into <head> on every built page. */
export function islandStyleIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = moveIslandStyle(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
