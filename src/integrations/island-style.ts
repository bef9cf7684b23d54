/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` into <body> before the first
 * island. A <style> element belongs in <head> (HTML spec; html-validate flags it), so after the
 * build this moves that one rule into <head>. The CSP hash stays valid: the text is unchanged.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

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

export function islandStyleIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = moveIslandStyle(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
