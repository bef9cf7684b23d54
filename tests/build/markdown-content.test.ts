/**
 * Guides and terms are plain Markdown (`.md`) unless they need MDX: Astro keeps a Markdown
 * entry's HTML in its content cache, where an `.mdx` entry becomes a JavaScript module of its
 * own in every build (most of the build time of a site with many guides). A `.md` file that
 * uses MDX syntax would show that syntax as text, so this fails on it and names the file:
 * rename such a file to `.mdx`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FOLDERS = ['content/articles', 'content/terms'];

/** The MDX-only constructs in a Markdown body (code spans and fenced code left out). */
export function mdxSyntax(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const prose = body.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const found: string[] = [];
  for (const [i, line] of prose.split('\n').entries()) {
    if (/^(import|export)\s/.test(line)) found.push(`line ${i + 1}: ${line.trim()}`);
    else if (/<[A-Z][\w.]*[\s/>]/.test(line)) found.push(`line ${i + 1}: component ${line.trim()}`);
    else if (/\{[^}]*\}/.test(line) && !/^\s*</.test(line)) found.push(`line ${i + 1}: expression ${line.trim()}`);
  }
  return found;
}

describe('Markdown content', () => {
  it('recognises MDX syntax', () => {
    expect(mdxSyntax("---\ntitle: x\n---\nimport A from './a';\n\n<A />\n")).toHaveLength(2);
    expect(mdxSyntax('Tekst met {1 + 1} erin.')).toHaveLength(1);
    expect(mdxSyntax('Gewone tekst, een [link](/x/) en `<Code />`.\n\n<figure><svg></svg></figure>')).toEqual([]);
  });

  it.each(FOLDERS)('%s: every .md file is plain Markdown (MDX syntax belongs in a .mdx file)', (folder) => {
    const problems = readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => mdxSyntax(readFileSync(join(folder, name), 'utf8')).map((p) => `${folder}/${name} ${p}`));
    expect(problems).toEqual([]);
  });
});
