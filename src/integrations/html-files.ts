/** The built site's HTML files, for the build steps that run over them in `astro:build:done`. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, Pagefind's own output (`pagefind/`) left out. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') out.push(...htmlFiles(path));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

