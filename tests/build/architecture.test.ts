/**
 * The import rules of ARCHITECTURE.md, checked on the source tree: which part may import which,
 * `src/lib` free of Astro, Preact and Node (it runs in the build, in islands and in tests), and
 * the dictionary (`src/i18n/nl/*`) imported only through `src/i18n/`. A planted set of files
 * proves each rule fires.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

type Part = 'lib' | 'i18n' | 'schemas' | 'loaders' | 'integrations' | 'service-worker' | 'components' | 'layouts' | 'pages' | 'styles' | 'config';

/** What each part of `src/` may import (besides itself), as in ARCHITECTURE.md. */
const MAY_IMPORT: Record<Part, Part[]> = {
  lib: [],
  i18n: [],
  styles: [],
  schemas: ['lib'],
  loaders: ['lib'],
  integrations: ['lib'],
  'service-worker': ['lib'],
  components: ['lib', 'i18n', 'styles'],
  layouts: ['components', 'lib', 'i18n', 'styles'],
  pages: ['layouts', 'components', 'lib', 'i18n', 'styles'],
  config: ['schemas', 'loaders', 'lib'],
};

/** Packages `src/lib` must not import: it is plain TypeScript for the build, the browser and tests. */
const NOT_IN_LIB = /^(astro(:|\/|$)|preact(\/|$)|@preact\/|@astrojs\/|node:)/;

/** Known breaks, each owned by a branch that is removing it (#16). Do not add to this list. */
const KNOWN: { file: string; rule: string }[] = [
  { file: 'src/components/klantwaarde/t.ts', rule: 'dictionary' }, // kw
  { file: 'src/pages/klantwaarde/index.astro', rule: 'dictionary' }, // kw
  { file: 'tests/unit/components/klantwaarde/calculator.test.tsx', rule: 'dictionary' }, // kw
  { file: 'tests/unit/components/klantwaarde/ssr.test.tsx', rule: 'dictionary' }, // kw
  { file: 'tests/unit/lib/impactmatrix/files.test.ts', rule: 'dictionary' }, // im
];

interface SourceFile {
  /** Path from the project root, with forward slashes. */
  path: string;
  text: string;
}

interface Violation {
  file: string;
  rule: 'parts' | 'lib' | 'dictionary';
  message: string;
}

/** The module specifiers a file imports: static, re-exports, side-effect and dynamic imports. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1]!);
  return found;
}

function partOf(path: string): Part | undefined {
  if (path === 'src/content.config.ts') return 'config';
  const dir = /^src\/([^/]+)\//.exec(path)?.[1];
  return dir && dir in MAY_IMPORT ? (dir as Part) : undefined;
}

/** Every break of the import rules in `files`. */
function violations(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    const from = partOf(file.path);
    for (const spec of importsOf(file.text)) {
      const target = spec.startsWith('.') ? normalize(join(dirname(file.path), spec.split('?')[0]!)).split('\\').join('/') : undefined;
      if ((target === 'src/i18n/nl' || target?.startsWith('src/i18n/nl/')) && !file.path.startsWith('src/i18n/') && !file.path.startsWith('tests/unit/i18n/')) {
        out.push({ file: file.path, rule: 'dictionary', message: `${file.path} imports ${spec}; import the dictionary through src/i18n` });
      }
      if (!from) continue;
      if (from === 'lib' && NOT_IN_LIB.test(spec)) {
        out.push({ file: file.path, rule: 'lib', message: `${file.path} imports ${spec}; src/lib stays free of Astro, Preact and Node` });
      }
      const to = target && partOf(target);
      if (to && to !== from && !MAY_IMPORT[from].includes(to)) {
        out.push({ file: file.path, rule: 'parts', message: `${file.path} (${from}) imports ${spec} (${to}); ${from} may import ${MAY_IMPORT[from].join(', ') || `only ${from}`}` });
      }
    }
  }
  return out;
}

function read(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro|mjs)$/.test(e.name))
    .map((e) => {
      const path = relative('.', join(e.parentPath, e.name)).split('\\').join('/');
      return { path, text: readFileSync(path, 'utf8') };
    });
}

const isKnown = (v: Violation) => KNOWN.some((k) => k.file === v.file && k.rule === v.rule);

describe('architecture', () => {
  it('keeps the import rules in src and tests', () => {
    const found = violations([...read('src'), ...read('tests')]).filter((v) => !isKnown(v));
    expect(found.map((v) => v.message)).toEqual([]);
  });

  it('flags each kind of break (planted files)', () => {
    const planted: SourceFile[] = [
      { path: 'src/lib/bad-component.ts', text: "import { copyText } from '../components/copy-text';" },
      { path: 'src/lib/zelfscan/bad-page.ts', text: "export { loadModel } from '../../pages/zelfscan/_model';" },
      { path: 'src/lib/bad-layout.ts', text: "import Base from '../layouts/Base.astro';" },
      { path: 'src/lib/bad-astro.ts', text: "import { getCollection } from 'astro:content';" },
      { path: 'src/lib/bad-preact.ts', text: "import { useState } from 'preact/hooks';" },
      { path: 'src/lib/bad-node.ts', text: "const fs = await import('node:fs');" },
      { path: 'src/components/BadPage.astro', text: "---\nimport Home from '../pages/index.astro';\n---" },
      { path: 'src/components/klantwaarde/BadDict.tsx', text: "import type { klantwaarde } from '../../i18n/nl/klantwaarde';" },
      { path: 'src/pages/bad.astro', text: "<script>\n  import { search } from '../i18n/nl/search';\n</script>" },
      { path: 'tests/unit/lib/bad.test.ts', text: "import { nl } from '../../../src/i18n/nl';" },
      // Allowed: the dictionary inside src/i18n, lib importing lib, a page importing a layout.
      { path: 'src/i18n/index.ts', text: "import { nl } from './nl';" },
      { path: 'src/lib/ok.ts', text: "import { withBase } from './url';" },
      { path: 'src/pages/ok.astro', text: "---\nimport Base from '../layouts/Base.astro';\n---" },
    ];
    const found = violations(planted);
    expect(found.map((v) => `${v.rule} ${v.file}`)).toEqual([
      'parts src/lib/bad-component.ts',
      'parts src/lib/zelfscan/bad-page.ts',
      'parts src/lib/bad-layout.ts',
      'lib src/lib/bad-astro.ts',
      'lib src/lib/bad-preact.ts',
      'lib src/lib/bad-node.ts',
      'parts src/components/BadPage.astro',
      'dictionary src/components/klantwaarde/BadDict.tsx',
      'dictionary src/pages/bad.astro',
      'dictionary tests/unit/lib/bad.test.ts',
    ]);
  });
});
